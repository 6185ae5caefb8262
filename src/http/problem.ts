/**
 * The one error shape of the API: RFC 9457 problem details (`application/problem+json`).
 * Handlers and middleware throw `Problem`; `renderError` (wired to `app.onError`) turns anything
 * thrown into a problem response, so no route builds an error body of its own and no stack trace
 * or storage detail ever reaches a client.
 */
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { PageFetchError, type FetchRefusal } from '../fetch'
import { StorageUnavailableError } from '../storage/guard'

const STORAGE_RETRY_AFTER_SECONDS = 5

/** One invalid input: where it is (`body.title`, `query.limit`) and what is wrong with it. */
export interface InvalidField {
  name: string
  reason: string
}

export type ProblemKind =
  | 'bad-request'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'method-not-allowed'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'no-article'
  | 'validation-failed'
  | 'rate-limited'
  | 'not-implemented'
  | 'bad-gateway'
  | 'unavailable'
  | 'gateway-timeout'
  | 'internal'

const KINDS: Record<ProblemKind, { status: ContentfulStatusCode; title: string }> = {
  'bad-request': { status: 400, title: 'Bad request' },
  unauthorized: { status: 401, title: 'Unauthorized' },
  forbidden: { status: 403, title: 'Forbidden' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  'payload-too-large': { status: 413, title: 'Payload too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  // Before validation-failed: a bare 422 from Hono's middleware then reads as validation-failed.
  'no-article': { status: 422, title: 'No article found' },
  'validation-failed': { status: 422, title: 'Validation failed' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  'not-implemented': { status: 501, title: 'Not implemented' },
  'bad-gateway': { status: 502, title: 'Bad gateway' },
  unavailable: { status: 503, title: 'Service unavailable' },
  'gateway-timeout': { status: 504, title: 'Gateway timeout' },
  internal: { status: 500, title: 'Internal server error' },
}

const KIND_BY_STATUS = new Map<number, ProblemKind>(
  Object.entries(KINDS).map(([kind, { status }]) => [status, kind as ProblemKind]),
)

export interface ProblemOptions {
  invalid?: InvalidField[]
  headers?: Record<string, string>
}

export class Problem extends HTTPException {
  readonly kind: ProblemKind
  readonly detail: string
  readonly invalid: InvalidField[] | undefined
  readonly headers: Record<string, string>

  constructor(kind: ProblemKind, detail: string, options: ProblemOptions = {}) {
    super(KINDS[kind].status, { message: detail })
    this.kind = kind
    this.detail = detail
    this.invalid = options.invalid
    this.headers = options.headers ?? {}
  }
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

function problemResponse(c: Context, problem: Problem): Response {
  const { status, title } = KINDS[problem.kind]
  const body = {
    // A relative reference: it resolves to the section of /docs that explains this problem.
    type: `/docs#problem-${problem.kind}`,
    title,
    status,
    detail: problem.detail,
    instance: new URL(c.req.url).pathname,
    ...(problem.invalid ? { invalid: problem.invalid } : {}),
  }
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, ...problem.headers },
  })
}

/**
 * A page that could not be fetched: the caller's URL or the allow-list (4xx) or the origin's
 * failure (502, 504).
 */
const FETCH_PROBLEMS: Record<FetchRefusal, ProblemKind> = {
  'invalid-url': 'bad-request',
  'private-address': 'forbidden',
  'host-not-allowed': 'forbidden',
  'not-html': 'unsupported-media-type',
  'too-large': 'payload-too-large',
  'page-not-found': 'not-found',
  'too-many-redirects': 'bad-gateway',
  'origin-error': 'bad-gateway',
  unreachable: 'bad-gateway',
  timeout: 'gateway-timeout',
}

/** `app.onError`: every thrown value becomes a problem response. */
export function renderError(error: unknown, c: Context): Response {
  if (error instanceof Problem) return problemResponse(c, error)
  if (error instanceof PageFetchError) {
    return problemResponse(c, new Problem(FETCH_PROBLEMS[error.reason], error.message))
  }
  if (error instanceof StorageUnavailableError) {
    console.error('storage unavailable', c.req.method, new URL(c.req.url).pathname, error)
    return problemResponse(
      c,
      new Problem(
        'unavailable',
        'Storage is unavailable; nothing was changed. Try again shortly.',
        {
          headers: { 'retry-after': String(STORAGE_RETRY_AFTER_SECONDS) },
        },
      ),
    )
  }
  if (error instanceof HTTPException) {
    // Hono's own middleware (validators, body limit) throws plain HTTPExceptions.
    const kind =
      KIND_BY_STATUS.get(error.status) ?? (error.status >= 500 ? 'internal' : 'bad-request')
    return problemResponse(c, new Problem(kind, error.message || KINDS[kind].title))
  }
  console.error('unhandled error', c.req.method, new URL(c.req.url).pathname, error)
  return problemResponse(c, new Problem('internal', 'The server failed to answer this request.'))
}
