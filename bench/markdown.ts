/**
 * `npm run bench -- --markdown`: the figures of one bench run as docs/benchmarks.md, dated and
 * with the machine it ran on (CPU model, cores, Node version), so every speed figure the docs
 * quote comes from a file a reader can regenerate with the same command.
 */
import { cpus, loadavg, platform, release, totalmem } from 'node:os'
import type { BundleResult } from './bundle'
import type { EngineResult, HostileResult } from './engine'
import type { HttpScenario } from './http'

export interface BenchRun {
  engine: { results: EngineResult[]; firstCallMs: number; hostileMsPerMB: HostileResult }
  bundle: BundleResult
  http: HttpScenario[]
  floors: { floor: string; value: number; limit: number; ok: boolean }[]
  /** The one-minute load average when the run started: other work on the machine slows it. */
  loadAtStart: number
}

function table(header: string[], rows: (string | number)[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n')
}

const ms = (value: number) => value.toFixed(2)
const thousands = (value: number) => value.toLocaleString('en-US')

function machine(): string {
  const cores = cpus()
  const gib = (totalmem() / 1024 ** 3).toFixed(0)
  return `${cores[0]?.model.trim() ?? 'unknown CPU'}, ${cores.length} cores, ${gib} GiB, Node ${process.version}, ${platform()} ${release()}`
}

export function renderMarkdown(run: BenchRun, date = new Date()): string {
  const { results, firstCallMs, hostileMsPerMB } = run.engine
  const news = hostileMsPerMB.newsText
  const sections = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench -- --markdown\` on ${date.toISOString().slice(0, 10)}, on ${machine()}. Run the same command to measure your machine; each figure below is one run's.`,
    '',
    `Load average (one minute) at the start of the run: ${run.loadAtStart.toFixed(1)}; at the end: ${(loadavg()[0] ?? 0).toFixed(1)}. Above the number of cores, other work shared the machine and the times are slower than the code's.`,
    '',
    'Engine stages are timed in Node on warm code, in CPU time, interleaved over rounds, and reported as medians (bench/engine.ts says why). Each stage includes the sentence split.',
    '',
    '## Engine, median CPU ms per call',
    '',
    table(
      ['words', 'split', 'summary', 'quotes', 'entities', 'whole analysis', 'chars/s (analysis)'],
      results.map((result) => [
        thousands(result.words),
        ms(result.ms.split),
        ms(result.ms.summary),
        ms(result.ms.quotes),
        ms(result.ms.entities),
        ms(result.ms.analysis),
        thousands(result.charsPerSecond),
      ]),
    ),
    '',
    '## Engine, multiples of the reference work',
    '',
    "Each stage's time over the reference work's time in the same round (median over rounds): the figures the floors are stated in, comparable across machines.",
    '',
    table(
      ['words', 'split', 'summary', 'quotes', 'entities', 'whole analysis'],
      results.map(({ words, overReference }) => [
        thousands(words),
        ...(['split', 'summary', 'quotes', 'entities', 'analysis'] as const).map((stage) =>
          overReference[stage].toFixed(1),
        ),
      ]),
    ),
    '',
    `First analysis in a fresh process (compiling the engine, decoding the entity model), ${thousands(results[0]?.words ?? 0)} words: ${ms(firstCallMs)} ms.`,
    '',
    '## Machine speed during the run',
    '',
    'A fixed reference work (no engine code) is timed around the analysis in every round; the rows show it and the analysis in the quarter of rounds where the machine ran fastest and slowest.',
    '',
    table(
      [
        'words',
        'reference ms (fast ¼)',
        'reference ms (slow ¼)',
        'analysis ms (fast ¼)',
        'analysis ms (slow ¼)',
      ],
      results.flatMap(({ words, machine: speed }) =>
        speed === undefined
          ? []
          : [
              [
                thousands(words),
                speed.referenceMs.fastQuarter.toFixed(3),
                speed.referenceMs.slowQuarter.toFixed(3),
                ms(speed.analysisMs.fastQuarter),
                ms(speed.analysisMs.slowQuarter),
              ],
            ],
      ),
    ),
    '',
    '## Hostile inputs, whole analysis, ms per MB of UTF-8',
    '',
    `News text in the same rounds: ${news.toFixed(0)} ms per MB.`,
    '',
    table(
      ['input with no words to analyse', 'ms per MB', '× reference per MB'],
      Object.entries(hostileMsPerMB.symbols).map(([name, value]) => [
        name,
        value.toFixed(0),
        hostileMsPerMB.overReference.symbols[name] ?? '',
      ]),
    ),
    '',
    table(
      ['text-like input', 'ms per MB', 'vs news text'],
      Object.entries(hostileMsPerMB.textLike).map(([name, value]) => [
        name,
        value.toFixed(0),
        (value / news).toFixed(2),
      ]),
    ),
    '',
    '## Bundle',
    '',
    `${(run.bundle.gzipBytes / 1024).toFixed(1)} KiB gzip, ${(run.bundle.rawBytes / 1024).toFixed(1)} KiB raw; importing it in Node takes ${ms(run.bundle.importMs)} ms (median of 5 fresh processes).`,
    '',
    ...(run.http.length > 0
      ? [
          '## HTTP against wrangler dev (autocannon)',
          '',
          table(
            ['request', 'req/s', 'p50 ms', 'p99 ms', 'vs baseline', 'non-2xx', 'errors'],
            run.http.map((scenario) => [
              scenario.name,
              scenario.requestsPerSecond,
              scenario.p50Ms,
              scenario.p99Ms,
              scenario.vsBaseline.toFixed(2),
              scenario.non2xx,
              scenario.errors,
            ]),
          ),
          '',
        ]
      : []),
    '## Floors',
    '',
    table(
      ['floor', 'value', 'limit', 'met'],
      run.floors.map((row) => [
        row.floor.replaceAll('|', '\\|'),
        Number(row.value.toFixed(3)),
        Number(row.limit.toFixed(3)),
        row.ok ? 'yes' : '**no**',
      ]),
    ),
    '',
  ]
  return sections.join('\n')
}
