/**
 * Why a page was not fetched. Each reason maps to one HTTP status in src/http/problem.ts; the
 * fetch code itself knows nothing of HTTP answers, so it stays free of Hono.
 */
export type FetchRefusal =
  /** Not an absolute http(s) URL, or it carries a user name or password. */
  | 'invalid-url'
  /** An IP literal outside the public internet, or a local-only host name. */
  | 'private-address'
  /** A host that PAGE_HOSTS does not list. */
  | 'host-not-allowed'
  | 'too-many-redirects'
  /** The origin answered something other than an HTML page. */
  | 'not-html'
  /** The page is larger than the HTML size limit. */
  | 'too-large'
  /** The origin answered 404 or 410. */
  | 'page-not-found'
  /** The origin answered another error status, or a redirect without a location. */
  | 'origin-error'
  /** No connection: DNS, TLS or a refused connection. */
  | 'unreachable'
  | 'timeout'

export class PageFetchError extends Error {
  override name = 'PageFetchError'
  readonly reason: FetchRefusal

  constructor(reason: FetchRefusal, message: string, options?: ErrorOptions) {
    super(message, options)
    this.reason = reason
  }
}
