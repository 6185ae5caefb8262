/**
 * Counts what a request costs: KV operations (the binding wrapped in a counting proxy) and
 * edge-cache operations (caches.default's methods spied on). Each operation is counted as
 * Cloudflare bills it: a bulk read of n keys is n reads.
 */
import { env } from 'cloudflare:workers'
import { vi } from 'vitest'
import { callWith } from './helpers'

export interface Costs {
  kv: { reads: number; writes: number; deletes: number; lists: number }
  cache: { match: number; put: number; delete: number }
}

const KV_KINDS: Record<string, keyof Costs['kv']> = {
  get: 'reads',
  getWithMetadata: 'reads',
  put: 'writes',
  delete: 'deletes',
  list: 'lists',
}

export const kvTotal = (costs: Costs) =>
  costs.kv.reads + costs.kv.writes + costs.kv.deletes + costs.kv.lists

function countingKv(kv: KVNamespace, counts: Costs['kv']): KVNamespace {
  return new Proxy(kv, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property)
      if (typeof value !== 'function') return value
      const kind = KV_KINDS[String(property)]
      return (...args: unknown[]) => {
        if (kind) counts[kind] += Array.isArray(args[0]) ? args[0].length : 1
        return (value as (...a: unknown[]) => unknown).apply(target, args)
      }
    },
  })
}

/** Calls the Worker (waiting for its background work) and counts every KV and cache operation. */
export async function measure(
  path: string,
  init?: RequestInit,
): Promise<{ response: Response; costs: Costs }> {
  const costs: Costs = {
    kv: { reads: 0, writes: 0, deletes: 0, lists: 0 },
    cache: { match: 0, put: 0, delete: 0 },
  }
  const cache = caches.default
  const spies = (['match', 'put', 'delete'] as const).map((method) => {
    const original = cache[method].bind(cache) as (...args: unknown[]) => Promise<unknown>
    return vi.spyOn(cache, method).mockImplementation(((...args: unknown[]) => {
      costs.cache[method] += 1
      return original(...args)
    }) as never)
  })
  try {
    const response = await callWith({ ARTICLES: countingKv(env.ARTICLES, costs.kv) }, path, init)
    return { response, costs }
  } finally {
    for (const spy of spies) spy.mockRestore()
  }
}
