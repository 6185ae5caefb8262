/**
 * PLACEHOLDER, to be replaced by the lead's analysis service on merge: it only lets the widget,
 * embed and oEmbed routes (and the browser test) run before the real engine lands. `getAnalysis`
 * reads the article from KV and answers an analysis with empty summary, quotes and entities, with
 * the signature the real module exposes; `placeholderAnalysisRoute` serves it at
 * GET /v1/articles/:id/analysis and goes away with this file (and its one line in src/index.ts).
 */
import { OpenAPIHono } from '@hono/zod-openapi'
import { Problem } from '../http/problem'
import { getArticle } from '../storage/kv'
import type { Analysis } from '../widget/types'

export async function getAnalysis(
  env: Env,
  _ctx: ExecutionContext,
  id: string,
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the real service's signature
  _options: { sentences?: number },
): Promise<Analysis> {
  const article = await getArticle(env.ARTICLES, id)
  if (!article) throw new Problem('not-found', `No article with id "${id}".`)
  return {
    article: {
      id: article.id,
      title: article.title,
      ...(article.byline ? { byline: article.byline } : {}),
      publishedAt: article.publishedAt,
      url: article.url,
      version: article.version,
    },
    summary: { sentences: [], summary: '', stats: {}, algorithm: 'placeholder' },
    quotes: [],
    entities: [],
  }
}

export const placeholderAnalysisRoute = new OpenAPIHono<{ Bindings: Env }>()

placeholderAnalysisRoute.get('/:id/analysis', async (c) =>
  c.json(await getAnalysis(c.env, c.executionCtx as ExecutionContext, c.req.param('id'), {})),
)
