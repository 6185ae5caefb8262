/**
 * The fixed reference work every speed figure is set against. It shares no code with the engine
 * (string hashing and map updates, the engine's staple): its time tells how fast the machine is
 * running at that moment. Kept apart from the engine bench so that a cold-start probe can time it
 * without importing the engine.
 */
const REFERENCE_WORDS = Array.from({ length: 4_000 }, (_, i) => `w${(i * 7_919) % 1_500}x`)

export function referenceWork(): number {
  const counts = new Map<string, number>()
  let hash = 0x811c9dc5
  for (const word of REFERENCE_WORDS) {
    counts.set(word, (counts.get(word) ?? 0) + 1)
    for (let k = 0; k < word.length; k++) hash = Math.imul(hash ^ word.charCodeAt(k), 0x01000193)
  }
  return (hash ^ counts.size) >>> 0
}

/**
 * Warm-up before timing: V8 compiles hot code in tiers over the first
 * hundreds of calls, and timing during that counts the compiler, not the code. A Worker serving
 * traffic runs warm code; the cost of the very first call is reported on its own (firstCallMs).
 */
const WARM_CALLS = 3
const WARM_MS = 300

export function warm(run: () => unknown): void {
  const warmUntil = performance.now() + WARM_MS
  for (let calls = 0; calls < WARM_CALLS || performance.now() < warmUntil; calls++) run()
}

/**
 * CPU milliseconds this process has used, its threads' (the garbage collector's included). Stages
 * and the reference work are timed on it, not on the wall clock: when other processes share the
 * cores, a call of several milliseconds is paused for theirs far more often than the short
 * reference work is, and its wall time (not its cost) grows with the machine's load; CPU time
 * leaves the pauses out and still shows a slower or faster core in the reference work.
 */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}
