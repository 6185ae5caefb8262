import { describe, expect, it } from 'vitest'
import { PageFetchError, checkUrl, parseHostList } from '../../src/fetch'
import { parseIPv4, parseIPv6 } from '../../src/fetch/ip-address'

function verdict(url: string): string {
  try {
    checkUrl(url, 'The URL')
    return 'ok'
  } catch (error) {
    if (error instanceof PageFetchError) return error.reason
    throw error
  }
}

describe('URL rules', () => {
  it.each([
    // Schemes and credentials
    ['https://news.example.com/story', 'ok'],
    ['http://news.example.com:8080/story?id=1', 'ok'],
    ['ftp://news.example.com/story', 'invalid-url'],
    ['file:///etc/passwd', 'invalid-url'],
    ['javascript:alert(1)', 'invalid-url'],
    ['data:text/html,<p>hi</p>', 'invalid-url'],
    ['/relative/path', 'invalid-url'],
    ['https://user@news.example.com/', 'invalid-url'],
    ['https://user:secret@news.example.com/', 'invalid-url'],
    ['https://:secret@news.example.com/', 'invalid-url'],
    // Local names
    ['http://localhost/', 'private-address'],
    ['http://LOCALHOST./', 'private-address'],
    ['http://admin.localhost/', 'private-address'],
    ['http://intranet/', 'private-address'],
    ['http://printer.local/', 'private-address'],
    ['http://metadata.google.internal/', 'private-address'],
    ['http://router.home.arpa/', 'private-address'],
    ['http://localhost.news.example.com/', 'ok'],
    ['http://mylocal.example/', 'ok'],
    // IPv4 in every spelling
    ['http://127.0.0.1/', 'private-address'],
    ['http://127.1/', 'private-address'],
    ['http://2130706433/', 'private-address'],
    ['http://0x7f000001/', 'private-address'],
    ['http://0x7f.0.0.1/', 'private-address'],
    ['http://0177.0.0.1/', 'private-address'],
    ['http://017700000001/', 'private-address'],
    ['http://127.0.0.1./', 'private-address'],
    ['http://0/', 'private-address'],
    ['http://10.1.2.3/', 'private-address'],
    ['http://172.16.0.1/', 'private-address'],
    ['http://172.31.255.255/', 'private-address'],
    ['http://172.32.0.1/', 'ok'],
    ['http://192.168.1.1/', 'private-address'],
    ['http://169.254.169.254/latest/meta-data/', 'private-address'],
    ['http://100.64.0.1/', 'private-address'],
    ['http://100.127.255.255/', 'private-address'],
    ['http://100.128.0.1/', 'ok'],
    ['http://198.18.0.1/', 'private-address'],
    ['http://224.0.0.1/', 'private-address'],
    ['http://255.255.255.255/', 'private-address'],
    ['http://192.0.2.10/', 'private-address'],
    ['http://8.8.8.8/', 'ok'],
    ['http://0x08080808/', 'ok'],
    ['http://1.1.1.1/', 'ok'],
    // IPv6
    ['http://[::1]/', 'private-address'],
    ['http://[::]/', 'private-address'],
    ['http://[0:0:0:0:0:0:0:1]/', 'private-address'],
    ['http://[::ffff:127.0.0.1]/', 'private-address'],
    ['http://[::ffff:7f00:1]/', 'private-address'],
    ['http://[::ffff:10.0.0.1]/', 'private-address'],
    ['http://[::ffff:8.8.8.8]/', 'ok'],
    ['http://[64:ff9b::a00:1]/', 'private-address'],
    ['http://[64:ff9b::808:808]/', 'ok'],
    ['http://[2002:7f00:1::]/', 'private-address'],
    ['http://[2002:808:808::]/', 'ok'],
    ['http://[::127.0.0.1]/', 'private-address'],
    ['http://[fc00::1]/', 'private-address'],
    ['http://[fd12:3456::1]/', 'private-address'],
    ['http://[fe80::1]/', 'private-address'],
    ['http://[febf::1]/', 'private-address'],
    ['http://[fec0::1]/', 'private-address'],
    ['http://[ff02::1]/', 'private-address'],
    ['http://[2001:db8::1]/', 'private-address'],
    ['http://[2001:0:4136:e378::1]/', 'private-address'],
    ['http://[2606:4700:4700::1111]/', 'ok'],
    ['http://[2001:4860:4860::8888]/', 'ok'],
  ])('%s → %s', (url, expected) => {
    expect(verdict(url)).toBe(expected)
  })

  it('refuses a URL longer than 2048 characters', () => {
    expect(verdict(`https://news.example.com/${'a'.repeat(2048)}`)).toBe('invalid-url')
  })
})

describe('IPv4 literals', () => {
  it.each([
    ['127.0.0.1', 0x7f000001],
    ['127.1', 0x7f000001],
    ['127.0.1', 0x7f000001],
    ['2130706433', 0x7f000001],
    ['0x7F000001', 0x7f000001],
    ['0177.0.0.01', 0x7f000001],
    ['0x', 0],
    ['1.2.3.4.', 0x01020304],
  ])('%s is %d', (host, address) => {
    expect(parseIPv4(host)).toBe(address)
  })

  it.each(['example.com', '1.2.3.4.5', '256.0.0.1', '1.2.3.256', '4294967296', '08.0.0.1', '1..2'])(
    '%s is not one',
    (host) => {
      expect(parseIPv4(host)).toBeNull()
    },
  )
})

describe('IPv6 literals', () => {
  it.each([
    ['[::1]', [0, 0, 0, 0, 0, 0, 0, 1]],
    ['::ffff:1.2.3.4', [0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304]],
    ['1:2:3:4:5:6:7:8', [1, 2, 3, 4, 5, 6, 7, 8]],
    ['fe80::', [0xfe80, 0, 0, 0, 0, 0, 0, 0]],
  ])('%s', (host, groups) => {
    expect(parseIPv6(host)).toEqual(groups)
  })

  it.each(['1:2:3:4:5:6:7', '1::2::3', '1:2:3:4:5:6:7:8:9', '::12345', 'example.com'])(
    '%s is not one',
    (host) => {
      expect(parseIPv6(host)).toBeNull()
    },
  )
})

describe('PAGE_HOSTS', () => {
  const list = parseHostList(' news.example.com , *.pages.example.org,,Bücher.example ')

  it.each([
    ['news.example.com', true],
    ['NEWS.example.com.', true],
    ['www.news.example.com', false],
    ['a.pages.example.org', true],
    ['a.b.pages.example.org', true],
    ['pages.example.org', false],
    ['evilpages.example.org', false],
    ['xn--bcher-kva.example', true],
    ['example.com', false],
  ])('%s → %s', (host, allowed) => {
    expect(list.allows(host)).toBe(allowed)
  })

  it('allows nothing when empty', () => {
    expect(parseHostList('').empty).toBe(true)
    expect(parseHostList(undefined).allows('news.example.com')).toBe(false)
  })
})
