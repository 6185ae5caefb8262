/**
 * KV key layout and entry shapes, kept free of Workers types so that the Node seeding script
 * writes exactly what the Worker writes. Keys carry a schema version (`article:v1:<id>`).
 */
import type { Article } from '../domain/article'

export const ARTICLE_PREFIX = 'article:v1:'

export interface ArticleMetadata {
  title: string
  /** Left out for an undated article. */
  publishedAt?: string
  version: string
}

export const articleKey = (id: string) => `${ARTICLE_PREFIX}${id}`

export function articleEntry(article: Article) {
  const metadata: ArticleMetadata = {
    title: article.title,
    ...(article.publishedAt === undefined ? {} : { publishedAt: article.publishedAt }),
    version: article.version,
  }
  return { key: articleKey(article.id), value: JSON.stringify(article), metadata }
}
