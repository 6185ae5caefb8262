/**
 * POST /v1/extract: an HTML page in (text/html, at most MAX_HTML_BYTES), its article out as JSON.
 * The bytes are decoded by the page's own rules (BOM, Content-Type charset, meta, sniff); `?url=`
 * gives the page's address for relative links and the fallback URL. Nothing is stored.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import { EXAMPLE_PAGE_HTML, EXAMPLE_PAGE_URL } from '../domain/example-article'
import { ExtractedArticleSchema } from '../domain/extracted-article'
import { decodeHtml, extractArticle } from '../engine/html'
import { acceptMediaTypes, limitHtmlBody } from '../http/body'
import { jsonContent, problemResponses } from '../http/openapi'
import { Problem } from '../http/problem'
import { limitTextRequests } from '../http/rate-limit'
import { throwOnInvalid } from '../http/validation'

export const extract = new OpenAPIHono<{ Bindings: Env }>({ defaultHook: throwOnInvalid })

const ExtractQuery = z
  .object({
    url: z.string().max(2048).optional().openapi({
      description:
        'The page’s address: the base of relative links and the answer’s `url` when the page names none. A value that is not an absolute http(s) URL is ignored (scraped pages often come with a broken one).',
      example: EXAMPLE_PAGE_URL,
    }),
  })
  .strict()

/** The page address if it is a usable absolute http(s) URL. */
function pageUrl(value: string | undefined): string | undefined {
  if (value === undefined || !URL.canParse(value)) return undefined
  const url = new URL(value)
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
}

const route = createRoute({
  method: 'post',
  path: '/extract',
  summary: 'Extract the article of an HTML page',
  middleware: [limitTextRequests, acceptMediaTypes('text/html'), limitHtmlBody] as const,
  request: {
    query: ExtractQuery,
    body: {
      required: true,
      content: {
        'text/html': {
          schema: z.string().openapi({ example: EXAMPLE_PAGE_HTML }),
        },
      },
    },
  },
  responses: {
    200: jsonContent(ExtractedArticleSchema, 'The article: metadata, text and structure.'),
    ...problemResponses(400, 413, 415, 422, 429),
  },
})

extract.openapi(route, async (c) => {
  const url = pageUrl(c.req.valid('query').url)
  const bytes = new Uint8Array(await c.req.arrayBuffer())
  const html = decodeHtml(bytes, c.req.header('content-type'))
  const article = extractArticle(html, url === undefined ? {} : { url })
  if (article.text.length === 0) {
    throw new Problem('no-article', 'No article text was found in the page.')
  }
  return c.json(article, 200)
})
