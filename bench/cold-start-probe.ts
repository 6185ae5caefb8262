/**
 * One cold start, run by bench/cold-start.ts in a fresh Node process (bundled to plain JS, so no
 * loader sits between the process and the engine): times the reference work (warmed, as the
 * engine bench times it), the import of the engine bundle plus its first analysis, and prints
 * the times as one JSON line. Arguments: the engine bundle's path, then the text file's path.
 *
 * Times are CPU time of the process (user + system), not wall time: on a shared machine a cold
 * start of a few hundred ms is descheduled many times, which wall time would count, while the
 * reference work's fraction of a ms rarely is; a Worker's limit is in CPU time too. The reference
 * is timed before the cold start only: after it, V8's compiler threads still run and their CPU
 * time would be counted to the reference work.
 */
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { cpuMs, referenceWork, warm } from './reference'

const REFERENCE_RUNS = 15

interface Engine {
  analyze: (text: string, options: object) => unknown
}

const [bundlePath, textPath] = process.argv.slice(2)
if (bundlePath === undefined || textPath === undefined) {
  throw new Error('usage: cold-start-probe <engine bundle> <text file>')
}
const text = readFileSync(textPath, 'utf8')

warm(referenceWork)
const referenceMs: number[] = []
for (let run = 0; run < REFERENCE_RUNS; run++) {
  const start = cpuMs()
  referenceWork()
  referenceMs.push(cpuMs() - start)
}

const importStart = cpuMs()
const engine = (await import(pathToFileURL(bundlePath).href)) as Engine
const importEnd = cpuMs()
engine.analyze(text, {})
const analysisEnd = cpuMs()

console.log(
  JSON.stringify({
    referenceMs,
    importMs: importEnd - importStart,
    firstAnalysisMs: analysisEnd - importEnd,
  }),
)
