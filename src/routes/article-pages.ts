/**
 * Articles from web pages (admin token): POST /v1/articles/import fetches a page by the safe-fetch
 * rules and stores its article; PUT /v1/articles/:id with a text/html body stores the article of
 * the page sent. Either way the page's metadata fills the article's fields, and nothing is stored
 * when the page is refused, holds no article, or its article is not a valid one.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { Article, ArticleId, ArticleInput } from '../domain/article'
import { EXAMPLE_PAGE_URL } from '../domain/example-article'
import type { ExtractedArticle } from '../engine/html'
import { MAX_URL_LENGTH, fetchPage } from '../fetch'
import { requireAdmin } from '../http/auth'
import { HTML_MEDIA_TYPES, maxHtmlBytes, mediaType } from '../http/body'
import { jsonContent, problemResponses } from '../http/openapi'
import { Problem } from '../http/problem'
import { maxTextChars } from '../http/text-request'
import { invalidFields, throwOnInvalid } from '../http/validation'
import { USER_AGENT, fetchTimeoutMs } from '../pages/page-analysis'
import { articleFieldsFromPage, idFromUrl } from '../pages/page-input'
import { pageAddress, readPage } from '../pages/read-page'
import { storeArticle } from './store-article'

export const articlePages = new OpenAPIHono<{ Bindings: Env }>({ defaultHook: throwOnInvalid })

/** Validates the article a page gives, naming the fields the page could not fill. */
function pageArticleInput(extracted: ExtractedArticle, pageUrl: string | undefined): ArticleInput {
  const parsed = ArticleInput.safeParse(articleFieldsFromPage(extracted, pageUrl))
  if (parsed.success) return parsed.data
  const invalid = invalidFields(parsed.error, 'page')
  throw new Problem(
    'validation-failed',
    `The page's article is not a valid article: ${invalid.map((field) => `${field.name}: ${field.reason}`).join('; ')}`,
    { invalid },
  )
}

const ImportBody = z
  .object({
    url: z.string().min(1).max(MAX_URL_LENGTH).openapi({ example: EXAMPLE_PAGE_URL }),
    id: ArticleId.optional().openapi({
      description: 'Defaults to the slug of the page URL’s last path segment.',
    }),
  })
  .strict()
  .openapi('ImportInput', { example: { url: EXAMPLE_PAGE_URL } })

articlePages.use('/import', requireAdmin)

articlePages.openapi(
  createRoute({
    method: 'post',
    path: '/import',
    summary: 'Import an article from a web page',
    security: [{ bearer: [] }],
    description:
      'Fetches the page (http(s) only, no credentials, no private addresses, at most 5 redirects each checked again, HTML only, at most MAX_HTML_BYTES, FETCH_TIMEOUT_MS), extracts its article and stores it like a PUT.',
    request: {
      body: { required: true, content: { 'application/json': { schema: ImportBody } } },
    },
    responses: {
      200: jsonContent(Article, 'Replaced an article of that id.'),
      201: jsonContent(Article, 'Created.'),
      ...problemResponses(400, 401, 403, 404, 413, 415, 422, 502, 504),
    },
  }),
  async (c) => {
    const { url, id } = c.req.valid('json')
    const page = await fetchPage(url, {
      maxBytes: maxHtmlBytes(c.env),
      timeoutMs: fetchTimeoutMs(c.env),
      userAgent: USER_AGENT,
    })
    const extracted = readPage(page.bytes, page.contentType, {
      url: page.url,
      maxTextChars: maxTextChars(c.env),
    })
    const articleId = id ?? idFromUrl(extracted.url ?? page.url)
    if (articleId === null) {
      throw new Problem(
        'validation-failed',
        'The page URL has no slug to make an id of; give one.',
        {
          invalid: [{ name: 'body.id', reason: 'required: the URL gives none' }],
        },
      )
    }
    return storeArticle(c, articleId, pageArticleInput(extracted, page.url))
  },
)

/**
 * PUT /v1/articles/:id with an HTML page (after the admin check and the body limit, in
 * routes/articles.ts); any other body goes on to the JSON route.
 */
export async function putPage(c: Context<{ Bindings: Env }>, next: () => Promise<void>) {
  if (!HTML_MEDIA_TYPES.includes(mediaType(c.req.header('content-type')))) return next()
  const id = ArticleId.safeParse(c.req.param('id'))
  if (!id.success) {
    const invalid = invalidFields(id.error, 'path.id')
    throw new Problem('bad-request', `Invalid path parameter: ${invalid[0]?.reason ?? ''}`, {
      invalid,
    })
  }
  const { url, ...unknown } = c.req.query()
  const extra = Object.keys(unknown)[0]
  if (extra !== undefined) {
    throw new Problem('bad-request', `Unknown query parameter: ${extra}`, {
      invalid: [{ name: `query.${extra}`, reason: 'not a parameter of this route' }],
    })
  }
  const pageUrl = pageAddress(url)
  const extracted = readPage(
    new Uint8Array(await c.req.arrayBuffer()),
    c.req.header('content-type') ?? null,
    { maxTextChars: maxTextChars(c.env), ...(pageUrl === undefined ? {} : { url: pageUrl }) },
  )
  return storeArticle(c, id.data, pageArticleInput(extracted, pageUrl))
}
