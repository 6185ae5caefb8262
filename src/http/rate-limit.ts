/**
 * Rate limit for the ad-hoc text endpoints, with the Workers rate-limiting binding: a budget per
 * client IP (Cloudflare's CF-Connecting-IP) per location, answered 429 with Retry-After once
 * spent. Requests with the admin token are exempt, so the owner's own jobs and load tests are not
 * throttled.
 */
import { createMiddleware } from 'hono/factory'
import { hasAdminToken } from './auth'
import { Problem } from './problem'

/** The binding's period in wrangler.toml: a client that was refused may retry after it. */
const RETRY_AFTER_SECONDS = 60

export const limitTextRequests = createMiddleware<{ Bindings: Env }>(async (c, next) => {
  if (await hasAdminToken(c.env, c.req.header('authorization'))) return next()
  const key = c.req.header('cf-connecting-ip') ?? 'unknown-client'
  const { success } = await c.env.TEXT_RATE_LIMITER.limit({ key })
  if (!success) {
    throw new Problem('rate-limited', 'Too many text analysis requests; try again later.', {
      headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
    })
  }
  await next()
})
