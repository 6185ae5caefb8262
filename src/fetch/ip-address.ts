/**
 * IP literals in host names, and whether an address is reachable on the public internet. IPv4 is
 * parsed the way the WHATWG URL standard does (one to four parts, each decimal, `0x` hex or
 * leading-zero octal, the last part filling the remaining bytes: `2130706433`, `0x7f.1`,
 * `0177.0.0.1` are all 127.0.0.1), so a check never disagrees with what `fetch` will connect to.
 * The ranges refused are the IANA special-purpose registries' blocks that are not globally
 * reachable (RFC 6890 and its updates), and IPv6 forms that carry an IPv4 address (mapped,
 * translated, 6to4) are judged by the IPv4 address inside.
 */

/** An IPv4 address as a 32-bit unsigned number. */
export type IPv4 = number
/** An IPv6 address as eight 16-bit groups. */
export type IPv6 = number[]

const IPV4_PART = /^(?:0[xX][0-9a-fA-F]*|0[0-7]*|[1-9][0-9]*)$/

function ipv4Part(part: string): number | null {
  if (!IPV4_PART.test(part)) return null
  if (/^0[xX]/.test(part)) return part.length === 2 ? 0 : Number.parseInt(part.slice(2), 16)
  if (part.length > 1 && part.startsWith('0')) return Number.parseInt(part.slice(1), 8)
  return Number(part)
}

/** The IPv4 address a host name spells, in any of the URL standard's forms, or null. */
export function parseIPv4(host: string): IPv4 | null {
  const parts = host.split('.')
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop()
  if (parts.length === 0 || parts.length > 4) return null
  const numbers = parts.map(ipv4Part)
  let address = 0
  for (const [index, value] of numbers.entries()) {
    if (value === null) return null
    const last = index === numbers.length - 1
    const limit = last ? 256 ** (5 - numbers.length) : 256
    if (value >= limit) return null
    address = last ? address * limit + value : address * 256 + value
  }
  return address
}

/** The IPv6 address inside `[…]` (or bare), with an embedded dotted IPv4 tail, or null. */
export function parseIPv6(host: string): IPv6 | null {
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host
  if (!bare.includes(':') || bare.split('::').length > 2) return null
  const groupsOf = (side: string): number[] | null => {
    if (side === '') return []
    const groups: number[] = []
    const pieces = side.split(':')
    for (const [index, piece] of pieces.entries()) {
      if (index === pieces.length - 1 && piece.includes('.')) {
        const v4 = /^\d{1,3}(?:\.\d{1,3}){3}$/.test(piece) ? parseIPv4(piece) : null
        if (v4 === null) return null
        groups.push(v4 >>> 16, v4 & 0xffff)
      } else if (/^[0-9a-fA-F]{1,4}$/.test(piece)) groups.push(Number.parseInt(piece, 16))
      else return null
    }
    return groups
  }
  const [head = '', tail] = bare.split('::')
  const left = groupsOf(head)
  const right = tail === undefined ? [] : groupsOf(tail)
  if (!left || !right) return null
  if (tail === undefined) return left.length === 8 ? left : null
  const missing = 8 - left.length - right.length
  return missing >= 1 ? [...left, ...new Array<number>(missing).fill(0), ...right] : null
}

/** [first address, prefix length] of each IPv4 block that is not globally reachable. */
const IPV4_NOT_PUBLIC: [string, number][] = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT (shared address space)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata services
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast (deprecated)
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the broadcast address
]

const IPV4_BLOCKS = IPV4_NOT_PUBLIC.map(([first, bits]) => {
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0
  return { base: (parseIPv4(first) ?? 0) & mask, mask }
})

export function isPublicIPv4(address: IPv4): boolean {
  return !IPV4_BLOCKS.some(({ base, mask }) => (address & mask) >>> 0 === base >>> 0)
}

/** IPv6 blocks: refused outright, or judged by the IPv4 address they carry (at `v4At` groups). */
const IPV6_BLOCKS: { prefix: string; bits: number; v4At?: number }[] = [
  { prefix: '::ffff:0:0', bits: 96, v4At: 6 }, // IPv4-mapped
  { prefix: '::ffff:0:0:0', bits: 96, v4At: 6 }, // IPv4-translated (SIIT)
  { prefix: '64:ff9b::', bits: 96, v4At: 6 }, // NAT64 well-known prefix
  { prefix: '2002::', bits: 16, v4At: 1 }, // 6to4
  { prefix: '::', bits: 96 }, // unspecified, loopback, IPv4-compatible (deprecated)
  { prefix: '64:ff9b:1::', bits: 48 }, // local-use NAT64
  { prefix: '100::', bits: 64 }, // discard-only
  { prefix: '2001::', bits: 23 }, // IETF protocol assignments (Teredo, benchmarking, ORCHID)
  { prefix: '2001:db8::', bits: 32 }, // documentation
  { prefix: '3fff::', bits: 20 }, // documentation
  { prefix: '5f00::', bits: 16 }, // segment routing
  { prefix: 'fc00::', bits: 7 }, // unique local
  { prefix: 'fe80::', bits: 10 }, // link-local
  { prefix: 'fec0::', bits: 10 }, // site-local (deprecated)
  { prefix: 'ff00::', bits: 8 }, // multicast
]

function inPrefix(address: IPv6, prefix: IPv6, bits: number): boolean {
  for (let group = 0; group < 8 && bits > 0; group++, bits -= 16) {
    const mask = bits >= 16 ? 0xffff : (0xffff << (16 - bits)) & 0xffff
    if (((address[group] ?? 0) & mask) !== ((prefix[group] ?? 0) & mask)) return false
  }
  return true
}

const PARSED_IPV6_BLOCKS = IPV6_BLOCKS.map((block) => ({
  ...block,
  groups: parseIPv6(block.prefix) ?? [],
}))

export function isPublicIPv6(address: IPv6): boolean {
  const block = PARSED_IPV6_BLOCKS.find(({ groups, bits }) => inPrefix(address, groups, bits))
  if (!block) return true
  if (block.v4At === undefined) return false
  const high = address[block.v4At] ?? 0
  const low = address[block.v4At + 1] ?? 0
  return isPublicIPv4(high * 0x10000 + low)
}
