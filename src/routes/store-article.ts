/** The one way a route stores an article: PUT with JSON or HTML, and import. */
import type { Context } from 'hono'
import { precomputeDefaults } from '../analysis/service'
import { toArticle, type ArticleInput } from '../domain/article'
import { etagOf } from '../http/etag'
import { getArticleVersion, putArticle } from '../storage/kv'

/**
 * Stores an article under `id` and answers as a PUT does: 201 with its Location when new, 200
 * when it replaced one, the version as ETag; its default analyses are computed in the background.
 */
export async function storeArticle(
  c: Context<{ Bindings: Env }>,
  id: string,
  input: ArticleInput,
): Promise<Response> {
  const article = await toArticle(id, input)
  const existed = (await getArticleVersion(c.env.ARTICLES, id)) !== null
  await putArticle(c.env.ARTICLES, article)
  c.executionCtx.waitUntil(
    precomputeDefaults(c.env, article).catch((error: unknown) => {
      console.error('could not precompute analyses', id, error)
    }),
  )
  c.header('etag', etagOf(article.version))
  if (existed) return c.json(article, 200)
  c.header('location', `/v1/articles/${id}`)
  return c.json(article, 201)
}
