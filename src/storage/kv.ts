/**
 * All KV access. Keys carry a schema version (`article:v1:<id>`) so a change of stored format can
 * live beside the old one. An article is written in a single put, value and metadata together, so
 * a failed write never leaves half an article; the list metadata (title, date, version) lets the
 * article list be served from one KV list call without reading any body.
 */
import type { Article, ArticleListItem } from '../domain/article'

import {
  ARTICLE_PREFIX,
  RESULT_PREFIX,
  articleEntry,
  articleKey,
  type ArticleMetadata,
  type ResultMetadata,
} from './keys'

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

/** Cached results outlive their article's version at most this long (seconds). */
const RESULT_TTL_SECONDS = 30 * 24 * 60 * 60

export interface CachedResult {
  body: string
  version: string
}

function intactResult(value: string | null, metadata: ResultMetadata | null): CachedResult | null {
  if (value === null || metadata?.length !== value.length) return null
  return { body: value, version: metadata.version }
}

export interface ArticleWithResult {
  /** The stored article, or null when there is none. */
  article: Article | null
  /** The cached result under `resultKey`, if any and intact (its version may be stale). */
  cached: CachedResult | null
}

/**
 * The article and a cached result in one KV operation (a bulk read), so a cache hit costs a
 * single round trip. If that read fails, the article is read alone and the cache is passed over:
 * a cache that cannot be read means recomputing, not failing.
 */
export async function getArticleWithResult(
  kv: KVNamespace,
  id: string,
  resultKey: string | null,
): Promise<ArticleWithResult> {
  if (resultKey === null) return { article: await getArticle(kv, id), cached: null }
  let entries: Map<string, KVNamespaceGetWithMetadataResult<string, unknown>>
  try {
    entries = await kv.getWithMetadata([articleKey(id), resultKey], 'text')
  } catch {
    return { article: await getArticle(kv, id), cached: null }
  }
  const stored = entries.get(articleKey(id))?.value ?? null
  const result = entries.get(resultKey)
  return {
    article: stored === null ? null : (JSON.parse(stored) as Article),
    cached: result ? intactResult(result.value, result.metadata as ResultMetadata | null) : null,
  }
}

export async function putCachedResult(
  kv: KVNamespace,
  key: string,
  result: CachedResult,
): Promise<void> {
  const metadata: ResultMetadata = { version: result.version, length: result.body.length }
  await kv.put(key, result.body, { metadata, expirationTtl: RESULT_TTL_SECONDS })
}

/** Removes every cached result of an article (after it is deleted). */
export async function deleteCachedResults(kv: KVNamespace, id: string): Promise<void> {
  let cursor: string | undefined
  do {
    const page = await kv.list({ prefix: `${RESULT_PREFIX}${id}:`, cursor })
    await Promise.all(page.keys.map(({ name }) => kv.delete(name)))
    cursor = page.list_complete ? undefined : page.cursor
  } while (cursor)
}
