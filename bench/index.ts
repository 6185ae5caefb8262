/**
 * npm run bench: engine speed (Node), HTTP throughput (wrangler dev) and the bundle, printed as
 * tables, each floor checked, and one JSON line with every figure at the end. Exits 1 when a floor
 * is missed. `--no-http` skips the HTTP part; `--http-only` skips the engine and the bundle;
 * `--requests N` sets the HTTP requests per scenario and round (6,000 by default); `--markdown`
 * also writes the run to docs/benchmarks.md.
 */
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { benchBundle } from './bundle'
import { benchColdStart } from './cold-start'
import { SIZES, benchEngine, type Stage } from './engine'
import { DEV_PAGES_DIR, benchExtraction } from './extraction'
import { DEFAULT_REQUESTS, benchHttp, type HttpScenario } from './http'
import { renderMarkdown } from './markdown'

/**
 * Engine costs are stated in multiples of the reference work timed in the same rounds
 * (bench/engine.ts), not in milliseconds, so that a limit means the same on a fast machine, a
 * slow one and this one when it is shared. Each limit sits above the multiples measured when it
 * was set, in two runs on a 2-core machine shared with other work (the busier one measured up to
 * 1.6× the quieter: a memory-bound analysis slows more than the small reference when neighbours
 * fill the caches), with headroom for that noise, not for slower code.
 */
const FLOORS = {
  /**
   * Each stage's cost per 1,000 words, at 1,000 to 20,000 words: a stage that grows slower shows
   * here even when the whole analysis still meets its limit.
   */
  splitAndSummaryPer1kWordsOverReference: 5,
  quotesPer1kWordsOverReference: 4,
  entitiesPer1kWordsOverReference: 12,
  /** The whole analysis of a 1,000-word news story, the common request (issue 15: ≤ 12×). */
  analysisAt1kWordsOverReference: 12,
  /** Time at 20,000 words over time at 1,000 (linear is 20): no stage may grow super-linearly. */
  growth20kOver1k: 25,
  /** A book-length text: its cost stays near linear, with no path that explodes on long input. */
  analysisAt100kWordsOverReference: 1500,
  /** Hostile inputs with no words to analyse, per MB: nothing in them may cost more than a scan. */
  hostilePerMBOverReference: 400,
  /**
   * Text-like hostile inputs are made of words, often denser in sentences, names or quotes than
   * news: held to a small multiple of news text per MB, which no super-linear path would meet.
   */
  hostileTextLikeOverNews: 1.5,
  cachedOverBaselineRps: 0.9,
  bundleGzipBytes: 1024 * 1024,
  /** Readability.js on linkedom time / our extraction time, over the same dev pages. */
  extractionSpeedupOverReadability: 3,
  /** Hostile pages' extraction cost per MB / the dev pages' cost per MB. */
  hostileExtractionOverDevPages: 1.5,
}

/**
 * Cold start (bench/cold-start.ts): import of the bundled engine plus its first 1,000-word analysis
 * in a fresh process, over the reference work in that process. Issue 15 asks for half its cost at
 * 9c939fb: `tsx bench/cold-start.ts --runs 15 --root <worktree of 9c939fb>` gave 377, 279, 350, 386
 * and 283 (five runs on a shared machine), the median of which is the baseline.
 */
const COLD_START_BASELINE_MULTIPLE = 350
const COLD_START_FLOORS = {
  coldStartOverReference: COLD_START_BASELINE_MULTIPLE / 2,
}

const loadAtStart = loadavg()[0] ?? 0

const checks: { floor: string; value: number; limit: number; ok: boolean }[] = []
function check(floor: string, value: number, limit: number, atLeast = false) {
  checks.push({ floor, value, limit, ok: atLeast ? value >= limit : value <= limit })
}

async function engineAndBundle() {
  const engine = await benchEngine()
  console.log('\nEngine (Node, median CPU ms per call)')
  console.table(
    Object.fromEntries(
      engine.results.map((result) => [
        `${result.words} words`,
        { ...result.ms, 'chars/s (analysis)': result.charsPerSecond },
      ]),
    ),
  )
  console.log(
    `First call in a fresh process (cold JIT): analysis of ${SIZES[0]} words in ${engine.firstCallMs} ms`,
  )
  console.log(
    '\nMachine speed: a fixed reference work timed around the analysis in every round, and the\n' +
      'whole analysis in the quarter of rounds where the machine ran fastest and slowest (sizes\n' +
      "timed in 8 rounds or more; this machine's speed varies)",
  )
  const speedRows = engine.results.flatMap(({ words, machine }) =>
    machine === undefined ? [] : [{ words, ...machine }],
  )
  console.table(
    Object.fromEntries(
      speedRows.map(({ words, referenceMs, analysisMs }) => [
        `${words} words`,
        {
          'reference ms (fast)': referenceMs.fastQuarter,
          'reference ms (slow)': referenceMs.slowQuarter,
          'slow / fast': Number((referenceMs.slowQuarter / referenceMs.fastQuarter).toFixed(2)),
          'analysis ms (fast)': analysisMs.fastQuarter,
          'analysis ms (slow)': analysisMs.slowQuarter,
        },
      ]),
    ),
  )
  console.log('\nEngine, multiples of the reference work (median over rounds of the ratio)')
  console.table(
    Object.fromEntries(
      engine.results.map((result) => [`${result.words} words`, result.overReference]),
    ),
  )
  for (const result of engine.results) {
    const per1k = (stage: Stage) => (result.overReference[stage] * 1000) / result.words
    if (result.words <= 20_000) {
      check(
        `split+summary × reference per 1k words @${result.words}`,
        per1k('summary'),
        FLOORS.splitAndSummaryPer1kWordsOverReference,
      )
      check(
        `quotes × reference per 1k words @${result.words}`,
        per1k('quotes'),
        FLOORS.quotesPer1kWordsOverReference,
      )
      check(
        `entities × reference per 1k words @${result.words}`,
        per1k('entities'),
        FLOORS.entitiesPer1kWordsOverReference,
      )
    }
  }
  const at = (words: number) => engine.results.find((result) => result.words === words)
  const first = at(SIZES[0])
  const twenty = at(20_000)
  const hundred = at(100_000)
  if (first)
    check(
      'analysis × reference @1k words',
      first.overReference.analysis,
      FLOORS.analysisAt1kWordsOverReference,
    )
  if (first && twenty)
    check('analysis growth 20k/1k', twenty.ms.analysis / first.ms.analysis, FLOORS.growth20kOver1k)
  if (hundred)
    check(
      'analysis × reference @100k words',
      hundred.overReference.analysis,
      FLOORS.analysisAt100kWordsOverReference,
    )

  // Ordinary news text, per MB: the budget of the text-like hostile inputs.
  const proseMsPerMB = engine.hostileMsPerMB.newsText
  const { symbols, overReference } = engine.hostileMsPerMB
  console.log('\nHostile inputs with no words to analyse (analysis per MB of UTF-8)')
  console.table(
    Object.fromEntries(
      Object.entries(symbols).map(([name, ms]) => [
        name,
        { 'ms/MB': ms, '× reference': overReference.symbols[name] },
      ]),
    ),
  )
  for (const [name, multiple] of Object.entries(overReference.symbols))
    check(`hostile "${name}" × reference per MB`, multiple, FLOORS.hostilePerMBOverReference)
  console.log(
    `\nText-like hostile inputs (analysis, ms per MB of UTF-8; news text: ${proseMsPerMB.toFixed(1)})`,
  )
  console.table(engine.hostileMsPerMB.textLike)
  for (const [name, ms] of Object.entries(engine.hostileMsPerMB.textLike))
    check(
      `hostile "${name}" ms/MB (≤ ${FLOORS.hostileTextLikeOverNews}× news text)`,
      ms,
      FLOORS.hostileTextLikeOverNews * proseMsPerMB,
    )

  const bundle = benchBundle()
  console.log(
    `\nBundle: ${(bundle.gzipBytes / 1024).toFixed(1)} KiB gzip, ${(bundle.rawBytes / 1024).toFixed(1)} KiB raw, import ${bundle.importMs} ms`,
  )
  check('bundle gzip bytes', bundle.gzipBytes, FLOORS.bundleGzipBytes)

  const coldStart = await benchColdStart()
  console.log(
    `\nCold start (${coldStart.runs} fresh processes, median CPU ms): import ${coldStart.importMs} + first analysis ${coldStart.firstAnalysisMs} = ${coldStart.coldMs} ms, ${coldStart.coldOverReference}× the reference work (${coldStart.referenceMs} ms)`,
  )
  check(
    'cold start / reference work',
    coldStart.coldOverReference,
    COLD_START_FLOORS.coldStartOverReference,
  )
  return { engine, bundle, coldStart }
}

/** Extraction against Readability.js over the dev pages, and hostile pages; undefined without the pages. */
function extractionBench() {
  const extraction = benchExtraction()
  if (extraction) {
    console.log(
      `\nExtraction (Node): ${extraction.pages} dev pages, ${extraction.megabytes} MB, timed page by page in alternation`,
    )
    console.table({
      ours: { 'ms total': extraction.oursMs, 'ms/page': extraction.oursMsPerPage },
      'Readability.js on linkedom': {
        'ms total': extraction.readabilityMs,
        'ms/page': extraction.readabilityMsPerPage,
      },
    })
    check(
      'extraction speed-up over Readability.js',
      extraction.speedup,
      FLOORS.extractionSpeedupOverReadability,
      true,
    )
    console.log(
      `Hostile pages (extraction, ms per MB, and × a sample of the dev pages timed in alternation; all dev pages: ${extraction.devMsPerMB} ms/MB)`,
    )
    console.table(
      Object.fromEntries(
        Object.entries(extraction.hostileMsPerMB).map(([name, ms]) => [
          name,
          { 'ms/MB': ms, '× dev pages': extraction.hostileOverDev[name] },
        ]),
      ),
    )
    for (const [name, ratio] of Object.entries(extraction.hostileOverDev))
      check(
        `hostile page "${name}" cost per MB × dev pages'`,
        ratio,
        FLOORS.hostileExtractionOverDevPages,
      )
    const { medianPage } = extraction
    console.log(
      `Extraction + analysis of the median dev page (${medianPage.name}, ${medianPage.kilobytes} kB): ${medianPage.extractAndAnalyseMs} ms = ${medianPage.multiple}× the reference work (${medianPage.referenceMs} ms in the same run)`,
    )
  } else {
    console.log(`\nExtraction: skipped, the dev pages are absent (${DEV_PAGES_DIR})`)
  }
  return extraction
}

const argument = (name: string) => {
  const index = process.argv.indexOf(name)
  return index > 0 ? process.argv[index + 1] : undefined
}
const requests = Number(argument('--requests') ?? DEFAULT_REQUESTS)
const httpOnly = process.argv.includes('--http-only')
const { engine, bundle, coldStart } = httpOnly
  ? { engine: undefined, bundle: undefined, coldStart: undefined }
  : await engineAndBundle()
const extraction = httpOnly ? undefined : extractionBench()

let http: HttpScenario[] = []
if (!process.argv.includes('--no-http')) {
  http = await benchHttp(requests)
  console.log('\nHTTP (wrangler dev, autocannon)')
  console.table(
    Object.fromEntries(
      http.map((scenario) => [
        scenario.name,
        {
          'req/s': scenario.requestsPerSecond,
          'p50 ms': scenario.p50Ms,
          'p99 ms': scenario.p99Ms,
          'vs baseline': Number(scenario.vsBaseline.toFixed(2)),
          'non-2xx': scenario.non2xx,
          errors: scenario.errors,
        },
      ]),
    ),
  )
  const cached = http[1]
  if (cached)
    check(
      'cached analysis rps / article rps',
      cached.vsBaseline,
      FLOORS.cachedOverBaselineRps,
      true,
    )
}

console.log('\nFloors')
console.table(checks.map((row) => ({ ...row, value: Number(row.value.toFixed(3)) })))
console.log(JSON.stringify({ engine, extraction, bundle, coldStart, http, floors: checks }))
if (process.argv.includes('--markdown')) {
  if (!engine) {
    console.error('--markdown writes the whole run: it cannot be combined with --http-only.')
    process.exit(2)
  }
  const file = 'docs/benchmarks.md'
  writeFileSync(file, renderMarkdown({ engine, bundle, http, floors: checks, loadAtStart }))
  execFileSync('prettier', ['--write', file], { stdio: 'ignore' })
  console.log(`Wrote ${file}.`)
}
if (checks.some((row) => !row.ok)) process.exit(1)
