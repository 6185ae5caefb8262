/**
 * Article analyses with caching. A result is cached in KV per (article, kind, engine version,
 * normalised options) with the article version in its metadata; a request reads the article and
 * the cached result in one bulk KV read, serves the cache only when the versions agree, and
 * otherwise computes from the article it already holds, answers, and stores the result in the
 * background. The ETag is derived from
 * the same four things, so a matching If-None-Match is answered 304 without computing anything.
 */
import { ENGINE_VERSION } from '../engine'
import type { Article } from '../domain/article'
import { isNotModified } from '../http/etag'
import { Problem } from '../http/problem'
import { resultKey } from '../storage/keys'
import { getArticleWithResult, putCachedResult } from '../storage/kv'
import { computeResult, type ResultKind, DEFAULT_OPTIONS } from './compute'
import type { Analysis } from '../widget/types'
import { AnalysisOptions, optionsKey } from './options'

export interface CachedAnswer {
  etag: string
  /** The serialised result, or null when If-None-Match already names it (304). */
  body: string | null
  cache: 'hit' | 'miss' | 'revalidated'
}

/**
 * A short, fast hash of the canonical options (FNV-1a, two 32-bit lanes with different offsets).
 * Options are validated before they get here, so their canonical forms are few and short; this
 * needs to tell them apart, not to resist an attacker, and it keeps the cached path synchronous.
 */
function optionsHash(value: string): string {
  let a = 0x811c9dc5
  let b = 0x01000193
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    a = Math.imul(a ^ code, 0x01000193)
    b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 15)
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0')
}

function resultIdentity(id: string, kind: ResultKind, options: Record<string, unknown>) {
  const hash = optionsHash(`${kind}?${optionsKey(options)}`)
  return { key: resultKey(id, kind, ENGINE_VERSION, hash), optionsHash: hash }
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
  const { key, optionsHash } = resultIdentity(id, kind, options)
  const { article, cached } = await getArticleWithResult(
    env.ARTICLES,
    id,
    request.bypassCache ? null : key,
  )
  if (!article) throw new Problem('not-found', `No article with id "${id}".`)
  const etag = etagFor(article.version, kind, optionsHash)
  if (isNotModified(request.ifNoneMatch, etag)) return { etag, body: null, cache: 'revalidated' }
  if (cached?.version === article.version) return { etag, body: cached.body, cache: 'hit' }

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
      const { key } = resultIdentity(article.id, kind, options)
      const body = computeResult(kind, article, options)
      await putCachedResult(env.ARTICLES, key, { body, version: article.version })
    }),
  )
}

/**
 * The analysis of a stored article as an object, for the pages that render it (the embed page and
 * oEmbed): the same cached result that GET /v1/articles/:id/analysis?sentences=N answers, so the
 * widget, the iframe and oEmbed share one cache entry. Throws Problem('not-found') for unknown ids.
 */
export async function getAnalysis(
  env: Env,
  ctx: ExecutionContext,
  id: string,
  options: { sentences?: number },
): Promise<Analysis> {
  const answer = await getArticleResult(
    env,
    (promise) => {
      ctx.waitUntil(promise)
    },
    {
      id,
      kind: 'analysis',
      options: AnalysisOptions.parse(options),
      ifNoneMatch: undefined,
      bypassCache: false,
    },
  )
  if (answer.body === null) throw new Error('an analysis without If-None-Match has a body')
  return JSON.parse(answer.body) as Analysis
}
