/**
 * Bearer-token guard for writes. The token is the ADMIN_TOKEN secret; a deployment without one
 * refuses every write rather than leaving them open. Tokens are compared as SHA-256 digests with
 * a timing-safe comparison, so neither the length nor the content of a guess leaks through timing,
 * and a missing token and a wrong one get the same answer.
 */
import { createMiddleware } from 'hono/factory'
import { Problem } from './problem'

const encoder = new TextEncoder()

async function digest(value: string): Promise<ArrayBuffer> {
  return crypto.subtle.digest('SHA-256', encoder.encode(value))
}

async function tokensMatch(given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([digest(given), digest(expected)])
  return crypto.subtle.timingSafeEqual(a, b)
}

function bearerToken(header: string | undefined): string {
  return /^Bearer\s+(.+)$/i.exec(header ?? '')?.[1]?.trim() ?? ''
}

/** True when the request carries the configured admin token (false when none is configured). */
export async function hasAdminToken(env: Env, authorization: string | undefined): Promise<boolean> {
  const expected = env.ADMIN_TOKEN as string | undefined
  if (!expected) return false
  return tokensMatch(bearerToken(authorization), expected)
}

export const requireAdmin = createMiddleware<{ Bindings: Env }>(async (c, next) => {
  const expected = c.env.ADMIN_TOKEN as string | undefined
  if (!expected) {
    throw new Problem(
      'forbidden',
      'Writes are disabled: this deployment has no ADMIN_TOKEN secret configured.',
    )
  }
  if (!(await tokensMatch(bearerToken(c.req.header('authorization')), expected))) {
    throw new Problem('unauthorized', 'A valid bearer token is required for this request.', {
      headers: { 'www-authenticate': 'Bearer realm="precis"' },
    })
  }
  await next()
})
