/**
 * What deploys is what is tested: builds the bundle `wrangler deploy` would upload, runs it in
 * Miniflare with the bindings and variables of wrangler.toml (read through wrangler's own config
 * reader, so a binding renamed or a limit changed there is seen here), and exercises it over HTTP.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Miniflare } from 'miniflare'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { unstable_readConfig } from 'wrangler'
import { z } from 'zod'
import { BUNDLE_BUDGET_GZIP_BYTES, buildWorker, type WorkerBundle } from '../../scripts/lib/bundle'
import { WIDGET_SCRIPT } from '../../src/widget/script'

const ADMIN_TOKEN = 'deploy-test-token'

/** The parts of wrangler.toml the Worker depends on (wrangler's own types for it are not public). */
const WranglerConfig = z.object({
  name: z.string(),
  compatibility_date: z.string(),
  compatibility_flags: z.array(z.string()),
  vars: z.record(z.string(), z.string()),
  kv_namespaces: z.array(z.object({ binding: z.string() })),
  ratelimits: z
    .array(
      z.object({
        name: z.string(),
        namespace_id: z.string(),
        simple: z.object({ limit: z.number(), period: z.union([z.literal(10), z.literal(60)]) }),
      }),
    )
    .length(1),
  assets: z
    .object({
      directory: z.string(),
      run_worker_first: z.union([z.boolean(), z.array(z.string())]).optional(),
    })
    .optional(),
})

const config = WranglerConfig.parse(
  unstable_readConfig({ config: 'wrangler.toml' }, { hideWarnings: true }),
)
const { vars } = config
const [limiter] = config.ratelimits

let outdir: string | undefined
let bundle: WorkerBundle | undefined
let miniflare: Miniflare | undefined
let origin: URL | undefined

/** How Miniflare reads each kind of module wrangler writes (by file extension). */
const MODULE_TYPES = new Map([
  ['js', 'esm'],
  ['mjs', 'esm'],
  ['json', 'json'],
  ['wasm', 'wasm'],
  ['txt', 'text'],
  ['bin', 'data'],
] as const)

function manifest(built: WorkerBundle) {
  const modules = built.modules.map((name) => {
    const type = MODULE_TYPES.get(name.slice(name.lastIndexOf('.') + 1) as 'js')
    if (!type) throw new Error(`no module type for ${name}`)
    return [name, { type, contents: readFileSync(join(built.outdir, name)) }] as const
  })
  const [main] = built.modules
  if (!main) throw new Error('wrangler built no module')
  return { mainModule: main, modules: Object.fromEntries(modules) }
}

/** The bindings of wrangler.toml, as Miniflare takes them; plus the secret, which is not in it. */
function bindingsOf(wrangler: z.infer<typeof WranglerConfig>) {
  return {
    ...Object.fromEntries(
      wrangler.kv_namespaces.map(({ binding }) => [binding, { type: 'kv' as const }]),
    ),
    ...Object.fromEntries(
      wrangler.ratelimits.map(({ name, namespace_id, simple }) => [
        name,
        {
          type: 'rate-limit' as const,
          namespace: namespace_id,
          simple: { limit: simple.limit, period: simple.period },
        },
      ]),
    ),
    ...Object.fromEntries(
      Object.entries(vars).map(([name, value]) => [name, { type: 'text' as const, value }]),
    ),
    // A secret: set with `wrangler secret put`, never in wrangler.toml.
    ADMIN_TOKEN: { type: 'text' as const, value: ADMIN_TOKEN },
  }
}

beforeAll(async () => {
  outdir = mkdtempSync(join(tmpdir(), 'precis-bundle-'))
  bundle = buildWorker(outdir)
  miniflare = new Miniflare({
    cf: false,
    workers: [
      {
        config: {
          name: config.name,
          compatibilityDate: config.compatibility_date,
          compatibilityFlags: config.compatibility_flags,
          manifest: manifest(bundle),
          env: bindingsOf(config),
          ...(config.assets && {
            assets: {
              directory: config.assets.directory,
              runWorkerFirst: config.assets.run_worker_first,
              hasUserWorker: true,
            },
          }),
        },
      },
    ],
  })
  origin = await miniflare.ready
})

afterAll(async () => {
  await miniflare?.dispose()
  if (outdir) rmSync(outdir, { recursive: true, force: true })
})

function call(path: string, init?: RequestInit): Promise<Response> {
  if (!origin) throw new Error('Miniflare did not start')
  return fetch(new URL(path, origin), init)
}

const adminHeaders = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' }

const ARTICLE = {
  title: 'Harbour ferry returns after storm repairs',
  body: [
    'The Kelport ferry sailed again on Monday after three weeks of storm repairs.',
    '“The hull held up better than anyone hoped,” said Mara Holt, the harbour master.',
    'Repairs cost more than planned, the Kelport Harbour Board said in a statement.',
  ].join('\n\n'),
}

describe('the deploy bundle in Miniflare', () => {
  it('is a single module within its budget', () => {
    expect(bundle?.modules).toEqual(['index.js'])
    expect(bundle?.gzipBytes).toBeLessThanOrEqual(BUNDLE_BUDGET_GZIP_BYTES)
  })

  it('stores an article with the admin token and refuses it without', async () => {
    const body = JSON.stringify(ARTICLE)
    const refused = await call('/v1/articles/ferry', { method: 'PUT', body })
    expect(refused.status).toBe(401)
    const created = await call('/v1/articles/ferry', { method: 'PUT', headers: adminHeaders, body })
    expect(created.status).toBe(201)
    const stored = (await created.json()) as { version: string; language: string }
    expect(stored.language).toBe('en')

    const read = await call('/v1/articles/ferry')
    expect(read.status).toBe(200)
    expect(read.headers.get('etag')).toBe(`"${stored.version}"`)
    const etag = read.headers.get('etag') ?? ''
    const again = await call('/v1/articles/ferry', { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)
    const list = (await (await call('/v1/articles')).json()) as { articles: { id: string }[] }
    expect(list.articles.map(({ id }) => id)).toContain('ferry')
  })

  it('analyses a stored article, then serves it from the KV cache and revalidates with 304', async () => {
    const body = JSON.stringify({ ...ARTICLE, title: 'Ferry back in service' })
    await call('/v1/articles/cached', { method: 'PUT', headers: adminHeaders, body })
    // Not a default option set, so the write did not precompute it: the first read is a miss.
    const path = '/v1/articles/cached/analysis?sentences=2'
    const first = await call(path)
    expect(first.status).toBe(200)
    expect(first.headers.get('x-precis-cache')).toBe('miss')
    const analysis = (await first.json()) as {
      summary: { sentences: unknown[] }
      quotes: { speaker: { name: string } | null }[]
      entities: { name: string }[]
    }
    expect(analysis.summary.sentences).toHaveLength(2)
    expect(analysis.quotes[0]?.speaker?.name).toBe('Mara Holt')
    expect(analysis.entities.map(({ name }) => name)).toContain('Mara Holt')
    // The cache write runs after the response (waitUntil).
    await expect
      .poll(async () => (await call(path)).headers.get('x-precis-cache'), { timeout: 10_000 })
      .toBe('hit')
    const etag = first.headers.get('etag') ?? ''
    const revalidated = await call(path, { headers: { 'if-none-match': etag } })
    expect(revalidated.status).toBe(304)
  })

  it('serves the widget script', async () => {
    const response = await call('/widget.js')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await response.text()).toBe(WIDGET_SCRIPT)
    const etag = response.headers.get('etag') ?? ''
    expect((await call('/widget.js', { headers: { 'if-none-match': etag } })).status).toBe(304)
  })

  it('applies the body and text limits of wrangler.toml', async () => {
    const maxBody = Number(vars.MAX_BODY_BYTES)
    const maxText = Number(vars.MAX_TEXT_CHARS)
    const big = JSON.stringify({ title: 'Big', body: 'x'.repeat(maxBody) })
    const put = await call('/v1/articles/big', { method: 'PUT', headers: adminHeaders, body: big })
    expect(put.status).toBe(413)
    const text = 'A sentence of words. '.repeat(Math.ceil(maxText / 21))
    expect(text.length).toBeGreaterThan(maxText)
    const post = await call('/v1/summarize', {
      method: 'POST',
      headers: adminHeaders,
      body: JSON.stringify({ text }),
    })
    expect(post.status).toBe(413)
  })

  it(
    'rate-limits the text endpoints with the limiter of wrangler.toml',
    { timeout: 90_000 },
    async () => {
      expect(vars.TEXT_RATE_LIMIT).toBe('on')
      const summarize = () =>
        call('/v1/summarize', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'cf-connecting-ip': '203.0.113.9' },
          body: JSON.stringify({ text: 'The ferry sailed again. Repairs cost more than planned.' }),
        })
      const limit = limiter?.simple.limit ?? 0
      // Miniflare aligns windows to the clock: when little of this one is left, wait for the
      // next, so the whole budget is spent inside one window.
      const window = (limiter?.simple.period ?? 60) * 1000
      const left = window - (Date.now() % window)
      if (left < 15_000) await new Promise((resolve) => setTimeout(resolve, left + 50))
      const statuses: number[] = []
      for (let i = 0; i < limit; i++) statuses.push((await summarize()).status)
      expect(statuses.every((status) => status === 200)).toBe(true)
      const refused = await summarize()
      expect(refused.status).toBe(429)
      expect(refused.headers.get('retry-after')).toBe(String(limiter?.simple.period))
    },
  )
})
