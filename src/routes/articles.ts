/**
 * /v1/articles: list, read, store and delete articles. Writes need the admin bearer token. A write
 * or delete is the only request that writes KV (one put or delete); it also purges this data
 * centre's edge copies of the article's default analyses and embed page.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import {
  Article,
  ArticleIdParam,
  ArticleInput,
  ArticleListItem,
  EXAMPLE_LIST_ITEM,
} from '../domain/article'
import { EXAMPLE_PAGE_HTML } from '../domain/example-article'
import { requireAdmin } from '../http/auth'
import { HTML_MEDIA_TYPES, acceptMediaTypes, limitBodyByType, parseJsonBody } from '../http/body'
import { etagOf, isNotModified } from '../http/etag'
import { jsonContent, problemResponses } from '../http/openapi'
import { Problem } from '../http/problem'
import { throwOnInvalid } from '../http/validation'
import { articleEdgeKeys, findArticle } from '../analysis/service'
import { purgeEdge } from '../storage/edge-cache'
import { InvalidCursorError, deleteArticle, getArticleVersion, listArticles } from '../storage/kv'
import { putPage } from './article-pages'
import { storeArticle } from './store-article'

export const articles = new OpenAPIHono<{ Bindings: Env }>({ defaultHook: throwOnInvalid })

/** Every /v1 endpoint rejects query parameters it does not know, these included. */
const NoOptions = z.object({}).strict()

const ArticlePage = z
  .object({
    articles: z.array(ArticleListItem),
    cursor: z.string().nullable().openapi({ description: 'Pass as `cursor` for the next page.' }),
  })
  .openapi('ArticlePage', {
    example: { articles: [EXAMPLE_LIST_ITEM], cursor: null },
  })

const withList = articles.openapi(
  createRoute({
    method: 'get',
    path: '/',
    summary: 'List articles',
    description:
      'Articles come in id order, a page at a time; dates play no part, so an undated article (publishedAt null) sits at its id.',
    request: {
      query: z
        .object({
          // Up to one KV list call's worth: 100,000 articles page through in 100 calls, a tenth
          // of the free plan's daily list quota.
          limit: z.coerce.number().int().min(1).max(1000).default(20),
          cursor: z.string().min(1).max(1024).optional(),
        })
        .strict(),
    },
    responses: { 200: jsonContent(ArticlePage, 'A page of articles.'), ...problemResponses(400) },
  }),
  async (c) => {
    const { limit, cursor } = c.req.valid('query')
    try {
      return c.json(await listArticles(c.env.ARTICLES, limit, cursor), 200)
    } catch (error) {
      if (error instanceof InvalidCursorError) {
        throw new Problem('bad-request', 'The cursor is not one this API returned.', {
          invalid: [{ name: 'query.cursor', reason: 'unknown or expired cursor' }],
        })
      }
      throw error
    }
  },
)

const withRead = withList.openapi(
  createRoute({
    method: 'get',
    path: '/{id}',
    summary: 'Read an article',
    request: { params: ArticleIdParam, query: NoOptions },
    responses: {
      200: jsonContent(Article, 'The article; its ETag is the content version.'),
      304: { description: 'Not modified (If-None-Match matched the ETag).' },
      ...problemResponses(400, 404),
    },
  }),
  async (c) => {
    const article = await findArticle(c.env.ARTICLES, c.req.valid('param').id)
    const etag = etagOf(article.version)
    c.header('etag', etag)
    if (isNotModified(c.req.header('if-none-match'), etag)) return c.body(null, 304)
    return c.json(article, 200)
  },
)

articles.on(['PUT', 'DELETE'], '/:id', requireAdmin)
articles.on(
  'PUT',
  '/:id',
  limitBodyByType,
  acceptMediaTypes('application/json', ...HTML_MEDIA_TYPES),
  putPage,
  parseJsonBody,
)

const withPut = withRead.openapi(
  createRoute({
    method: 'put',
    path: '/{id}',
    summary: 'Create or replace an article',
    security: [{ bearer: [] }],
    request: {
      params: ArticleIdParam,
      query: NoOptions.extend({
        url: z.string().optional().openapi({
          description: 'With an HTML body: the page’s address (its URL when it names none).',
        }),
      }),
      body: {
        required: true,
        content: {
          'application/json': { schema: ArticleInput },
          'text/html': {
            schema: z.string().openapi({
              description:
                'A page: its extracted article is stored, its metadata filling title, byline, date, URL and language.',
              example: EXAMPLE_PAGE_HTML,
            }),
          },
        },
      },
    },
    responses: {
      200: jsonContent(Article, 'Replaced.'),
      201: jsonContent(Article, 'Created.'),
      ...problemResponses(400, 401, 403, 413, 415, 422),
    },
  }),
  // An HTML body was answered by putPage before this handler, so the body here is JSON.
  (c) => storeArticle(c, c.req.valid('param').id, c.req.valid('json') as ArticleInput),
)

/**
 * Every route of this file, in its type too: each route is added to the app the previous one
 * returned, so the typed client (`hc<AppType>`, src/index.ts) sees them all. One app at run time.
 */
export const articleRoutes = withPut.openapi(
  createRoute({
    method: 'delete',
    path: '/{id}',
    summary: 'Delete an article',
    security: [{ bearer: [] }],
    request: { params: ArticleIdParam, query: NoOptions },
    responses: { 204: { description: 'Deleted.' }, ...problemResponses(400, 401, 403, 404) },
  }),
  async (c) => {
    const { id } = c.req.valid('param')
    if ((await getArticleVersion(c.env.ARTICLES, id)) === null) {
      throw new Problem('not-found', `No article with id "${id}".`)
    }
    await deleteArticle(c.env.ARTICLES, id)
    purgeEdge(caches.default, articleEdgeKeys(new URL(c.req.url).origin, id), c.executionCtx)
    return c.body(null, 204)
  },
)
