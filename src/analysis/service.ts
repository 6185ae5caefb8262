/**
 * PLACEHOLDER, to be replaced by the lead's analysis service on merge: it only lets the widget,
 * embed and oEmbed routes run their tests before the real engine lands. It reads the article from
 * KV and answers an analysis with empty summary, quotes and entities; the signature is the one the
 * real module exposes.
 */
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
