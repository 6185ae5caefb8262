/**
 * HTTP throughput against `wrangler dev` on this machine: the raw article GET (the baseline, one KV
 * read), the analysis served from the edge cache (one Cache API lookup, no KV read; wrangler dev
 * implements the Cache API locally, as a custom domain would), and the analysis with the cache
 * bypassed (`Cache-Control: no-cache`: one KV read, the analysis, and a cache put),
 * each with the same number of requests and connections (autocannon), run interleaved in rounds
 * and reported as the median round, since one run alone swings by ±20% on this machine; ratios to
 * the baseline are taken within each round. Workerd and the load
 * generator share this machine's cores, so the ratios matter more than the absolute figures.
 */
import autocannon from 'autocannon'
import { readArticleFiles } from '../scripts/lib/article-files'
import { startDevServer } from '../scripts/lib/dev-server'

const PORT = 8795
const CONNECTIONS = 16
/** Requests per scenario and round; `--requests N` lowers it when the machine is busy. */
export const DEFAULT_REQUESTS = 6000
/** Scenarios run interleaved this many times; each figure is the median round. */
const ROUNDS = 5
const ARTICLE = 'korea-china-diplomats'

export interface HttpScenario {
  name: string
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  non2xx: number
  errors: number
  /**
   * Median over rounds of this scenario's req/s over the baseline's in the same round: pairing
   * runs a few seconds apart keeps the machine's drift out of the ratio.
   */
  vsBaseline: number
}

async function run(
  name: string,
  url: string,
  requests: number,
  headers: Record<string, string> = {},
): Promise<Omit<HttpScenario, 'vsBaseline'>> {
  const started = performance.now()
  let lastResponse = started
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections: CONNECTIONS, amount: requests, headers },
      (error: unknown, finished: autocannon.Result) => {
        if (error) reject(error instanceof Error ? error : new Error('autocannon failed'))
        else resolve(finished)
      },
    )
    // autocannon notices the end of a run on its one-second tick, so the run's own duration is
    // rounded up to whole seconds (up to 7% at these rates); the last response times it exactly.
    instance.on('response', () => {
      lastResponse = performance.now()
    })
  })
  const seconds = (lastResponse - started) / 1000
  return {
    name,
    requestsPerSecond: Math.round(result.requests.total / seconds),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  }
}

function medianOf<T>(items: readonly T[], value: (item: T) => number): T {
  const sorted = [...items].sort((a, b) => value(a) - value(b))
  const median = sorted[Math.floor(sorted.length / 2)]
  if (median === undefined) throw new Error('no HTTP benchmark results')
  return median
}

export async function benchHttp(requests = DEFAULT_REQUESTS): Promise<HttpScenario[]> {
  const articles = (await readArticleFiles()).flatMap(({ article }) => (article ? [article] : []))
  const server = await startDevServer({ port: PORT, articles })
  try {
    const base = `${server.url}/v1/articles/${ARTICLE}`
    await fetch(`${base}/analysis`)
    // Warm both paths once so neither pays for the first compilation of its code.
    await run('warm-up', base, requests)
    await run('warm-up', `${base}/analysis`, requests)
    const scenarios: [string, string, Record<string, string>][] = [
      ['GET article (baseline)', base, {}],
      ['GET analysis, edge-cached', `${base}/analysis`, {}],
      ['GET analysis, cache bypassed', `${base}/analysis`, { 'cache-control': 'no-cache' }],
    ]
    const rounds: Omit<HttpScenario, 'vsBaseline'>[][] = scenarios.map(() => [])
    // The dev server slows as a run goes on (its memory grows), so every other round runs the
    // scenarios in reverse order: no scenario always comes first.
    for (let round = 0; round < ROUNDS; round++) {
      const order = [...scenarios.keys()]
      if (round % 2 === 1) order.reverse()
      for (const index of order) {
        const [name, url, headers] = scenarios[index] as (typeof scenarios)[number]
        rounds[index]?.push(await run(name, url, requests, headers))
      }
    }
    const baseline = rounds[0] ?? []
    return rounds.map((results) => {
      const median = medianOf(results, (result) => result.requestsPerSecond)
      const ratios = results.map(
        (result, round) => result.requestsPerSecond / (baseline[round]?.requestsPerSecond ?? 1),
      )
      return {
        ...median,
        non2xx: results.reduce((sum, result) => sum + result.non2xx, 0),
        errors: results.reduce((sum, result) => sum + result.errors, 0),
        vsBaseline: medianOf(ratios, (ratio) => ratio),
      }
    })
  } finally {
    await server.stop()
  }
}
