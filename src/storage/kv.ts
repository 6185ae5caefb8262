/**
 * All KV access. Keys carry a schema version (`article:v1:<id>`) so a change of stored format can
 * live beside the old one. An article is written in a single put, value and metadata together, so
 * a failed write never leaves half an article; the list metadata (title, date, version) lets the
 * article list be served from one KV list call without reading any body. Only articles live in
 * KV: analyses are recomputed or served from the edge cache (src/storage/edge-cache.ts), so no
 * read ever writes here.
 */
import type { Article, ArticleListItem } from '../domain/article'

import { ARTICLE_PREFIX, articleEntry, articleKey, type ArticleMetadata } from './keys'

export async function getArticle(kv: KVNamespace, id: string): Promise<Article | null> {
  return kv.get<Article>(articleKey(id), 'json')
}

export async function getArticleVersion(kv: KVNamespace, id: string): Promise<string | null> {
  // Metadata only: the body stream is dropped unread.
  const { value, metadata } = await kv.getWithMetadata<ArticleMetadata>(articleKey(id), 'stream')
  await value?.cancel()
  return value ? (metadata?.version ?? null) : null
}

export async function putArticle(kv: KVNamespace, article: Article): Promise<void> {
  const { key, value, metadata } = articleEntry(article)
  await kv.put(key, value, { metadata })
}

export async function deleteArticle(kv: KVNamespace, id: string): Promise<void> {
  await kv.delete(articleKey(id))
}

export interface ArticlePage {
  articles: ArticleListItem[]
  cursor: string | null
}

/** KV rejected a list cursor: one it never issued, or one that has expired. */
export class InvalidCursorError extends Error {}

export async function listArticles(
  kv: KVNamespace,
  limit: number,
  cursor: string | undefined,
): Promise<ArticlePage> {
  let page: KVNamespaceListResult<ArticleMetadata>
  try {
    page = await kv.list<ArticleMetadata>({ prefix: ARTICLE_PREFIX, limit, cursor })
  } catch (error) {
    if (cursor !== undefined && /cursor/i.test(String(error))) throw new InvalidCursorError()
    throw error
  }
  return {
    articles: page.keys.map(({ name, metadata }) => ({
      id: name.slice(ARTICLE_PREFIX.length),
      title: metadata?.title ?? '',
      publishedAt: metadata?.publishedAt ?? null,
      version: metadata?.version ?? '',
    })),
    cursor: page.list_complete ? null : page.cursor,
  }
}
