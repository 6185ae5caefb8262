/**
 * What each request costs in KV and edge-cache operations, counted by wrapping the bindings
 * (tests/http/counting.ts): the figures of docs/quotas.md. Miniflare implements the Cache API
 * locally, so hits and misses here behave as on a custom domain; it does not enforce the limit of
 * 1,000 KV operations per invocation, so every row asserts it.
 */
import { env } from 'cloudflare:workers'
import { articleKey } from '../../src/storage/keys'
import { describe, expect, it } from 'vitest'
import { KOREA } from '../sample-articles'
import { kvTotal, measure, type Costs } from './counting'
import { adminHeaders, articleInput, seedArticle } from './helpers'

const KV_OPERATIONS_PER_INVOCATION = 1000

type Row = [name: string, path: string, init: RequestInit | undefined, expected: Costs]

const costs = (kv: Partial<Costs['kv']>, cache: Partial<Costs['cache']> = {}): Costs => ({
  kv: { reads: 0, writes: 0, deletes: 0, lists: 0, ...kv },
  cache: { match: 0, put: 0, delete: 0, ...cache },
})

const put = (body = articleInput()): RequestInit => ({
  method: 'PUT',
  headers: adminHeaders(),
  body: JSON.stringify(body),
})

/** Each request type twice where a cache is involved: first (a miss), then again (a hit). */
const ROWS: Row[] = [
  ['GET /v1/articles/:id', '/v1/articles/ferry', undefined, costs({ reads: 1 })],
  ['GET /v1/articles (list)', '/v1/articles?limit=1000', undefined, costs({ lists: 1 })],
  ...(['summary', 'quotes', 'entities', 'analysis'] as const).flatMap((kind): Row[] => [
    [
      `GET ${kind}, miss`,
      `/v1/articles/ferry/${kind}`,
      undefined,
      costs({ reads: 1 }, { match: 1, put: 1 }),
    ],
    [`GET ${kind}, hit`, `/v1/articles/ferry/${kind}`, undefined, costs({}, { match: 1 })],
  ]),
  ['GET /embed/:id, miss', '/embed/ferry', undefined, costs({ reads: 1 }, { match: 1, put: 1 })],
  ['GET /embed/:id, hit', '/embed/ferry', undefined, costs({}, { match: 1 })],
  [
    'GET /oembed, miss',
    '/oembed?url=https%3A%2F%2Fprecis.test%2Fembed%2Fferry',
    undefined,
    costs({ reads: 1 }, { match: 1, put: 1 }),
  ],
  [
    'GET /oembed, hit',
    '/oembed?url=https%3A%2F%2Fprecis.test%2Fembed%2Fferry',
    undefined,
    costs({}, { match: 1 }),
  ],
  ['GET /widget.js', '/widget.js', undefined, costs({})],
  [
    'POST /v1/summarize',
    '/v1/summarize',
    { method: 'POST', headers: adminHeaders(), body: JSON.stringify({ text: KOREA.body }) },
    costs({}),
  ],
  [
    'PUT /v1/articles/:id (new)',
    '/v1/articles/fresh',
    put(),
    costs({ reads: 1, writes: 1 }, { delete: 5 }),
  ],
  [
    'PUT /v1/articles/:id (replace)',
    '/v1/articles/ferry',
    put(articleInput({ title: 'Changed' })),
    costs({ reads: 1, writes: 1 }, { delete: 5 }),
  ],
  [
    'DELETE /v1/articles/:id',
    '/v1/articles/ferry',
    { method: 'DELETE', headers: adminHeaders() },
    costs({ reads: 1, deletes: 1 }, { delete: 5 }),
  ],
]

describe('KV and cache operations per request', () => {
  it('match the table of docs/quotas.md, in this order, and stay within one invocation’s limit', async () => {
    await seedArticle('ferry')
    for (const [name, path, init, expected] of ROWS) {
      const { response, costs: counted } = await measure(path, init)
      expect(response.status, name).toBeLessThan(300)
      expect(counted, name).toEqual(expected)
      expect(kvTotal(counted), name).toBeLessThanOrEqual(KV_OPERATIONS_PER_INVOCATION)
    }
  })

  it('serves a cached analysis with no KV read, so with no analysis', async () => {
    await seedArticle('korea', { title: KOREA.title, body: KOREA.body })
    const miss = await measure('/v1/articles/korea/analysis?sentences=2')
    expect(miss.response.headers.get('x-precis-cache')).toBe('miss')
    const computed = await miss.response.text()
    // With the article gone from KV behind the API's back (no purge), only the cached copy can
    // answer: the analysis needs the article's text, and the hit reads none.
    await env.ARTICLES.delete(articleKey('korea'))
    const { response, costs: counted } = await measure('/v1/articles/korea/analysis?sentences=2')
    expect(response.headers.get('x-precis-cache')).toBe('hit')
    expect(counted).toEqual(costs({}, { match: 1 }))
    expect(await response.text()).toBe(computed)
  })

  it('adds no KV key for 1,000 GETs over 50 option combinations', async () => {
    await seedArticle('korea', { title: KOREA.title, body: KOREA.body })
    const queries = [
      ...Array.from({ length: 25 }, (_, i) => `summary?sentences=${String(i + 1)}`),
      ...Array.from({ length: 25 }, (_, i) => `analysis?quotes=${String(i)}`),
    ]
    const total = costs({})
    const seen = new Map<string, number>()
    for (let i = 0; i < 1000; i++) {
      const query = queries[i % queries.length] ?? ''
      const { response, costs: counted } = await measure(`/v1/articles/korea/${query}`)
      const cache = response.headers.get('x-precis-cache') ?? ''
      seen.set(cache, (seen.get(cache) ?? 0) + 1)
      await response.arrayBuffer()
      for (const kind of ['reads', 'writes', 'deletes', 'lists'] as const)
        total.kv[kind] += counted.kv[kind]
    }
    expect(Object.fromEntries(seen)).toEqual({ miss: 50, hit: 950 })
    expect(total.kv).toEqual({ reads: 50, writes: 0, deletes: 0, lists: 0 })
    const keys = (await env.ARTICLES.list()).keys.map((key) => key.name)
    expect(keys).toEqual(['article:v1:korea'])
  }, 120_000)
})
