/**
 * GET /v1/pages/analysis?url=: the analysis of a publisher's page on a PAGE_HOSTS host, fetched,
 * extracted and cached at the edge (src/pages/page-analysis.ts). Rate-limited like the text
 * endpoints; never writes KV.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import { AnalysisFields, AnalysisOptions } from '../analysis/options'
import { AnalysisResponse } from '../analysis/schemas'
import { EXAMPLE_PAGE_URL } from '../domain/example-article'
import { isNotModified } from '../http/etag'
import { jsonContent, problemResponses } from '../http/openapi'
import { Problem } from '../http/problem'
import { limitTextRequests } from '../http/rate-limit'
import { invalidFields, throwOnInvalid } from '../http/validation'
import { MAX_URL_LENGTH } from '../fetch'
import { PAGE_FRESH_SECONDS, getPageAnalysis } from '../pages/page-analysis'

export const pages = new OpenAPIHono<{ Bindings: Env }>({ defaultHook: throwOnInvalid })

const CACHE_CONTROL = `public, max-age=${PAGE_FRESH_SECONDS}`

const PageQuery = AnalysisFields.extend({
  url: z.string().min(1).max(MAX_URL_LENGTH).openapi({
    description: 'The page’s address, on a host PAGE_HOSTS lists.',
    example: EXAMPLE_PAGE_URL,
  }),
})

pages.use('/analysis', limitTextRequests)

pages.openapi(
  createRoute({
    method: 'get',
    path: '/analysis',
    summary: 'Summary, quotes and entities of a publisher’s page',
    description:
      'Fetches the page (hosts on PAGE_HOSTS only, every redirect hop included), extracts its article and analyses it; `article` holds the page’s metadata and text. Answers are cached at the edge per page URL (fragment and tracking parameters dropped), options and engine version, and revalidated with the origin after five minutes. Same options as the analysis of a stored article.',
    request: { query: PageQuery },
    responses: {
      200: jsonContent(AnalysisResponse, 'The analysis of the page’s article.'),
      304: { description: 'Not modified (If-None-Match matched the ETag).' },
      ...problemResponses(400, 403, 404, 413, 415, 422, 429, 502, 504),
    },
  }),
  async (c) => {
    const { url, ...fields } = c.req.valid('query')
    const parsed = AnalysisOptions.safeParse(fields)
    if (!parsed.success) {
      const invalid = invalidFields(parsed.error, 'query')
      throw new Problem('bad-request', `Invalid option: ${invalid[0]?.reason ?? ''}`, { invalid })
    }
    const answer = await getPageAnalysis(c.env, {
      url,
      options: parsed.data,
      origin: new URL(c.req.url).origin,
      waitUntil: (promise) => {
        c.executionCtx.waitUntil(promise)
      },
    })
    const headers = {
      etag: answer.etag,
      'cache-control': CACHE_CONTROL,
      'x-precis-cache': answer.cache,
    }
    if (isNotModified(c.req.header('if-none-match'), answer.etag)) {
      return new Response(null, { status: 304, headers })
    }
    return new Response(answer.body, {
      headers: { ...headers, 'content-type': 'application/json; charset=utf-8' },
    })
  },
)
