/**
 * Directed sentence centrality after PacSum (Zheng & Lapata 2019, "Sentence Centrality Revisited
 * for Unsupervised Summarization"): in a similarity graph over the sentences, an edge to a later
 * sentence and an edge to an earlier one count differently. A sentence that many later sentences
 * elaborate is central; one that mostly repeats what came before is not (news states its point
 * first). Edges below `min + threshold * (max - min)` of all edge weights are dropped, as in PacSum.
 *
 * Cost: each sentence is compared with the next `window` sentences only, so the graph has at most
 * `n * window` edges and the cost is linear in the length of the text. For articles shorter than
 * the window this is exactly PacSum's full graph. Edge weights are stored as 32-bit floats.
 */
import { termPostings, type TermMatrix } from './terms'

/**
 * Most edges kept in memory (4 bytes each). Texts with more than `MAX_EDGES / window` sentences
 * (some 10,000, some 200,000 words: far beyond any article) get a proportionally narrower window.
 */
const MAX_EDGES = 400_000

export interface CentralityWeights {
  /** Weight of edges to later sentences (PacSum's λ2). */
  forward: number
  /** Weight of edges to earlier sentences (PacSum's λ1, negative in the paper's best settings). */
  backward: number
  /** Share of the edge-weight range below which an edge is dropped (PacSum's β). */
  threshold: number
  /** How many following sentences each sentence is compared with. */
  window: number
}

/**
 * Centrality per sentence, min-max scaled to [0, 1] (all zeros when every score is equal).
 * `eligible[i] === false` leaves sentence i out of the graph (boilerplate).
 */
export function directedCentrality(
  matrix: TermMatrix,
  eligible: readonly boolean[],
  weights: CentralityWeights,
): number[] {
  const n = eligible.length
  const window = Math.max(1, Math.min(weights.window, Math.floor(MAX_EDGES / Math.max(1, n))))
  // weight of the edge from i to i + 1 + k, at i * window + k; NaN where there is no edge or 0
  const edgeWeights = new Float32Array(n * window).fill(NaN)
  let min = Infinity
  let max = -Infinity
  const similaritiesOf = forwardSimilarities(matrix, window)
  const similarities = new Float64Array(window)
  const isEmpty = (row: number): boolean => matrix.offsets[row] === matrix.offsets[row + 1]
  for (let i = 0; i < n; i++) {
    if (eligible[i] !== true) continue
    similaritiesOf(i, similarities)
    const last = Math.min(n - 1, i + window)
    for (let j = i + 1; j <= last; j++) {
      if (eligible[j] !== true) continue
      // A sentence without terms has weight 0 to every other: such an edge never passes the cut,
      // since the cut is never negative, and is left unstored.
      const weight = isEmpty(i) || isEmpty(j) ? 0 : (similarities[j - i - 1] as number)
      if (weight > 0) edgeWeights[i * window + (j - i - 1)] = weight
      if (weight < min) min = weight
      if (weight > max) max = weight
    }
  }
  const cut = min + weights.threshold * (max - min)
  const toLater = new Float64Array(n)
  const toEarlier = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < window && i + k + 1 < n; k++) {
      const weight = edgeWeights[i * window + k] as number
      // NaN (no edge) fails this test too
      if (!(weight > cut)) continue
      toLater[i] = (toLater[i] as number) + weight
      toEarlier[i + k + 1] = (toEarlier[i + k + 1] as number) + weight
    }
  }
  const raw = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    raw[i] = weights.forward * (toLater[i] as number) + weights.backward * (toEarlier[i] as number)
  }
  return scaleToUnit(raw, eligible)
}

/**
 * Cosines of a sentence with the next `window` sentences, from the terms' postings: only the pairs
 * that share a term cost anything. The returned function fills `out[j - i - 1]` for sentence i and
 * each later j; rows are asked in ascending order. Each pair's products are added in ascending
 * term order, as a dot product over the sorted rows adds them, so the sums are the same to the bit.
 */
function forwardSimilarities(
  matrix: TermMatrix,
  window: number,
): (i: number, out: Float64Array) => void {
  const postings = termPostings(matrix)
  // Per term, its first posting in a row after the last one asked: rows only move forward.
  const next = postings.starts.slice(0, matrix.vocabulary)
  return (i, out) => {
    out.fill(0)
    const end = matrix.offsets[i + 1] as number
    for (let k = matrix.offsets[i] as number; k < end; k++) {
      const term = matrix.ids[k] as number
      const weight = matrix.weights[k] as number
      const stop = postings.starts[term + 1] as number
      let p = next[term] as number
      while (p < stop && (postings.rows[p] as number) <= i) p++
      next[term] = p
      for (; p < stop; p++) {
        const j = postings.rows[p] as number
        if (j > i + window) break
        out[j - i - 1] = (out[j - i - 1] as number) + weight * (postings.weights[p] as number)
      }
    }
  }
}

/** Min-max scaling over the eligible entries; ineligible entries become 0. */
function scaleToUnit(values: Float64Array, eligible: readonly boolean[]): number[] {
  let min = Infinity
  let max = -Infinity
  for (let i = 0; i < values.length; i++) {
    if (eligible[i] !== true) continue
    const v = values[i] as number
    if (v < min) min = v
    if (v > max) max = v
  }
  const range = max - min
  const scaled = new Array<number>(values.length)
  for (let i = 0; i < values.length; i++) {
    scaled[i] = eligible[i] === true && range > 0 ? ((values[i] as number) - min) / range : 0
  }
  return scaled
}
