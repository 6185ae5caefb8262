/**
 * The edge cache: GET responses kept in Cloudflare's Cache API (`caches.default`), one copy per
 * data centre, with no daily quota and no KV operation. Used for anything recomputed from an
 * article (analyses, the embed page, oEmbed), so that no read ever writes KV.
 *
 * Contract:
 * - `edgeCacheKey(origin, path, query, version)` names a response: a URL on the Worker's own
 *   origin under `/_edge/<version>`, with a canonical query the caller built (same options, same
 *   text), so a new version (of the engine, or of a page layout) never meets an old copy.
 * - `edgeCached(cache, spec, produce)` answers from the cache when it holds the key, as a fresh
 *   Response whose headers the caller may change; otherwise it calls `produce` and, when that
 *   answers 200, stores a copy in the background, its `Cache-Control` extended with
 *   `s-maxage=<ttlSeconds>` (the lifetime at the edge; `max-age` stays what browsers get). The
 *   served answer carries the same header, so a hit and a miss look alike.
 * - `purgeEdge(cache, keys, ctx)` drops these keys in this data centre only.
 * - The cache never fails a request: a lookup that throws is a miss, a put or purge that throws
 *   is logged. On `*.workers.dev` the Cache API does nothing (every lookup misses).
 */

/** Where the edge keeps a response: `caches.default` in a Worker. */
export type EdgeCache = Pick<Cache, 'match' | 'put' | 'delete'>

export interface EdgeCacheSpec {
  key: string
  /** Seconds a copy may be served at the edge (`s-maxage`). */
  ttlSeconds: number
  /** Skip the lookup (the client sent `Cache-Control: no-cache`) but refresh the copy. */
  bypass?: boolean
  /** Where the background put goes: the request's ExecutionContext. */
  ctx: BackgroundWork
}

export interface BackgroundWork {
  waitUntil(promise: Promise<unknown>): void
}

/** The answer, typed as `produce` types it (a hit is a stored copy of what it once produced). */
export interface EdgeAnswer<R extends Response = Response> {
  response: R
  cache: 'hit' | 'miss'
}

const KEY_PREFIX = '/_edge/'

export function edgeCacheKey(origin: string, path: string, query: string, version: string): string {
  return `${origin}${KEY_PREFIX}${encodeURIComponent(version)}${path}${query ? `?${query}` : ''}`
}

function withEdgeLifetime(response: Response, ttlSeconds: number): Response {
  const current = response.headers.get('cache-control')
  const directives = (current ?? 'public')
    .split(',')
    .map((directive) => directive.trim())
    .filter((directive) => directive.length > 0 && !/^s-maxage=/i.test(directive))
  response.headers.set('cache-control', [...directives, `s-maxage=${ttlSeconds}`].join(', '))
  return response
}

async function lookup(cache: EdgeCache, key: string): Promise<Response | undefined> {
  try {
    return await cache.match(key)
  } catch (error) {
    console.error('edge cache lookup failed', key, error)
    return undefined
  }
}

export async function edgeCached<R extends Response>(
  cache: EdgeCache,
  spec: EdgeCacheSpec,
  produce: () => Promise<R>,
): Promise<EdgeAnswer<R>> {
  const stored = spec.bypass ? undefined : await lookup(cache, spec.key)
  // A cached Response has immutable headers; a copy lets middleware add its own. Only what
  // `produce` answered is ever stored under a key, so the copy has the type `produce` gives.
  if (stored) return { response: new Response(stored.body, stored) as R, cache: 'hit' }
  const response = await produce()
  if (response.status !== 200) return { response, cache: 'miss' }
  withEdgeLifetime(response, spec.ttlSeconds)
  const copy = response.clone()
  spec.ctx.waitUntil(
    cache.put(spec.key, copy).catch((error: unknown) => {
      console.error('edge cache put failed', spec.key, error)
    }),
  )
  return { response, cache: 'miss' }
}

export function purgeEdge(cache: EdgeCache, keys: readonly string[], ctx: BackgroundWork): void {
  ctx.waitUntil(
    Promise.all(keys.map((key) => cache.delete(key))).catch((error: unknown) => {
      console.error('edge cache purge failed', error)
    }),
  )
}
