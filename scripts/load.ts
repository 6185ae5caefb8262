/**
 * npm run load: 60 s at 64 connections against `wrangler dev` on this machine, mixing article
 * reads, analyses (the defaults and 50 option combinations, served from the edge cache after their
 * first request) and ad-hoc text analysis. Passes when there is not one connection error, timeout
 * or 5xx, no KV key was added (only article writes write KV), and workerd's memory grows over the
 * second half of the run no more than the dev server grows by itself.
 * Prints requests per second, p50/p99 latency and memory samples. `--seconds N` shortens it.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import autocannon from 'autocannon'
import { readArticleFiles } from './lib/article-files'
import { startDevServer } from './lib/dev-server'

const PORT = 8796
const CONNECTIONS = 64
const secondsArg = process.argv.indexOf('--seconds')
const DURATION_S = secondsArg > 0 ? Number(process.argv[secondsArg + 1]) : 60
const TOKEN = 'load-test-token'
/** 50 option combinations a widget or a crawler might ask for: none may add a KV key. */
const OPTION_COMBINATIONS = [
  ...Array.from({ length: 20 }, (_, i) => `summary?sentences=${String(i + 1)}`),
  ...['text', 'markdown', 'html'].flatMap((format) =>
    [1, 3, 5, 7, 9].map((sentences) => `summary?sentences=${String(sentences)}&format=${format}`),
  ),
  ...Array.from({ length: 10 }, (_, i) => `analysis?quotes=${String(i)}`),
  ...['person', 'place', 'organization', 'misc', 'date'].map((type) => `entities?types=${type}`),
]
/**
 * How much workerd's memory may grow over the second half of the run. `wrangler dev` grows by
 * itself under load: a hello-world Worker, loaded the same way, went from 1.20 to 1.39 GB (16%)
 * over the second half, so growth is judged against that, not against zero.
 */
const MEMORY_GROWTH_LIMIT = 1.25

function workerdRssKiB(rootPid: number): number {
  const pids = execFileSync('pgrep', ['-g', String(rootPid)], { encoding: 'utf8' })
    .trim()
    .split('\n')
  let total = 0
  for (const pid of pids) {
    try {
      const comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim()
      if (comm !== 'workerd') continue
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
      total += Number(rss ?? 0)
    } catch {
      // the process ended between listing and reading
    }
  }
  return total
}

const articles = (await readArticleFiles()).flatMap(({ article }) => (article ? [article] : []))
const sample = articles.find((article) => article.id === 'kelsworth-flood-inquiry') ?? articles[0]
if (!sample) throw new Error('no articles to load-test with')
const server = await startDevServer({ port: PORT, articles, vars: { ADMIN_TOKEN: TOKEN } })
const json = { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }
const requests: autocannon.Request[] = [
  { method: 'GET', path: '/v1/articles' },
  ...articles.map((article) => ({ method: 'GET' as const, path: `/v1/articles/${article.id}` })),
  ...articles.map((article) => ({
    method: 'GET' as const,
    path: `/v1/articles/${article.id}/analysis`,
  })),
  ...OPTION_COMBINATIONS.map((query) => ({
    method: 'GET' as const,
    path: `/v1/articles/${sample.id}/${query}`,
  })),
  {
    method: 'POST',
    path: '/v1/summarize',
    headers: json,
    body: JSON.stringify({ text: sample.body, sentences: 4 }),
  },
  {
    method: 'POST',
    path: '/v1/analyze',
    headers: json,
    body: JSON.stringify({ text: sample.body, title: sample.title }),
  },
  {
    method: 'POST',
    path: '/v1/quotes?limit=10',
    headers: { ...json, 'content-type': 'text/plain' },
    body: sample.body,
  },
]

const keysBefore = server.kvKeys().length
const memory: number[] = []
const rootPid = server.pid ?? 0
const sampler = setInterval(() => memory.push(workerdRssKiB(rootPid)), 5000)
try {
  const result = await autocannon({
    url: server.url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    requests,
    timeout: 10,
  })
  clearInterval(sampler)
  memory.push(workerdRssKiB(rootPid))
  const statuses: Record<string, number> = {}
  for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) {
    statuses[code] = stats.count ?? 0
  }
  const fiveHundreds = Object.entries(statuses)
    .filter(([code]) => code.startsWith('5'))
    .reduce((sum, [, count]) => sum + count, 0)
  const keysAdded = server.kvKeys().length - keysBefore
  const settled = memory[Math.floor(memory.length / 2)] ?? memory[0] ?? 0
  const last = memory.at(-1) ?? 0
  const summary = {
    seconds: DURATION_S,
    connections: CONNECTIONS,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    statuses,
    errors: result.errors,
    timeouts: result.timeouts,
    fiveHundreds,
    keysAdded,
    memoryKiB: { settled, last, max: Math.max(...memory) },
  }
  console.log(
    `${summary.requests} requests in ${DURATION_S} s at ${CONNECTIONS} connections: ${summary.requestsPerSecond} req/s, p50 ${summary.p50Ms} ms, p99 ${summary.p99Ms} ms`,
  )
  console.log(
    `status codes ${JSON.stringify(statuses)}; errors ${result.errors}; timeouts ${result.timeouts}`,
  )
  console.log(`workerd RSS (KiB) every 5 s: ${memory.join(' ')}`)
  console.log(`KV keys added during the run: ${keysAdded}`)
  console.log(JSON.stringify({ load: summary }))
  const failed =
    result.errors > 0 ||
    result.timeouts > 0 ||
    fiveHundreds > 0 ||
    keysAdded !== 0 ||
    last > settled * MEMORY_GROWTH_LIMIT
  if (failed) {
    console.error('Load test failed: errors, timeouts, 5xx, KV keys added or memory growth.')
    process.exitCode = 1
  }
} finally {
  clearInterval(sampler)
  await server.stop()
}
