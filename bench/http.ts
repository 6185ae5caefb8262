/**
 * HTTP throughput against `wrangler dev` on this machine: the raw article GET (the baseline), the
 * analysis with a warm cache, and the analysis with the cache bypassed (`Cache-Control: no-cache`),
 * each with the same number of requests and connections (autocannon). Workerd and the load
 * generator share this machine's cores, so the ratios matter more than the absolute figures.
 */
import autocannon from 'autocannon'
import { readArticleFiles } from '../scripts/lib/article-files'
import { startDevServer } from '../scripts/lib/dev-server'

const PORT = 8795
const CONNECTIONS = 16
const REQUESTS = 4000
const ARTICLE = 'korea-china-diplomats'

export interface HttpScenario {
  name: string
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  non2xx: number
  errors: number
}

async function run(
  name: string,
  url: string,
  headers: Record<string, string> = {},
): Promise<HttpScenario> {
  const result = await autocannon({ url, connections: CONNECTIONS, amount: REQUESTS, headers })
  return {
    name,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  }
}

export async function benchHttp(): Promise<HttpScenario[]> {
  const articles = (await readArticleFiles()).flatMap(({ article }) => (article ? [article] : []))
  const server = await startDevServer({ port: PORT, articles })
  try {
    const base = `${server.url}/v1/articles/${ARTICLE}`
    await fetch(`${base}/analysis`)
    // Warm both paths once so neither pays for the first compilation of its code.
    await run('warm-up', base)
    await run('warm-up', `${base}/analysis`)
    return [
      await run('GET article (baseline)', base),
      await run('GET analysis, cached', `${base}/analysis`),
      await run('GET analysis, cache bypassed', `${base}/analysis`, {
        'cache-control': 'no-cache',
      }),
    ]
  } finally {
    await server.stop()
  }
}
