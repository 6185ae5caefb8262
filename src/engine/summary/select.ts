/**
 * Greedy selection under a budget with redundancy control and coherence repair.
 *
 * Redundancy: Maximal Marginal Relevance (Carbonell & Goldstein 1998): the next sentence maximises
 * `score - redundancy * max cosine to the sentences already chosen`.
 * Coherence: a candidate that opens with a dangling pronoun or connective whose antecedent (the
 * previous text sentence) is not chosen either brings the antecedent in with it, marked as added
 * for context, when the budget has room for both (policy `add-context`), or is passed over. Passed
 * over sentences, and near-duplicates of chosen ones, are used only if nothing else is left to fill
 * the budget. A word budget is filled with whole sentences that fit; when none fits, the single best
 * sentence is returned.
 */
import type { Budget, CoherencePolicy } from './options'
import { clear, denseDot, EMPTY_VECTOR, scatter, scratchFor, type TermVector } from './terms'

/** Weight of the redundancy penalty in MMR. */
export const DEFAULT_REDUNDANCY = 0.3
/**
 * Most candidates passed over (too long for the word budget, or dangling) before the selection
 * stops looking for better ones; keeps the selection linear in the number of sentences.
 */
const MAX_SKIPS = 64
/**
 * A candidate this similar (cosine) to a chosen sentence is a near-duplicate (wire copy repeated,
 * a lede restated with "officials said") and is used only if nothing else is left.
 */
const DUPLICATE_SIMILARITY = 0.7

export interface SelectionInput {
  scores: readonly number[]
  vectors: readonly TermVector[]
  wordCounts: readonly number[]
  /** Sentences that may be chosen on their own merit. */
  candidates: readonly boolean[]
  /** Index of the sentence that sentence i leans on, or -1 (asked only for picked sentences). */
  antecedentOf: (i: number) => number
  budget: Budget
  policy: CoherencePolicy
  redundancy: number
}

export interface Selection {
  /** Chosen sentence indexes in the order they were chosen. */
  chosen: number[]
  /** Chosen only to give context to a dangling sentence. */
  addedForContext: Set<number>
  /** Dangling sentences that were passed over and are not in the summary. */
  avoided: number[]
}

export function selectSentences(input: SelectionInput): Selection {
  const { scores, vectors, wordCounts, candidates, antecedentOf, budget, policy } = input
  const { redundancy } = input
  const n = scores.length
  const chosenSet = new Set<number>()
  const chosen: number[] = []
  const addedForContext = new Set<number>()
  const passedOver = new Set<number>()
  const maxSimilarity = new Array<number>(n).fill(0)
  const scratch = scratchFor(vectors)
  let words = 0

  const fits = (extraSentences: number, extraWords: number): boolean => {
    if (budget.kind === 'sentences') return chosen.length + extraSentences <= budget.count
    return words + extraWords <= budget.words
  }
  const take = (i: number): void => {
    chosen.push(i)
    chosenSet.add(i)
    words += wordCounts[i] ?? 0
    const vi = vectors[i]
    if (vi === undefined) return
    scatter(vi, scratch)
    for (let j = 0; j < n; j++) {
      if (candidates[j] !== true || chosenSet.has(j)) continue
      const similarity = denseDot(vectors[j] ?? EMPTY_VECTOR, scratch)
      if (similarity > (maxSimilarity[j] ?? 0)) maxSimilarity[j] = similarity
    }
    clear(vi, scratch)
  }
  const best = (allowPassedOver: boolean, excluded: ReadonlySet<number>): number => {
    let bestIndex = -1
    let bestValue = -Infinity
    for (let i = 0; i < n; i++) {
      if (candidates[i] !== true || chosenSet.has(i) || excluded.has(i)) continue
      const duplicate = (maxSimilarity[i] ?? 0) >= DUPLICATE_SIMILARITY
      if ((passedOver.has(i) || duplicate) && !allowPassedOver) continue
      const value = (scores[i] ?? 0) - redundancy * (maxSimilarity[i] ?? 0)
      if (value > bestValue) {
        bestValue = value
        bestIndex = i
      }
    }
    return bestIndex
  }

  // Sentences that do not fit a word budget are skipped for good; smaller ones may still fit.
  const tooLong = new Set<number>()
  for (;;) {
    if (budget.kind === 'sentences' && chosen.length >= budget.count) break
    const patient = tooLong.size + passedOver.size < MAX_SKIPS
    let i = patient ? best(false, tooLong) : -1
    const fallback = i < 0
    if (fallback) i = best(true, tooLong)
    if (i < 0) break
    if (!fits(1, wordCounts[i] ?? 0)) {
      if (!patient) break
      tooLong.add(i)
      continue
    }
    const antecedent = antecedentOf(i)
    if (!fallback && antecedent >= 0 && !chosenSet.has(antecedent)) {
      const room = fits(2, (wordCounts[i] ?? 0) + (wordCounts[antecedent] ?? 0))
      if (policy === 'add-context' && room && candidates[antecedent] === true) {
        take(antecedent)
        addedForContext.add(antecedent)
      } else {
        passedOver.add(i)
        continue
      }
    }
    take(i)
  }
  // A word budget smaller than every sentence still gets one whole sentence: the best.
  if (chosen.length === 0) {
    const first = best(true, new Set())
    if (first >= 0) take(first)
  }
  const avoided = [...passedOver].filter((i) => !chosenSet.has(i)).sort((a, b) => a - b)
  return { chosen, addedForContext, avoided }
}
