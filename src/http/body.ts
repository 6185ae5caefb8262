/**
 * Request-body guards that run before any validation: the media type (415) and the size limit
 * (413: MAX_BODY_BYTES, default 1 MB, or MAX_HTML_BYTES, default 2 MB, for HTML pages). The size is enforced on the bytes actually read, not on a
 * Content-Length a client may leave out or misstate.
 */
import { createMiddleware } from 'hono/factory'
import { bodyLimit } from 'hono/body-limit'
import { Problem } from './problem'

const DEFAULT_MAX_BODY_BYTES = 1_048_576
const DEFAULT_MAX_HTML_BYTES = 2_097_152

function positiveInteger(value: string | undefined, fallback: number): number {
  const configured = Number(value)
  return Number.isInteger(configured) && configured > 0 ? configured : fallback
}

export function maxBodyBytes(env: Env): number {
  return positiveInteger(env.MAX_BODY_BYTES, DEFAULT_MAX_BODY_BYTES)
}

/** The HTML page limit of POST /v1/extract (MAX_HTML_BYTES, default 2 MB). */
export function maxHtmlBytes(env: Env): number {
  return positiveInteger(env.MAX_HTML_BYTES, DEFAULT_MAX_HTML_BYTES)
}

const limitBodyTo = (limit: (env: Env) => number, setting: string) =>
  createMiddleware<{ Bindings: Env }>(async (c, next) => {
    const maxSize = limit(c.env)
    return bodyLimit({
      maxSize,
      onError: () => {
        throw new Problem(
          'payload-too-large',
          `The request body is larger than ${maxSize} bytes (${setting}).`,
        )
      },
    })(c, next)
  })

export const limitBody = limitBodyTo(maxBodyBytes, 'MAX_BODY_BYTES')
export const limitHtmlBody = limitBodyTo(maxHtmlBytes, 'MAX_HTML_BYTES')

/** The media type of the request without parameters, lower-cased ('' when absent). */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
}

export const acceptMediaTypes = (...accepted: string[]) =>
  createMiddleware(async (c, next) => {
    const given = mediaType(c.req.header('content-type'))
    if (!accepted.includes(given)) {
      throw new Problem(
        'unsupported-media-type',
        `Send the body as ${accepted.join(' or ')}${given ? `, not ${given}` : ''}.`,
      )
    }
    await next()
  })

/** Parses the JSON body once, so malformed JSON is a clear 400 before schema validation. */
export const parseJsonBody = createMiddleware(async (c, next) => {
  try {
    await c.req.json()
  } catch {
    throw new Problem('bad-request', 'The request body is not valid JSON.')
  }
  await next()
})

/** The media types read as HTML pages. */
export const HTML_MEDIA_TYPES = ['text/html', 'application/xhtml+xml']

/** The body limit by media type: MAX_HTML_BYTES for an HTML page, MAX_BODY_BYTES otherwise. */
export const limitBodyByType = createMiddleware<{ Bindings: Env }>(async (c, next) =>
  HTML_MEDIA_TYPES.includes(mediaType(c.req.header('content-type')))
    ? limitHtmlBody(c, next)
    : limitBody(c, next),
)
