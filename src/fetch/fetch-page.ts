/**
 * Fetches an HTML page from the open web without becoming a proxy into private networks: every URL,
 * the first and each redirect hop, passes the URL rules (url-rules.ts) and, when given, the host
 * allow-list; redirects are followed by hand, at most `maxRedirects`; one deadline covers the
 * whole exchange, body included; only text/html and application/xhtml+xml are read, and reading
 * stops at `maxBytes`. Every refusal is a PageFetchError naming its reason.
 */
import { PageFetchError } from './errors'
import type { HostList } from './host-list'
import { checkUrl } from './url-rules'

export const MAX_REDIRECTS = 5
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml'])

export interface FetchPageOptions {
  maxBytes: number
  timeoutMs: number
  maxRedirects?: number
  /** When set, every hop's host must be on this list (PAGE_HOSTS). */
  hosts?: HostList
  /** Validators of a copy we hold: the origin may answer 304 Not Modified. */
  etag?: string | null
  lastModified?: string | null
  userAgent?: string
}

export interface FetchedPage {
  /** The URL the page was finally read from, after redirects. */
  url: string
  /** 304 when the origin confirmed that the copy named by `etag`/`lastModified` is current. */
  status: 200 | 304
  contentType: string | null
  /** The body (empty on 304). */
  bytes: Uint8Array
  etag: string | null
  lastModified: string | null
}

function checkHop(url: string, hop: number, options: FetchPageOptions, base?: string): URL {
  const what = hop === 0 ? 'The URL' : `Redirect ${hop} (${url.slice(0, 200)})`
  const checked = checkUrl(url, what, base)
  if (options.hosts && !options.hosts.allows(checked.hostname)) {
    throw new PageFetchError(
      'host-not-allowed',
      `${what} is on ${checked.hostname}, which this deployment does not fetch (PAGE_HOSTS).`,
    )
  }
  return checked
}

function requestHeaders(options: FetchPageOptions): Headers {
  const headers = new Headers({ accept: 'text/html,application/xhtml+xml;q=0.9' })
  if (options.userAgent) headers.set('user-agent', options.userAgent)
  if (options.etag) headers.set('if-none-match', options.etag)
  if (options.lastModified) headers.set('if-modified-since', options.lastModified)
  return headers
}

async function readCapped(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const tooLarge = (size: string) =>
    new PageFetchError(
      'too-large',
      `The page at ${url} has ${size} bytes; the limit is ${maxBytes} (MAX_HTML_BYTES).`,
    )
  const declared = Number(response.headers.get('content-length') ?? Number.NaN)
  if (declared > maxBytes) {
    await response.body?.cancel()
    throw tooLarge(String(declared))
  }
  if (!response.body) return new Uint8Array(0)
  // Workers types leave a body's chunks untyped; they are bytes.
  const reader = (response.body as ReadableStream<Uint8Array>).getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel()
      throw tooLarge(`more than ${maxBytes}`)
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

function mediaTypeOf(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
}

async function follow(
  start: string,
  options: FetchPageOptions,
  signal: AbortSignal,
): Promise<FetchedPage> {
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS
  let url = checkHop(start, 0, options)
  for (let hop = 0; ; hop++) {
    let response: Response
    try {
      response = await fetch(url, { headers: requestHeaders(options), redirect: 'manual', signal })
    } catch (error) {
      if (signal.aborted) throw error
      throw new PageFetchError('unreachable', `Could not connect to ${url.host}.`, {
        cause: error,
      })
    }
    if (REDIRECT_STATUSES.has(response.status)) {
      await response.body?.cancel()
      const location = response.headers.get('location')
      if (location === null) {
        throw new PageFetchError(
          'origin-error',
          `${url.host} answered ${response.status} without a Location.`,
        )
      }
      if (hop + 1 > maxRedirects) {
        throw new PageFetchError(
          'too-many-redirects',
          `The page redirects more than ${maxRedirects} times.`,
        )
      }
      url = checkHop(location, hop + 1, options, url.href)
      continue
    }
    const validators = {
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
    }
    if (response.status === 304 && (options.etag || options.lastModified)) {
      await response.body?.cancel()
      return {
        url: url.href,
        status: 304,
        contentType: null,
        bytes: new Uint8Array(0),
        ...validators,
      }
    }
    if (response.status !== 200) {
      await response.body?.cancel()
      const gone = response.status === 404 || response.status === 410
      throw new PageFetchError(
        gone ? 'page-not-found' : 'origin-error',
        `${url.host} answered ${response.status} for ${url.href.slice(0, 200)}.`,
      )
    }
    const contentType = response.headers.get('content-type')
    const media = mediaTypeOf(contentType)
    if (!HTML_TYPES.has(media)) {
      await response.body?.cancel()
      throw new PageFetchError(
        'not-html',
        `The page at ${url.href.slice(0, 200)} is ${media || 'of no declared type'}; only text/html and application/xhtml+xml are read.`,
      )
    }
    const bytes = await readCapped(response, options.maxBytes, url.href.slice(0, 200))
    return { url: url.href, status: 200, contentType, bytes, ...validators }
  }
}

/**
 * Fetches `url` by the rules above.
 *
 * @example
 * const page = await fetchPage('https://news.example/story', { maxBytes: 2_097_152, timeoutMs: 10_000 })
 * const html = decodeHtml(page.bytes, page.contentType)
 */
export async function fetchPage(url: string, options: FetchPageOptions): Promise<FetchedPage> {
  const controller = new AbortController()
  const timer = setTimeout(() => {
    controller.abort()
  }, options.timeoutMs)
  try {
    return await follow(url, options, controller.signal)
  } catch (error) {
    if (controller.signal.aborted && !(error instanceof PageFetchError)) {
      throw new PageFetchError(
        'timeout',
        `The page did not arrive within ${options.timeoutMs} ms (FETCH_TIMEOUT_MS).`,
        { cause: error },
      )
    }
    throw error
  } finally {
    clearTimeout(timer)
  }
}
