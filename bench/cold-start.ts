/**
 * Cold start: the import of the engine plus its first 1,000-word analysis in a fresh process, as
 * a multiple of the reference work timed in that same process (so the figure holds on any
 * machine). The engine is imported as a Worker gets it: src/engine bundled and minified by esbuild,
 * which wrangler uses. Each of `runs` fresh Node processes times the reference work, then the
 * import and the first analysis (bench/cold-start-probe.ts); the figure is median(cold) /
 * median(reference) over the processes, in CPU time (see the probe for why).
 *
 * `tsx bench/cold-start.ts [--root DIR] [--runs N]` measures the engine of another checkout (DIR,
 * e.g. a `git worktree` of an older commit) on this checkout's text, to compare commits.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildSync } from 'esbuild'
import { buildCorpus } from './corpus'
import { median } from './engine'

export const COLD_START_WORDS = 1_000
const DEFAULT_RUNS = 9

export interface ColdStartResult {
  runs: number
  /** Medians over the processes, in ms of CPU time. */
  referenceMs: number
  importMs: number
  firstAnalysisMs: number
  coldMs: number
  /** median(import + first analysis) / median(reference work). */
  coldOverReference: number
}

interface ProbeTimes {
  referenceMs: number[]
  importMs: number
  firstAnalysisMs: number
}

const REPOSITORY = fileURLToPath(new URL('..', import.meta.url))

export async function benchColdStart(
  root = REPOSITORY,
  runs = DEFAULT_RUNS,
): Promise<ColdStartResult> {
  const dir = mkdtempSync(join(tmpdir(), 'precis-cold-'))
  try {
    const engine = join(dir, 'engine.mjs')
    const probe = join(dir, 'probe.mjs')
    const textFile = join(dir, 'text.txt')
    const common = { bundle: true, format: 'esm', target: 'es2022', logLevel: 'error' } as const
    buildSync({
      ...common,
      entryPoints: [join(root, 'src/engine/index.ts')],
      outfile: engine,
      platform: 'neutral',
      minify: true,
    })
    buildSync({
      ...common,
      entryPoints: [join(REPOSITORY, 'bench/cold-start-probe.ts')],
      outfile: probe,
      platform: 'node',
    })
    writeFileSync(textFile, await buildCorpus(COLD_START_WORDS))
    const times: ProbeTimes[] = []
    for (let run = 0; run < runs; run++) {
      const out = execFileSync(process.execPath, [probe, engine, textFile], { encoding: 'utf8' })
      times.push(JSON.parse(out) as ProbeTimes)
    }
    const round = (value: number) => Number(value.toFixed(3))
    const referenceMs = median(times.map((time) => median(time.referenceMs)))
    const coldMs = median(times.map((time) => time.importMs + time.firstAnalysisMs))
    return {
      runs,
      referenceMs: round(referenceMs),
      importMs: round(median(times.map((time) => time.importMs))),
      firstAnalysisMs: round(median(times.map((time) => time.firstAnalysisMs))),
      coldMs: round(coldMs),
      coldOverReference: Number((coldMs / referenceMs).toFixed(1)),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argument = (name: string) => {
    const index = process.argv.indexOf(name)
    return index > 0 ? process.argv[index + 1] : undefined
  }
  const root = resolve(argument('--root') ?? REPOSITORY)
  const result = await benchColdStart(root, Number(argument('--runs') ?? DEFAULT_RUNS))
  console.log(`Cold start of ${root} (${result.runs} fresh processes, medians)`)
  console.table(result)
  console.log(JSON.stringify({ coldStart: result }))
}
