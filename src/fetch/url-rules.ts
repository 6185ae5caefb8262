/**
 * The rules every URL the Worker fetches must pass, the first one and each redirect hop alike:
 * http or https only, no credentials, no IP literal outside the public internet (in any spelling
 * the URL standard accepts: the parser has already turned `0x7f.1` into 127.0.0.1, and we parse
 * again so the check never depends on that), and no host name that only resolves on a local
 * network (localhost and *.localhost, single-label names, .local, .internal, home.arpa).
 * A name that resolves to a private address through DNS is out of our reach in a Worker; on
 * Cloudflare the runtime's own egress refuses private destinations.
 */
import { PageFetchError } from './errors'
import { isPublicIPv4, isPublicIPv6, parseIPv4, parseIPv6 } from './ip-address'

export const MAX_URL_LENGTH = 2048

const LOCAL_SUFFIXES = ['localhost', 'local', 'internal', 'home.arpa', 'localdomain']

/** The host without a trailing dot, lower case (the URL parser already lower-cases it). */
function bareHost(hostname: string): string {
  return hostname.replace(/\.$/, '').toLowerCase()
}

function isLocalName(host: string): boolean {
  if (!host.includes('.')) return true
  return LOCAL_SUFFIXES.some((suffix) => host === suffix || host.endsWith(`.${suffix}`))
}

/**
 * Parses `input` (relative to `base` for a redirect's Location) and checks it by every rule;
 * throws PageFetchError naming the rule it breaks. `what` names the URL in messages.
 */
export function checkUrl(input: string, what: string, base?: string): URL {
  if (input.length > MAX_URL_LENGTH) {
    throw new PageFetchError('invalid-url', `${what} is longer than ${MAX_URL_LENGTH} characters.`)
  }
  let url: URL
  try {
    url = new URL(input, base)
  } catch {
    throw new PageFetchError('invalid-url', `${what} is not an absolute URL.`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new PageFetchError(
      'invalid-url',
      `${what} uses ${url.protocol.slice(0, -1)}; only http and https pages are fetched.`,
    )
  }
  if (url.username !== '' || url.password !== '') {
    throw new PageFetchError('invalid-url', `${what} carries credentials; remove them.`)
  }
  const host = bareHost(url.hostname)
  const v6 = host.startsWith('[') ? parseIPv6(host) : null
  const v4 = v6 === null ? parseIPv4(host) : null
  if ((v6 !== null && !isPublicIPv6(v6)) || (v4 !== null && !isPublicIPv4(v4))) {
    throw new PageFetchError(
      'private-address',
      `${what} points at ${url.hostname}, which is not a public internet address.`,
    )
  }
  if (v6 === null && v4 === null && isLocalName(host)) {
    throw new PageFetchError(
      'private-address',
      `${what} points at ${url.hostname}, a name that only resolves on a local network.`,
    )
  }
  return url
}
