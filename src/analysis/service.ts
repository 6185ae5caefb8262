/**
 * Analyses of stored articles, and their edge-cache keys. Nothing here writes KV: a result is
 * computed from the article (one KV read) and the routes keep the response in the edge cache
 * (src/storage/edge-cache.ts) under a key of path, canonical options and engine version. The
 * ETag is derived from the article version, the kind, the engine version and the options, so a
 * matching If-None-Match is answered 304 without computing anything.
 *
 * Freshness (design (b) of docs/quotas.md): a cached copy is served without reading KV for at
 * most EDGE_TTL_SECONDS, no longer than KV's own propagation delay; the data centre that takes a
 * write or delete purges the copies it can name (`articleEdgeKeys`: each kind with its default
 * options, and the default embed page).
 */
import { ENGINE_VERSION } from '../engine'
import type { Article } from '../domain/article'
import { isNotModified } from '../http/etag'
import { Problem } from '../http/problem'
import { edgeCacheKey } from '../storage/edge-cache'
import { getArticle } from '../storage/kv'
import { DEFAULT_SENTENCES, SECTIONS, type Section, type Theme } from '../widget/card-model'
import type { Analysis } from '../widget/types'
import { computeResult, resultMediaType, type ResultKind, DEFAULT_OPTIONS } from './compute'
import { AnalysisOptions, optionsKey } from './options'

/**
 * Seconds a cached response is served at the edge without reading KV. KV itself takes up to
 * about 60 s to show a write in other data centres, so a longer lifetime would add staleness of
 * its own; a shorter one would add misses.
 */
export const EDGE_TTL_SECONDS = 60

/**
 * A short, fast hash of the canonical options (FNV-1a, two 32-bit lanes with different offsets).
 * Options are validated before they get here, so their canonical forms are few and short; this
 * needs to tell them apart, not to resist an attacker.
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

const etagFor = (version: string, kind: ResultKind, options: Record<string, unknown>) =>
  `"${version.slice(0, 32)}-${kind}-${ENGINE_VERSION}-${optionsHash(`${kind}?${optionsKey(options)}`)}"`

/** The edge-cache key of GET /v1/articles/:id/:kind with these (parsed) options. */
export const resultEdgeKey = (
  origin: string,
  id: string,
  kind: ResultKind,
  options: Record<string, unknown>,
) => edgeCacheKey(origin, `/v1/articles/${id}/${kind}`, optionsKey(options), ENGINE_VERSION)

export interface EmbedKeyOptions {
  theme: Theme
  sentences: number
  show: readonly Section[]
}

/** The edge-cache key of the embed page with these (parsed) options. */
export const embedEdgeKey = (origin: string, id: string, options: EmbedKeyOptions) =>
  edgeCacheKey(
    origin,
    `/embed/${id}`,
    optionsKey({ ...options, show: [...options.show] }),
    ENGINE_VERSION,
  )

/** The edge-cache key of an oEmbed answer for one of our pages, sized as asked. */
export const oembedEdgeKey = (
  origin: string,
  target: { id: string; theme?: Theme; sentences: number; maxwidth?: number; maxheight?: number },
) => edgeCacheKey(origin, '/oembed', optionsKey(target), ENGINE_VERSION)

/**
 * The keys a write or delete of this article purges in its data centre: the ones a reader asks
 * for without options. Other option combinations cannot be listed without storing them, so they
 * live out their EDGE_TTL_SECONDS.
 */
export function articleEdgeKeys(origin: string, id: string): string[] {
  return [
    ...(Object.keys(DEFAULT_OPTIONS) as ResultKind[]).map((kind) =>
      resultEdgeKey(origin, id, kind, DEFAULT_OPTIONS[kind]),
    ),
    embedEdgeKey(origin, id, { theme: 'auto', sentences: DEFAULT_SENTENCES, show: SECTIONS }),
  ]
}

/** The stored article; throws Problem('not-found') when there is none. */
export async function findArticle(kv: KVNamespace, id: string): Promise<Article> {
  const article = await getArticle(kv, id)
  if (!article) throw new Problem('not-found', `No article with id "${id}".`)
  return article
}

export interface ResultRequest {
  id: string
  kind: ResultKind
  options: Record<string, unknown>
  ifNoneMatch: string | undefined
}

export interface ResultAnswer {
  etag: string
  /** The serialised result, or null when If-None-Match already names it (304). */
  body: string | null
  mediaType: string
}

/** Reads the article (one KV read) and computes the result, unless If-None-Match names it. */
export async function readArticleResult(env: Env, request: ResultRequest): Promise<ResultAnswer> {
  const { id, kind, options } = request
  const article = await findArticle(env.ARTICLES, id)
  const etag = etagFor(article.version, kind, options)
  const mediaType = resultMediaType(options)
  if (isNotModified(request.ifNoneMatch, etag)) return { etag, body: null, mediaType }
  return { etag, body: computeResult(kind, article, options), mediaType }
}

/**
 * The analysis of a stored article as an object, for the pages that render it (the embed page and
 * oEmbed): the same result GET /v1/articles/:id/analysis?sentences=N answers. Throws
 * Problem('not-found') for unknown ids.
 */
export async function getAnalysis(
  env: Env,
  id: string,
  options: { sentences?: number },
): Promise<Analysis> {
  const article = await findArticle(env.ARTICLES, id)
  return JSON.parse(computeResult('analysis', article, AnalysisOptions.parse(options))) as Analysis
}
