/**
 * Article analyses with caching. A result is cached in KV per (article, kind, engine version,
 * normalised options) with the article version in its metadata; a request reads the article's
 * version and the cached result in parallel, serves the cache only when the versions agree, and
 * otherwise computes, answers, and stores the result in the background. The ETag is derived from
 * the same four things, so a matching If-None-Match is answered 304 without computing anything.
 */
import { ENGINE_VERSION } from '../engine'
import type { Article } from '../domain/article'
import { isNotModified } from '../http/etag'
import { Problem } from '../http/problem'
import { resultKey } from '../storage/keys'
import { getArticle, getArticleVersion, getCachedResult, putCachedResult } from '../storage/kv'
import { computeResult, type ResultKind, DEFAULT_OPTIONS } from './compute'
import { optionsKey } from './options'

export interface CachedAnswer {
  etag: string
  /** The serialised result, or null when If-None-Match already names it (304). */
  body: string | null
  cache: 'hit' | 'miss' | 'revalidated'
}

async function shortHash(value: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(value))
  return [...new Uint8Array(digest, 0, 8)]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('')
}

async function resultIdentity(id: string, kind: ResultKind, options: Record<string, unknown>) {
  const optionsHash = await shortHash(`${kind}?${optionsKey(options)}`)
  return { key: resultKey(id, kind, ENGINE_VERSION, optionsHash), optionsHash }
}

const etagFor = (version: string, kind: ResultKind, optionsHash: string) =>
  `"${version.slice(0, 32)}-${kind}-${ENGINE_VERSION}-${optionsHash}"`

export interface ResultRequest {
  id: string
  kind: ResultKind
  options: Record<string, unknown>
  ifNoneMatch: string | undefined
  /** Set by `Cache-Control: no-cache`: recompute (and refresh the cache) instead of reading it. */
  bypassCache: boolean
}

export async function getArticleResult(
  env: Env,
  waitUntil: (promise: Promise<unknown>) => void,
  request: ResultRequest,
): Promise<CachedAnswer> {
  const { id, kind, options } = request
  const { key, optionsHash } = await resultIdentity(id, kind, options)
  const [version, cached] = await Promise.all([
    getArticleVersion(env.ARTICLES, id),
    // A cached result that cannot be read is recomputed, never served broken.
    request.bypassCache ? null : getCachedResult(env.ARTICLES, key).catch(() => null),
  ])
  if (version === null) throw new Problem('not-found', `No article with id "${id}".`)
  const etag = etagFor(version, kind, optionsHash)
  if (isNotModified(request.ifNoneMatch, etag)) return { etag, body: null, cache: 'revalidated' }
  if (cached?.version === version) return { etag, body: cached.body, cache: 'hit' }

  const article = await getArticle(env.ARTICLES, id)
  if (!article) throw new Problem('not-found', `No article with id "${id}".`)
  const body = computeResult(kind, article, options)
  waitUntil(
    putCachedResult(env.ARTICLES, key, { body, version: article.version }).catch(
      (error: unknown) => {
        console.error('could not cache a result', key, error)
      },
    ),
  )
  return { etag: etagFor(article.version, kind, optionsHash), body, cache: 'miss' }
}

/**
 * Computes and stores the default result of every kind for a freshly written article, so that
 * readers of a new or changed article never pay for its first analysis.
 */
export async function precomputeDefaults(env: Env, article: Article): Promise<void> {
  await Promise.all(
    (Object.keys(DEFAULT_OPTIONS) as ResultKind[]).map(async (kind) => {
      const options = DEFAULT_OPTIONS[kind]
      const { key } = await resultIdentity(article.id, kind, options)
      const body = computeResult(kind, article, options)
      await putCachedResult(env.ARTICLES, key, { body, version: article.version })
    }),
  )
}
