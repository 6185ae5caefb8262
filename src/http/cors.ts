/**
 * CORS for the public read API: GET and HEAD answer any origin (`Access-Control-Allow-Origin: *`,
 * no credentials), and a preflight OPTIONS asking for GET or HEAD is answered 204. Writes are not
 * CORS-enabled: their responses carry no CORS headers and a preflight for PUT or DELETE gets none
 * either (it falls through to the 405), so a browser on another origin can never send them.
 */
import { createMiddleware } from 'hono/factory'

const READ_METHODS = new Set(['GET', 'HEAD'])
const PREFLIGHT_MAX_AGE_SECONDS = 86_400

export const readOnlyCors = createMiddleware(async (c, next) => {
  const requested = c.req.header('access-control-request-method')?.toUpperCase()
  if (c.req.method === 'OPTIONS' && requested !== undefined) {
    if (!READ_METHODS.has(requested)) return next()
    return new Response(null, {
      status: 204,
      headers: {
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'GET, HEAD',
        // Headers a client may send beyond the CORS-safelisted ones (conditional requests).
        'access-control-allow-headers': 'if-none-match',
        'access-control-max-age': String(PREFLIGHT_MAX_AGE_SECONDS),
      },
    })
  }
  await next()
  if (READ_METHODS.has(c.req.method)) {
    c.res.headers.set('access-control-allow-origin', '*')
    c.res.headers.set('access-control-expose-headers', 'etag')
  }
})
