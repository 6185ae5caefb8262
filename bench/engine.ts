/**
 * Engine speed in Node: median CPU milliseconds per call (cpuMs says why) for each stage at several article lengths,
 * characters per second, the growth from 1,000 to 20,000 words (linear is 20×), and the time per
 * MB on hostile inputs. Results are returned for bench/index.ts to print and check.
 */
import { performance } from 'node:perf_hooks'
import { analyze, extractEntities, findQuotes, splitText, summarize } from '../src/engine'
import { buildCorpus, hostileInputs } from './corpus'
import { cpuMs, referenceWork, warm } from './reference'

export const SIZES = [1_000, 5_000, 20_000, 100_000] as const

const STAGES = {
  split: (text: string) => splitText(text),
  summary: (text: string) => summarize(text, {}),
  quotes: (text: string) => findQuotes(text, {}),
  entities: (text: string) => extractEntities(text, {}),
  analysis: (text: string) => analyze(text, {}),
} as const

export type Stage = keyof typeof STAGES
type HostileKind = 'symbols' | 'textLike'

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** Each round's time over the reference work's time in that round. */
const overRound = (times: readonly number[], reference: readonly number[]) =>
  times.map((ms, round) => ms / (reference[round] ?? Number.NaN))

const REFERENCE_CHECKSUM = referenceWork()

/**
 * Ms of one reference work. Each call's result is checked against the first: the work is the same
 * every round, and a compiler cannot drop work whose result is read.
 */
export function timeReferenceWork(): number {
  const start = cpuMs()
  const result = referenceWork()
  const ms = cpuMs() - start
  if (result !== REFERENCE_CHECKSUM) throw new Error('the reference work gave a different result')
  return ms
}

/** The machine's speed over the rounds of one text size, by the reference work's time. */
export interface MachineSpeed {
  /** Median ms of the reference work in the quarter of rounds where it ran fastest, and slowest. */
  referenceMs: { fastQuarter: number; slowQuarter: number }
  /** Median ms of the whole analysis in those same rounds. */
  analysisMs: { fastQuarter: number; slowQuarter: number }
}

/** Fewest rounds whose quarters say anything: below it, one pause would decide "slow". */
const MIN_ROUNDS_FOR_SPEED = 8

function machineSpeed(
  reference: readonly number[],
  analysis: readonly number[],
): MachineSpeed | undefined {
  if (reference.length < MIN_ROUNDS_FOR_SPEED) return undefined
  const order = reference
    .map((_, round) => round)
    .sort((a, b) => (reference[a] ?? 0) - (reference[b] ?? 0))
  const quarter = Math.max(1, Math.floor(order.length / 4))
  const fast = order.slice(0, quarter)
  const slow = order.slice(-quarter)
  const medianOf = (values: readonly number[], rounds: readonly number[]) =>
    Number(median(rounds.map((round) => values[round] ?? 0)).toFixed(3))
  return {
    referenceMs: { fastQuarter: medianOf(reference, fast), slowQuarter: medianOf(reference, slow) },
    analysisMs: { fastQuarter: medianOf(analysis, fast), slowQuarter: medianOf(analysis, slow) },
  }
}

/**
 * Median ms of each stage over `rounds` rounds, each round timing every stage once: this machine's
 * speed drifts over seconds, and interleaving gives every stage the same share of fast and slow
 * moments, so the stages (and the whole analysis against its parts) compare fairly. Each round
 * also times the reference work around the analysis, which reads the machine's speed then.
 */
function timeStagesInterleaved(
  text: string,
  rounds: number,
): {
  ms: Record<Stage, number>
  overReference: Record<Stage, number>
  machine: MachineSpeed | undefined
} {
  const stages = Object.entries(STAGES) as [Stage, (text: string) => unknown][]
  for (const [, run] of stages) warm(() => run(text))
  warm(referenceWork)
  const times = new Map<Stage, number[]>(stages.map(([stage]) => [stage, []]))
  const reference: number[] = []
  for (let round = 0; round < rounds; round++) {
    for (const [stage, run] of stages) {
      // The machine's speed is read right before and after the whole analysis it is set against.
      const before = stage === 'analysis' ? timeReferenceWork() : 0
      const start = cpuMs()
      run(text)
      times.get(stage)?.push(cpuMs() - start)
      if (stage === 'analysis') reference.push((before + timeReferenceWork()) / 2)
    }
  }
  const ms = Object.fromEntries(
    stages.map(([stage]) => [stage, Number(median(times.get(stage) ?? []).toFixed(3))]),
  ) as Record<Stage, number>
  // Each round's time over that round's reference, then the median: the ratio of two medians
  // would pair a stage's time and a reference taken at different machine speeds.
  const overReference = Object.fromEntries(
    stages.map(([stage]) => [
      stage,
      Number(median(overRound(times.get(stage) ?? [], reference)).toFixed(2)),
    ]),
  ) as Record<Stage, number>
  return { ms, overReference, machine: machineSpeed(reference, times.get('analysis') ?? []) }
}

/** Whole analysis, ms per MB of UTF-8, per hostile input; `newsText` is the reference. */
export interface HostileResult {
  symbols: Record<string, number>
  textLike: Record<string, number>
  newsText: number
  /** The same costs per MB in multiples of the reference work timed next to each input. */
  overReference: { symbols: Record<string, number>; textLike: Record<string, number> }
}

const HOSTILE_ROUNDS = 5

/**
 * Times every hostile input and the 100,000-word news text (the reference for the
 * text-like inputs) in interleaved rounds, so that each is measured at the same machine speed.
 */
function timeHostile(newsText: string): HostileResult {
  const inputs = hostileInputs(1_000_000)
  const texts: { kind: HostileKind | 'news'; name: string; text: string }[] = [
    { kind: 'news', name: 'news text', text: newsText },
  ]
  for (const kind of ['symbols', 'textLike'] as const) {
    for (const [name, text] of Object.entries(inputs[kind])) texts.push({ kind, name, text })
  }
  // Per MB as a request carries it, in UTF-8 (a lone surrogate goes as U+FFFD).
  const encoder = new TextEncoder()
  const cases = texts.map((item) => ({ ...item, bytes: encoder.encode(item.text).length }))
  for (const { text } of cases) analyze(text, {})
  warm(referenceWork)
  const times = cases.map((): number[] => [])
  const reference = cases.map((): number[] => [])
  for (let round = 0; round < HOSTILE_ROUNDS; round++) {
    cases.forEach(({ text, bytes }, index) => {
      const before = timeReferenceWork()
      const start = cpuMs()
      analyze(text, {})
      times[index]?.push(((cpuMs() - start) * 1_000_000) / bytes)
      reference[index]?.push((before + timeReferenceWork()) / 2)
    })
  }
  const result: HostileResult = {
    symbols: {},
    textLike: {},
    newsText: 0,
    overReference: { symbols: {}, textLike: {} },
  }
  cases.forEach(({ kind, name }, index) => {
    const msPerMB = Number(median(times[index] ?? []).toFixed(1))
    if (kind === 'news') {
      result.newsText = msPerMB
      return
    }
    result[kind][name] = msPerMB
    result.overReference[kind][name] = Math.round(
      median(overRound(times[index] ?? [], reference[index] ?? [])),
    )
  })
  return result
}

const repeatsFor = (words: number) => Math.max(5, Math.round(200_000 / words))

export interface EngineResult {
  words: number
  chars: number
  ms: Record<Stage, number>
  /** Each stage's time in multiples of the reference work (median over rounds of the ratio). */
  overReference: Record<Stage, number>
  charsPerSecond: number
  /** Absent for sizes timed in too few rounds to split into quarters. */
  machine: MachineSpeed | undefined
}

export async function benchEngine(): Promise<{
  results: EngineResult[]
  firstCallMs: number
  hostileMsPerMB: HostileResult
}> {
  const results: EngineResult[] = []
  const texts = new Map<number, string>()
  for (const words of SIZES) texts.set(words, await buildCorpus(words))
  const firstStart = performance.now()
  analyze(texts.get(SIZES[0]) ?? '', {})
  const firstCallMs = Number((performance.now() - firstStart).toFixed(3))
  for (const words of SIZES) {
    const text = texts.get(words) ?? ''
    const { ms, overReference, machine } = timeStagesInterleaved(text, repeatsFor(words))
    results.push({
      words,
      chars: text.length,
      ms,
      overReference,
      charsPerSecond: Math.round(text.length / (ms.analysis / 1000)),
      machine,
    })
  }
  const hostileMsPerMB = timeHostile(texts.get(SIZES[3]) ?? '')
  return { results, firstCallMs, hostileMsPerMB }
}
