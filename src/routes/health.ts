/** GET /health: liveness, without touching storage, so it stays cheap for uptime checks. */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import { jsonContent } from '../http/openapi'

export const health = new OpenAPIHono<{ Bindings: Env }>()

/** The route in its type, for the typed client (`hc<AppType>`, src/index.ts). */
export const healthRoutes = health.openapi(
  createRoute({
    method: 'get',
    path: '/',
    summary: 'Liveness check',
    responses: {
      200: jsonContent(
        z.object({ status: z.literal('ok') }).openapi('Health', { example: { status: 'ok' } }),
        'The Worker is up.',
      ),
    },
  }),
  (c) => c.json({ status: 'ok' as const }, 200),
)
