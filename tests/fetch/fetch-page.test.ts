import { describe, expect, it } from 'vitest'
import { PageFetchError, fetchPage, parseHostList, type FetchPageOptions } from '../../src/fetch'
import { STORY_ETAG } from '../origin/fake-origin'

const OPTIONS: FetchPageOptions = { maxBytes: 2 * 1024 * 1024, timeoutMs: 1000 }

async function refusal(url: string, options: Partial<FetchPageOptions> = {}) {
  try {
    await fetchPage(url, { ...OPTIONS, ...options })
  } catch (error) {
    if (error instanceof PageFetchError) return error
    throw error
  }
  throw new Error(`${url} was fetched`)
}

describe('fetchPage', () => {
  it('reads an HTML page with its type and validators', async () => {
    const page = await fetchPage('https://news.example/story', OPTIONS)
    expect(page.status).toBe(200)
    expect(page.contentType).toBe('text/html; charset=utf-8')
    expect(page.etag).toBe(STORY_ETAG)
    expect(new TextDecoder().decode(page.bytes)).toContain('Marrow Lake')
  })

  it('follows five redirects and reports where it ended', async () => {
    const page = await fetchPage('https://news.example/redirect/5/story', OPTIONS)
    expect(page.url).toBe('https://news.example/story')
  })

  it('refuses a sixth redirect', async () => {
    expect((await refusal('https://news.example/redirect/6/story')).reason).toBe(
      'too-many-redirects',
    )
  })

  it.each([
    ['a private address', 'http://10.0.0.7/admin', 'private-address'],
    ['a decimal loopback', 'http://2130706433/', 'private-address'],
    ['localhost', 'http://localhost:8080/', 'private-address'],
    ['a file URL', 'file:///etc/passwd', 'invalid-url'],
    ['credentials', 'https://user:pw@news.example/story', 'invalid-url'],
  ])('checks every redirect hop: %s', async (_name, location, reason) => {
    const url = `https://news.example/to?location=${encodeURIComponent(location)}`
    const error = await refusal(url)
    expect(error.reason).toBe(reason)
    expect(error.message).toMatch(/^Redirect 1/)
  })

  it('checks every hop against the host list', async () => {
    const hosts = parseHostList('news.example')
    const url = `https://news.example/to?location=${encodeURIComponent('https://elsewhere.example/story')}`
    expect((await refusal(url, { hosts })).reason).toBe('host-not-allowed')
    expect((await fetchPage(url, OPTIONS)).url).toBe('https://elsewhere.example/story')
  })

  it.each([
    ['/pdf', 'not-html'],
    ['/plain-typed', 'not-html'],
    ['/huge', 'too-large'],
    ['/huge-streamed', 'too-large'],
    ['/missing', 'page-not-found'],
    ['/broken', 'origin-error'],
    ['/no-location', 'origin-error'],
  ])('refuses %s: %s', async (path, reason) => {
    expect((await refusal(`https://news.example${path}`)).reason).toBe(reason)
  })

  it('names both sizes when a page is too large', async () => {
    expect((await refusal('https://news.example/huge')).message).toBe(
      'The page at https://news.example/huge has 5242880 bytes; the limit is 2097152 (MAX_HTML_BYTES).',
    )
  })

  it('gives up on a slow origin at the deadline', async () => {
    const started = Date.now()
    expect((await refusal('https://news.example/slow', { timeoutMs: 200 })).reason).toBe('timeout')
    expect(Date.now() - started).toBeLessThan(1500)
  })

  it('reports an origin the edge cannot reach', async () => {
    expect((await refusal('https://down.example/story')).reason).toBe('origin-error')
  })

  it('sends the validators it holds and passes a 304 on', async () => {
    const page = await fetchPage('https://news.example/story', { ...OPTIONS, etag: STORY_ETAG })
    expect(page.status).toBe(304)
    expect(page.bytes).toHaveLength(0)
  })
})
