/** The one way a route stores an article: PUT with JSON or HTML, and import. */
import type { Context } from 'hono'
import { articleEdgeKeys } from '../analysis/service'
import { toArticle, type ArticleInput } from '../domain/article'
import { etagOf } from '../http/etag'
import { purgeEdge } from '../storage/edge-cache'
import { getArticleVersion, putArticle } from '../storage/kv'

/**
 * Stores an article under `id` and answers as a PUT does: 201 with its Location when new, 200
 * when it replaced one, the version as ETag. This data centre's edge copies of the article's
 * default analyses and embed page are purged.
 */
export async function storeArticle(c: Context<{ Bindings: Env }>, id: string, input: ArticleInput) {
  const article = await toArticle(id, input)
  const existed = (await getArticleVersion(c.env.ARTICLES, id)) !== null
  await putArticle(c.env.ARTICLES, article)
  purgeEdge(caches.default, articleEdgeKeys(new URL(c.req.url).origin, id), c.executionCtx)
  c.header('etag', etagOf(article.version))
  if (existed) return c.json(article, 200)
  c.header('location', `/v1/articles/${id}`)
  return c.json(article, 201)
}
