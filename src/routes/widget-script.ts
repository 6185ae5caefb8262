/**
 * GET /widget.js: the `<precis-summary>` element (bundled by scripts/build-widget.ts). The URL is
 * not versioned, so caches keep it an hour and then revalidate with its content-hash ETag.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import { etagOf, isNotModified } from '../http/etag'
import { WIDGET_SCRIPT, WIDGET_SCRIPT_HASH } from '../widget/script'

export const widgetScript = new OpenAPIHono<{ Bindings: Env }>()

const WIDGET_CACHE_CONTROL = 'public, max-age=3600, stale-while-revalidate=86400'

widgetScript.openapi(
  createRoute({
    method: 'get',
    path: '/widget.js',
    summary: 'The embeddable widget script',
    description:
      'Defines <precis-summary article="ID" sentences theme show api>. Cached for an hour, ETag for revalidation.',
    responses: {
      200: {
        description: 'The script.',
        content: {
          'text/javascript': {
            schema: z.string().openapi({
              example:
                '"use strict";(()=>{…customElements.get("precis-summary")||customElements.define("precis-summary",u);})();',
            }),
          },
        },
      },
      304: { description: 'Not modified (If-None-Match matched the ETag).' },
    },
  }),
  (c) => {
    const etag = etagOf(WIDGET_SCRIPT_HASH)
    c.header('etag', etag)
    c.header('cache-control', WIDGET_CACHE_CONTROL)
    if (isNotModified(c.req.header('if-none-match'), etag)) return c.body(null, 304)
    c.header('content-type', 'text/javascript; charset=utf-8')
    return c.body(WIDGET_SCRIPT, 200)
  },
)
