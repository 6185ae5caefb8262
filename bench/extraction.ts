/**
 * Extraction speed in Node: our extractor against Readability.js on linkedom (what the dev scorer
 * runs as `--system readability`) over the same dev pages of ../shared/eval/data/extraction, timed
 * page by page in alternation so that both see the same machine speed; the cost per MB of hostile
 * pages against the dev pages', each hostile page timed in alternation with a sample of the dev
 * pages (the ratio is the median of HOSTILE_ROUNDS rounds, so that a swing in the machine's speed
 * between the two does not decide it); and extraction plus analysis of the median-sized dev page
 * as a multiple of the reference work. Without the dev pages the section is skipped and
 * says so.
 *
 * The hostile ratio is CPU time (what a Worker's limit counts; other processes on a shared machine
 * do not inflate it) and is taken before Readability.js runs: linkedom leaves hundreds of MB of
 * garbage, and a major collection of it, charged to whichever run it falls in, also throws away
 * the extractor's optimised code (docs/extraction.md, "Cost").
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { gunzipSync } from 'node:zlib'
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { analyze } from '../src/engine'
import { decodeHtml, extractArticle } from '../src/engine/html'
import { median, timeReferenceWork } from './engine'
import { cpuMs, referenceWork, warm } from './reference'

export const DEV_PAGES_DIR = new URL('../../shared/eval/data/extraction/', import.meta.url).pathname

const WARM_PAGES = 20
const MEDIAN_PAGE_RUNS = 15
const HOSTILE_ROUNDS = 7
/** Every n-th dev page (by name) is the sample timed beside each hostile page. */
const DEV_SAMPLE_STEP = 10

interface Page {
  name: string
  html: string
  bytes: number
}

function loadDevPages(): Page[] {
  const pages: Page[] = []
  const add = (name: string, file: string) => {
    const html = decodeHtml(new Uint8Array(gunzipSync(readFileSync(file))))
    pages.push({ name, html, bytes: Buffer.byteLength(html) })
  }
  const readability = join(DEV_PAGES_DIR, 'readability')
  for (const name of readdirSync(readability).sort())
    add(`readability/${name}`, join(readability, name, 'source.html.gz'))
  const trafilatura = join(DEV_PAGES_DIR, 'trafilatura')
  for (const name of readdirSync(trafilatura).sort())
    if (name.endsWith('.gz')) add(`trafilatura/${name}`, join(trafilatura, name))
  return pages
}

const PROSE =
  '<p>The council voted on Tuesday to rebuild the harbour wall, which storms damaged twice last winter.</p>'

/** Pages built to find super-linear paths in the tokenizer, the tree builder and the passes. */
function hostilePages(): Page[] {
  const pages: [string, string][] = [
    ['100,000 nested elements', `${'<div><span>'.repeat(50_000)}${PROSE}`],
    ['a 2 MB attribute', `<p title="${'x'.repeat(2_000_000)}">x</p>${PROSE}`],
    ['an unclosed comment', `${PROSE}<!-- ${'<p>never</p>'.repeat(150_000)}`],
    ['an unclosed CDATA section', `${PROSE}<![CDATA[ ${'<b>'.repeat(500_000)}`],
    ['a million character references', `<p>${'&amp;'.repeat(1_000_000)}</p>${PROSE}`],
    ['deep tables', `${'<table><tr><td>'.repeat(100_000)}${PROSE}`],
    ['a million unmatched end tags', `${PROSE}${'</em>'.repeat(1_000_000)}`],
    [
      'binary bytes',
      String.fromCharCode(...Array.from({ length: 100_000 }, (_, i) => (i * 7_919) % 256)).repeat(
        10,
      ),
    ],
    [
      '100,000 paragraphs of links',
      `<div>${'<p><a href="/x">Related headline here</a></p>'.repeat(40_000)}</div>`,
    ],
  ]
  return pages.map(([name, html]) => ({ name, html, bytes: Buffer.byteLength(html) }))
}

function readabilityText(html: string): string {
  const { document } = parseHTML(html)
  return new Readability(document).parse()?.textContent ?? ''
}

function time(run: () => unknown): number {
  const start = performance.now()
  run()
  return performance.now() - start
}

/** Milliseconds of the process's CPU time that `run` takes (reference.ts says why CPU time). */
function cpuTime(run: () => unknown): number {
  const start = cpuMs()
  run()
  return cpuMs() - start
}

/**
 * Each hostile page's cost per MB, and that cost over the dev sample's, timed in alternation
 * (median of HOSTILE_ROUNDS rounds).
 */
function benchHostile(sample: Page[]) {
  const sampleMegabytes = sample.reduce((sum, page) => sum + page.bytes, 0) / 1e6
  const timeSample = () => {
    let ms = 0
    for (const page of sample) ms += cpuTime(() => extractArticle(page.html))
    return ms / sampleMegabytes
  }
  const hostileMsPerMB: Record<string, number> = {}
  const hostileOverDev: Record<string, number> = {}
  for (const page of hostilePages()) {
    extractArticle(page.html)
    const rounds = Array.from({ length: HOSTILE_ROUNDS }, () => {
      const dev = timeSample()
      const hostile = cpuTime(() => extractArticle(page.html)) / (page.bytes / 1e6)
      return { hostile, ratio: hostile / dev }
    })
    hostileMsPerMB[page.name] = Number(median(rounds.map((round) => round.hostile)).toFixed(1))
    hostileOverDev[page.name] = Number(median(rounds.map((round) => round.ratio)).toFixed(2))
  }
  return { hostileMsPerMB, hostileOverDev }
}

export interface ExtractionResult {
  pages: number
  megabytes: number
  oursMs: number
  readabilityMs: number
  speedup: number
  oursMsPerPage: number
  readabilityMsPerPage: number
  devMsPerMB: number
  hostileMsPerMB: Record<string, number>
  /** Hostile page cost per MB / the dev sample's, CPU time in alternation (median of rounds). */
  hostileOverDev: Record<string, number>
  medianPage: {
    name: string
    kilobytes: number
    extractAndAnalyseMs: number
    referenceMs: number
    multiple: number
  }
}

export function benchExtraction(): ExtractionResult | null {
  if (!existsSync(DEV_PAGES_DIR)) return null
  const pages = loadDevPages()
  const megabytes = pages.reduce((sum, page) => sum + page.bytes, 0) / 1e6
  for (const page of pages.slice(0, WARM_PAGES)) extractArticle(page.html)
  const { hostileMsPerMB, hostileOverDev } = benchHostile(
    pages.filter((_, index) => index % DEV_SAMPLE_STEP === 0),
  )
  for (const page of pages.slice(0, WARM_PAGES)) readabilityText(page.html)
  let oursMs = 0
  let readabilityMs = 0
  for (const page of pages) {
    oursMs += time(() => extractArticle(page.html))
    readabilityMs += time(() => readabilityText(page.html))
  }
  const devMsPerMB = oursMs / megabytes
  const sorted = [...pages].sort((a, b) => a.bytes - b.bytes)
  const middle = sorted[Math.floor(sorted.length / 2)] ?? pages[0]
  if (!middle) return null
  const extractAndAnalyse = () => analyze(extractArticle(middle.html).text, {})
  warm(extractAndAnalyse)
  warm(referenceWork)
  // CPU time, as the engine's stages and the reference work are timed (reference.ts says why).
  const runs = Array.from({ length: MEDIAN_PAGE_RUNS }, () => ({
    work: cpuTime(extractAndAnalyse),
    reference: timeReferenceWork(),
  }))
  const workMs = median(runs.map((run) => run.work))
  const referenceMs = median(runs.map((run) => run.reference))
  return {
    pages: pages.length,
    megabytes: Number(megabytes.toFixed(1)),
    oursMs: Math.round(oursMs),
    readabilityMs: Math.round(readabilityMs),
    speedup: Number((readabilityMs / oursMs).toFixed(2)),
    oursMsPerPage: Number((oursMs / pages.length).toFixed(2)),
    readabilityMsPerPage: Number((readabilityMs / pages.length).toFixed(2)),
    devMsPerMB: Number(devMsPerMB.toFixed(1)),
    hostileMsPerMB,
    hostileOverDev,
    medianPage: {
      name: middle.name,
      kilobytes: Math.round(middle.bytes / 1000),
      extractAndAnalyseMs: Number(workMs.toFixed(2)),
      referenceMs: Number(referenceMs.toFixed(3)),
      multiple: Number((workMs / referenceMs).toFixed(1)),
    },
  }
}
