/**
 * GET /v1/articles/:id/{summary,quotes,entities,analysis}: analyses of stored articles, served
 * from the edge cache when it holds them (key: path, options, engine version; see
 * src/analysis/service.ts), else computed from the article and cached there.
 */
import { OpenAPIHono, createRoute } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { ArticleIdParam } from '../domain/article'
import { EDGE_TTL_SECONDS, readArticleResult, resultEdgeKey } from '../analysis/service'
import type { ResultKind } from '../analysis/compute'
import {
  AnalysisOptions,
  ArticleQuoteOptions,
  EntityOptions,
  SummaryOptions,
} from '../analysis/options'
import {
  AnalysisResponse,
  EntitiesResponse,
  QuotesResponse,
  SummaryHtml,
  SummaryMarkdown,
  SummaryResponse,
  SummaryText,
} from '../analysis/schemas'
import { isNotModified } from '../http/etag'
import { jsonContent, problemResponses } from '../http/openapi'
import { edgeCached } from '../storage/edge-cache'
import { throwOnInvalid } from '../http/validation'

export const articleAnalysis = new OpenAPIHono<{ Bindings: Env }>({ defaultHook: throwOnInvalid })

/**
 * Browsers may reuse an answer for a minute and serve it stale while revalidating; the edge cache
 * adds its own `s-maxage`.
 */
const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600'

async function answer(
  c: Context<{ Bindings: Env }>,
  id: string,
  kind: ResultKind,
  options: Record<string, unknown>,
): Promise<Response> {
  const ifNoneMatch = c.req.header('if-none-match')
  const { response, cache } = await edgeCached(
    caches.default,
    {
      key: resultEdgeKey(new URL(c.req.url).origin, id, kind, options),
      ttlSeconds: EDGE_TTL_SECONDS,
      bypass: /\bno-cache\b/i.test(c.req.header('cache-control') ?? ''),
      ctx: c.executionCtx,
    },
    async () => {
      const result = await readArticleResult(c.env, { id, kind, options, ifNoneMatch })
      const headers = { etag: result.etag, 'cache-control': CACHE_CONTROL }
      if (result.body === null) return new Response(null, { status: 304, headers })
      return new Response(result.body, {
        status: 200,
        headers: { ...headers, 'content-type': result.mediaType },
      })
    },
  )
  if (response.status === 304) {
    response.headers.set('x-precis-cache', 'revalidated')
    return response
  }
  const etag = response.headers.get('etag') ?? ''
  if (cache === 'hit' && isNotModified(ifNoneMatch, etag)) {
    const cacheControl = response.headers.get('cache-control') ?? CACHE_CONTROL
    await response.body?.cancel()
    return new Response(null, {
      status: 304,
      headers: { etag, 'cache-control': cacheControl, 'x-precis-cache': 'revalidated' },
    })
  }
  response.headers.set('x-precis-cache', cache)
  return response
}

const notModified = { 304: { description: 'Not modified (If-None-Match matched the ETag).' } }

const withSummary = articleAnalysis.openapi(
  createRoute({
    method: 'get',
    path: '/{id}/summary',
    summary: 'Summarise a stored article',
    request: { params: ArticleIdParam, query: SummaryOptions },
    responses: {
      200: {
        description: 'The summary: JSON, or text, Markdown or HTML with `format`.',
        content: {
          'application/json': { schema: SummaryResponse },
          'text/plain': { schema: SummaryText },
          'text/markdown': { schema: SummaryMarkdown },
          'text/html': { schema: SummaryHtml },
        },
      },
      ...notModified,
      ...problemResponses(400, 404),
    },
  }),
  (c) => answer(c, c.req.valid('param').id, 'summary', c.req.valid('query')),
)

const withQuotes = withSummary.openapi(
  createRoute({
    method: 'get',
    path: '/{id}/quotes',
    summary: 'Key quotes of a stored article, with their speakers',
    request: { params: ArticleIdParam, query: ArticleQuoteOptions },
    responses: {
      200: jsonContent(QuotesResponse, 'Quotes, best first.'),
      ...notModified,
      ...problemResponses(400, 404),
    },
  }),
  (c) => answer(c, c.req.valid('param').id, 'quotes', c.req.valid('query')),
)

const withEntities = withQuotes.openapi(
  createRoute({
    method: 'get',
    path: '/{id}/entities',
    summary: 'People, places and organisations of a stored article',
    request: { params: ArticleIdParam, query: EntityOptions },
    responses: {
      200: jsonContent(EntitiesResponse, 'Entities, most salient first.'),
      ...notModified,
      ...problemResponses(400, 404),
    },
  }),
  (c) => answer(c, c.req.valid('param').id, 'entities', c.req.valid('query')),
)

/**
 * Every route of this file, in its type too: each route is added to the app the previous one
 * returned, so the typed client (`hc<AppType>`, src/index.ts) sees them all. One app at run time.
 */
export const articleAnalysisRoutes = withEntities.openapi(
  createRoute({
    method: 'get',
    path: '/{id}/analysis',
    summary: 'Summary, quotes and entities of a stored article, cross-linked',
    request: { params: ArticleIdParam, query: AnalysisOptions },
    responses: {
      200: jsonContent(AnalysisResponse, 'The whole analysis from one pass over the text.'),
      ...notModified,
      ...problemResponses(400, 404),
    },
  }),
  (c) => answer(c, c.req.valid('param').id, 'analysis', c.req.valid('query')),
)
