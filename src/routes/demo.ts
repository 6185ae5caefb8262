/** GET /: the demo page, each stored article (first page of the list) with its live widget. */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import { unframedPageHeaders, pagePolicy } from '../http/page-headers'
import { listArticles } from '../storage/kv'
import { DEMO_PAGE_CSS, renderDemoPage } from '../widget/demo-page'

export const demo = new OpenAPIHono<{ Bindings: Env }>()

const DEMO_ARTICLE_LIMIT = 100

demo.use('/', unframedPageHeaders)

demo.openapi(
  createRoute({
    method: 'get',
    path: '/',
    summary: 'Demo page',
    description: 'Lists the stored articles, each with its widget and the embed code to copy.',
    responses: {
      200: {
        description: 'The demo page.',
        content: {
          'text/html': {
            schema: z.string().openapi({
              example:
                '<!doctype html><html lang="en"><head><title>precis: embeddable article summaries</title>…</head><body>…<precis-summary article="kelby-ferry-route"></precis-summary>…</body></html>',
            }),
          },
        },
      },
    },
  }),
  async (c) => {
    const { articles } = await listArticles(c.env.ARTICLES, DEMO_ARTICLE_LIMIT, undefined)
    c.header(
      'content-security-policy',
      await pagePolicy({ style: DEMO_PAGE_CSS, ownScript: true, frameAncestors: "'none'" }),
    )
    c.header('cache-control', 'no-cache')
    return c.html(renderDemoPage(new URL(c.req.url).origin, articles), 200)
  },
)
