/**
 * GET /v1/pages/analysis: the analysis of a publisher's page, fetched from its origin and cached
 * at the edge with the Cache API (`caches.default`), never in KV. Only hosts on PAGE_HOSTS are
 * fetched, on every redirect hop, so no deployment becomes an open proxy.
 *
 * The cache key is our own URL for the answer: the page's normal URL (page-url.ts), the normalised
 * options and the engine version. A stored copy carries the origin's validators and when it was
 * fetched: for PAGE_FRESH_SECONDS it is served as it is; after that the origin is asked again with
 * If-None-Match / If-Modified-Since, a 304 refreshes the copy without a new analysis, and a new
 * page is extracted and analysed again. Stored copies live PAGE_STORED_SECONDS, so a page can be
 * revalidated long after it stopped being fresh.
 */
import { analyseText } from '../analysis/compute'
import { optionsKey, type AnalysisOptions } from '../analysis/options'
import { ENGINE_VERSION } from '../engine'
import { PageFetchError, checkUrl, fetchPage, parseHostList } from '../fetch'
import { maxHtmlBytes } from '../http/body'
import { maxTextChars } from '../http/text-request'
import { normalisePageUrl } from './page-url'
import { pageArticle, readPage } from './read-page'

/** How long a copy is served without asking the origin (seconds). */
export const PAGE_FRESH_SECONDS = 300
/** How long a copy is kept for revalidation (seconds). */
const PAGE_STORED_SECONDS = 7 * 24 * 60 * 60
const DEFAULT_FETCH_TIMEOUT_MS = 10_000
export const USER_AGENT = 'precis (article summaries; +https://github.com/precis)'

const HEADER = {
  fetchedAt: 'x-precis-fetched-at',
  originEtag: 'x-precis-origin-etag',
  originLastModified: 'x-precis-origin-last-modified',
}

export function fetchTimeoutMs(env: Env): number {
  const configured = Number(env.FETCH_TIMEOUT_MS)
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_FETCH_TIMEOUT_MS
}

export interface PageAnswer {
  /** The serialised analysis (JSON). */
  body: string
  etag: string
  cache: 'hit' | 'revalidated' | 'miss'
}

export interface PageAnalysisRequest {
  url: string
  options: AnalysisOptions
  /** Our own origin: cache keys are URLs of this deployment. */
  origin: string
  waitUntil: (promise: Promise<unknown>) => void
}

/** Checks a page URL by the fetch rules and PAGE_HOSTS, and returns its normal form. */
export function allowedPageUrl(env: Env, url: string, what = 'The url parameter'): string {
  const checked = checkUrl(url, what)
  const hosts = parseHostList(env.PAGE_HOSTS)
  if (!hosts.allows(checked.hostname)) {
    throw new PageFetchError(
      'host-not-allowed',
      hosts.empty
        ? 'This deployment fetches no pages (PAGE_HOSTS is empty).'
        : `${what} is on ${checked.hostname}, which this deployment does not fetch (PAGE_HOSTS).`,
    )
  }
  return normalisePageUrl(checked)
}

function cacheKey(origin: string, pageUrl: string, options: AnalysisOptions): Request {
  const key = new URL('/v1/pages/analysis', origin)
  key.searchParams.set('engine', ENGINE_VERSION)
  key.searchParams.set('options', optionsKey(options))
  key.searchParams.set('url', pageUrl)
  return new Request(key.href)
}

async function etagOf(body: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body))
  const hex = [...new Uint8Array(digest.slice(0, 12))]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('')
  return `"${hex}-${ENGINE_VERSION}"`
}

function storedCopy(
  answer: PageAnswer,
  origin: { etag: string | null; lastModified: string | null },
) {
  const headers = new Headers({
    'content-type': 'application/json; charset=utf-8',
    'cache-control': `public, max-age=${PAGE_STORED_SECONDS}`,
    etag: answer.etag,
    [HEADER.fetchedAt]: String(Date.now()),
  })
  if (origin.etag) headers.set(HEADER.originEtag, origin.etag)
  if (origin.lastModified) headers.set(HEADER.originLastModified, origin.lastModified)
  return new Response(answer.body, { headers })
}

/** The analysis of the page at `request.url`, from the edge cache or its origin. */
export async function getPageAnalysis(env: Env, request: PageAnalysisRequest): Promise<PageAnswer> {
  const pageUrl = allowedPageUrl(env, request.url)
  const cache = caches.default
  const key = cacheKey(request.origin, pageUrl, request.options)
  const stored = await cache.match(key)
  const fetchedAt = Number(stored?.headers.get(HEADER.fetchedAt) ?? 0)
  if (stored && Date.now() - fetchedAt < PAGE_FRESH_SECONDS * 1000) {
    return { body: await stored.text(), etag: stored.headers.get('etag') ?? '', cache: 'hit' }
  }

  const page = await fetchPage(pageUrl, {
    maxBytes: maxHtmlBytes(env),
    timeoutMs: fetchTimeoutMs(env),
    hosts: parseHostList(env.PAGE_HOSTS),
    userAgent: USER_AGENT,
    etag: stored?.headers.get(HEADER.originEtag) ?? null,
    lastModified: stored?.headers.get(HEADER.originLastModified) ?? null,
  })
  let answer: PageAnswer
  if (page.status === 304 && stored) {
    answer = {
      body: await stored.text(),
      etag: stored.headers.get('etag') ?? '',
      cache: 'revalidated',
    }
  } else {
    const extracted = readPage(page.bytes, page.contentType, {
      url: page.url,
      maxTextChars: maxTextChars(env),
    })
    // When analyze() takes the extractor's structure (headings, furniture), pass it along here.
    const body = analyseText(
      'analysis',
      extracted.text,
      extracted.title ?? undefined,
      request.options,
      pageArticle(extracted),
    )
    answer = { body, etag: await etagOf(body), cache: 'miss' }
  }
  const validators = {
    etag: page.etag ?? stored?.headers.get(HEADER.originEtag) ?? null,
    lastModified: page.lastModified ?? stored?.headers.get(HEADER.originLastModified) ?? null,
  }
  request.waitUntil(
    cache.put(key, storedCopy(answer, validators)).catch((error: unknown) => {
      console.error('could not cache a page analysis', pageUrl, error)
    }),
  )
  return answer
}
