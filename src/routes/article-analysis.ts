/**
 * GET /v1/articles/:id/{summary,quotes,entities,analysis}: analyses of stored articles, cached by
 * article version, engine version and options (see src/analysis/service.ts).
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { ArticleIdParam } from '../domain/article'
import { getArticleResult } from '../analysis/service'
import { resultMediaType, type ResultKind } from '../analysis/compute'
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
  SummaryResponse,
} from '../analysis/schemas'
import { jsonContent, problemResponses } from '../http/openapi'
import { throwOnInvalid } from '../http/validation'

export const articleAnalysis = new OpenAPIHono<{ Bindings: Env }>({ defaultHook: throwOnInvalid })

/** Browsers and CDNs may reuse an answer for a minute and serve it stale while revalidating. */
const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600'

async function answer(
  c: Context<{ Bindings: Env }>,
  id: string,
  kind: ResultKind,
  options: Record<string, unknown>,
): Promise<Response> {
  const result = await getArticleResult(
    c.env,
    (promise) => {
      c.executionCtx.waitUntil(promise)
    },
    {
      id,
      kind,
      options,
      ifNoneMatch: c.req.header('if-none-match'),
      bypassCache: /\bno-cache\b/i.test(c.req.header('cache-control') ?? ''),
    },
  )
  const headers = {
    etag: result.etag,
    'cache-control': CACHE_CONTROL,
    'x-precis-cache': result.cache,
  }
  if (result.body === null) return new Response(null, { status: 304, headers })
  return new Response(result.body, {
    status: 200,
    headers: { ...headers, 'content-type': resultMediaType(options) },
  })
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
          'text/plain': { schema: z.string() },
          'text/markdown': { schema: z.string() },
          'text/html': { schema: z.string() },
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
