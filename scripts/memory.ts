/**
 * npm run memory: the engine's heap against a Worker isolate's 128 MB, in Node.
 *
 * 1. Peak heap for the largest text the API accepts (MAX_TEXT_CHARS of wrangler.toml, built from
 *    the sample articles as the bench builds its texts), and for the largest page it accepts
 *    (MAX_HTML_BYTES): a page of that size whose article text is just under MAX_TEXT_CHARS, the
 *    rest page furniture (navigation lists, share bars, related links), extracted and then
 *    analysed, as a POST of text/html is. A running analysis cannot be sampled
 *    from its own thread, so the peak is found from outside: the analysis runs in a child
 *    process with a capped heap (--max-old-space-size, young generation held to 1 MB
 *    semi-spaces), and a binary search finds the smallest cap under which it completes. The
 *    heap V8 had committed right after one uncapped analysis is reported beside it.
 * 2. Growth: 10,000 analyses of the 1,000-word bench text in one process; the heap after a
 *    forced collection must stay within 1 MB of where it was after the first 100.
 * Exits 1 when the peak needs more than the isolate's 128 MB or the heap grows more than 1 MB.
 * Run with `node --expose-gc` (the npm script does).
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { getHeapStatistics } from 'node:v8'
import { buildCorpus } from '../bench/corpus'
import { analyze } from '../src/engine'
import { extractArticle } from '../src/engine/html'

const ISOLATE_MB = 128
const GROWTH_LIMIT_BYTES = 1024 * 1024
const ANALYSES = 10_000
const SETTLED_AFTER = 100
const MB = 1024 * 1024

const WRANGLER_TOML = new URL('../wrangler.toml', import.meta.url)
function configuredLimit(name: string): number {
  const pattern = new RegExp(`^${name}\\s*=\\s*"(\\d+)"`, 'm')
  const value = Number(pattern.exec(readFileSync(WRANGLER_TOML, 'utf8'))?.[1])
  if (!Number.isInteger(value)) throw new Error(`${name} not found in wrangler.toml`)
  return value
}
const maxTextChars = configuredLimit('MAX_TEXT_CHARS')
const maxHtmlBytes = configuredLimit('MAX_HTML_BYTES')

const collect = globalThis.gc
if (!collect) throw new Error('run with node --expose-gc (npm run memory)')

/** The largest accepted text: bench corpus words, cut at the last space before the limit. */
async function largestText(): Promise<string> {
  const text = await buildCorpus(Math.ceil(maxTextChars / 4))
  const cut = text.slice(0, maxTextChars)
  return cut.slice(0, cut.lastIndexOf(' '))
}

/**
 * The largest accepted page: the largest text's paragraphs (their text kept a little under the
 * limit, for the markup's entities and spacing), each followed by a block of furniture, until the
 * page is MAX_HTML_BYTES long.
 */
async function largestPage(): Promise<string> {
  const paragraphs = (await largestText()).slice(0, maxTextChars - 2000).split(/\n\s*\n/)
  const furniture =
    '<nav class="share"><ul><li><a href="/share/a">Share</a></li><li><a href="/share/b">Post</a></li></ul></nav>' +
    '<aside class="related"><a href="/story/1">Related story one</a> <a href="/story/2">Related story two</a></aside>'
  const body = paragraphs.map((paragraph) => `<p>${paragraph}</p>`)
  const head =
    '<!doctype html><html lang="en"><head><title>Largest page</title></head><body><article><h1>Largest page</h1>'
  const tail = '</article></body></html>'
  let size = bytes(head + tail) + body.reduce((sum, paragraph) => sum + bytes(paragraph), 0)
  const parts: string[] = []
  for (let i = 0; i < body.length; i++) {
    parts.push(body[i] ?? '')
    const room = maxHtmlBytes - size
    const blocks = Math.max(0, Math.floor(room / furniture.length / (body.length - i)))
    parts.push(furniture.repeat(blocks))
    size += blocks * furniture.length
  }
  return head + parts.join('') + tail
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8')

/** What a POST of the largest page costs: extraction, then the analysis of its text. */
function extractAndAnalyse(page: string): number {
  const article = extractArticle(page)
  analyze(article.text, {})
  return article.text.length
}

function heapUsed(): number {
  collect?.()
  collect?.()
  return process.memoryUsage().heapUsed
}

// Child mode: analyse the largest text (or page) once and exit 0; running out of heap kills it.
if (process.argv.includes('--child')) {
  if (process.argv.includes('--page')) extractAndAnalyse(await largestPage())
  else analyze(await largestText(), {})
  process.exit(0)
}

function completesWithin(capMb: number, input: 'text' | 'page'): boolean {
  try {
    execFileSync(
      process.execPath,
      [
        `--max-old-space-size=${capMb}`,
        '--max-semi-space-size=1',
        ...process.execArgv.filter((arg) => !arg.startsWith('--max-')),
        new URL(import.meta.url).pathname,
        '--child',
        ...(input === 'page' ? ['--page'] : []),
      ],
      { stdio: 'ignore' },
    )
    return true
  } catch {
    return false
  }
}

/** The smallest heap cap, in whole MB, under which the analysis completes (up to 1 GB). */
function smallestCap(input: 'text' | 'page'): number {
  let fails = 1
  let passes = 1024
  if (!completesWithin(passes, input)) return Infinity
  while (passes - fails > 1) {
    const middle = Math.floor((fails + passes) / 2)
    if (completesWithin(middle, input)) passes = middle
    else fails = middle
  }
  return passes
}

const text = await largestText()
const before = heapUsed()
const started = performance.now()
analyze(text, {})
const largestMs = performance.now() - started
const committedAfter = getHeapStatistics().total_heap_size
const capMb = smallestCap('text')

const page = await largestPage()
const pageStarted = performance.now()
const pageTextChars = extractAndAnalyse(page)
const pageMs = performance.now() - pageStarted
const pageCapMb = smallestCap('page')

const bench = await buildCorpus(1000)
let settled = 0
for (let i = 1; i <= ANALYSES; i++) {
  analyze(bench, {})
  if (i === SETTLED_AFTER) settled = heapUsed()
}
const after = heapUsed()
const growth = after - settled

const report = {
  maxTextChars: text.length,
  largestAnalysisMs: Math.round(largestMs),
  heapBeforeMB: Number((before / MB).toFixed(1)),
  heapCommittedAfterLargestMB: Number((committedAfter / MB).toFixed(1)),
  smallestHeapCapMB: capMb,
  maxHtmlBytes: bytes(page),
  pageTextChars,
  largestPageMs: Math.round(pageMs),
  smallestHeapCapForPageMB: pageCapMb,
  isolateMB: ISOLATE_MB,
  analyses: ANALYSES,
  heapAfter100MB: Number((settled / MB).toFixed(2)),
  heapAfter10000MB: Number((after / MB).toFixed(2)),
  growthKB: Math.round(growth / 1024),
}
console.log(
  `Largest accepted text (${text.length} chars): analysed in ${report.largestAnalysisMs} ms; completes with a heap cap of ${capMb} MB (fails at ${capMb - 1} MB); V8 had ${report.heapCommittedAfterLargestMB} MB committed after it (the isolate has ${ISOLATE_MB} MB).`,
)
console.log(
  `Largest accepted page (${report.maxHtmlBytes} bytes, ${pageTextChars} chars of article text): extracted and analysed in ${report.largestPageMs} ms; completes with a heap cap of ${pageCapMb} MB (fails at ${pageCapMb - 1} MB).`,
)
console.log(
  `Heap after forced GC: ${report.heapAfter100MB} MB after ${SETTLED_AFTER} analyses of the 1,000-word text, ${report.heapAfter10000MB} MB after ${ANALYSES} (${report.growthKB} KB growth; limit 1024 KB).`,
)
console.log(JSON.stringify({ memory: report }))
if (capMb > ISOLATE_MB || pageCapMb > ISOLATE_MB || growth > GROWTH_LIMIT_BYTES) {
  console.error('Memory floor missed.')
  process.exitCode = 1
}
