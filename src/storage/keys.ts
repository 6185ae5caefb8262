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

export const RESULT_PREFIX = 'result:v1:'

/**
 * A cached analysis result. The article version is not in the key but in the metadata, so that
 * the cached result and the article can be read together in one bulk read; a result whose
 * version differs from the article's is stale and never served.
 */
export const resultKey = (id: string, kind: string, engine: string, optionsHash: string) =>
  `${RESULT_PREFIX}${id}:${kind}:${engine}:${optionsHash}`

export interface ResultMetadata {
  version: string
  /** Length of the stored body: a body of another length is damaged and never served. */
  length: number
}
