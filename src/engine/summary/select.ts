/**
 * Greedy selection under a budget with redundancy control and coherence repair.
 *
 * Redundancy: Maximal Marginal Relevance (Carbonell & Goldstein 1998): the next sentence maximises
 * `score - redundancy * max cosine to the sentences already chosen`.
 * Coherence: a candidate that opens with a dangling pronoun or connective whose antecedent (the
 * previous text sentence) is not chosen either brings the antecedent in with it, marked as added
 * for context, when the budget has room for both (policy `add-context`), or is passed over; so is
 * one that leans on text the article does not hold (a story copied from its middle). Passed
 * over sentences, and near-duplicates of chosen ones, are used only if nothing else is left to fill
 * the budget. A word budget is filled with whole sentences that fit; when none fits, the single best
 * sentence is returned.
 */
import type { Budget, CoherencePolicy } from './options'
import { clearRow, dotRow, scatterRow, scratchFor, type TermMatrix } from './terms'

/** What `antecedentOf` answers for a sentence whose referent is nowhere before it. */
export const MISSING_ANTECEDENT = -2

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
  matrix: TermMatrix
  wordCounts: readonly number[]
  /** Sentences that may be chosen on their own merit. */
  candidates: readonly boolean[]
  /**
   * Index of the sentence that sentence i leans on, -1 when it stands alone, or
   * `MISSING_ANTECEDENT` when it leans on text the article does not hold (asked only for picked
   * sentences).
   */
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
  const { scores, matrix, wordCounts, candidates, antecedentOf, budget, policy } = input
  const { redundancy } = input
  const n = scores.length
  // Flags per sentence in typed arrays: every pick scans all sentences, so lookups must be cheap.
  const isChosen = new Uint8Array(n)
  const isPassedOver = new Uint8Array(n)
  const isTooLong = new Uint8Array(n)
  const chosen: number[] = []
  const addedForContext = new Set<number>()
  const passedOver: number[] = []
  let tooLongCount = 0
  const maxSimilarity = new Float64Array(n)
  const scratch = scratchFor(matrix)
  let words = 0

  const fits = (extraSentences: number, extraWords: number): boolean => {
    if (budget.kind === 'sentences') return chosen.length + extraSentences <= budget.count
    return words + extraWords <= budget.words
  }
  const take = (i: number): void => {
    chosen.push(i)
    isChosen[i] = 1
    words += wordCounts[i] ?? 0
    scatterRow(matrix, i, scratch)
    for (let j = 0; j < n; j++) {
      if (candidates[j] !== true || isChosen[j] === 1) continue
      const similarity = dotRow(matrix, j, scratch)
      if (similarity > (maxSimilarity[j] as number)) maxSimilarity[j] = similarity
    }
    clearRow(matrix, i, scratch)
  }
  const best = (allowPassedOver: boolean, skipTooLong: boolean): number => {
    let bestIndex = -1
    let bestValue = -Infinity
    for (let i = 0; i < n; i++) {
      if (candidates[i] !== true || isChosen[i] === 1 || (skipTooLong && isTooLong[i] === 1)) {
        continue
      }
      const similarity = maxSimilarity[i] as number
      const duplicate = similarity >= DUPLICATE_SIMILARITY
      if ((isPassedOver[i] === 1 || duplicate) && !allowPassedOver) continue
      const value = (scores[i] ?? 0) - redundancy * similarity
      if (value > bestValue) {
        bestValue = value
        bestIndex = i
      }
    }
    return bestIndex
  }

  // Sentences that do not fit a word budget are skipped for good; smaller ones may still fit.
  for (;;) {
    if (budget.kind === 'sentences' && chosen.length >= budget.count) break
    const patient = tooLongCount + passedOver.length < MAX_SKIPS
    let i = patient ? best(false, true) : -1
    const fallback = i < 0
    if (fallback) i = best(true, true)
    if (i < 0) break
    if (!fits(1, wordCounts[i] ?? 0)) {
      if (!patient) break
      isTooLong[i] = 1
      tooLongCount++
      continue
    }
    const antecedent = antecedentOf(i)
    const missing = antecedent === MISSING_ANTECEDENT
    if (!fallback && (missing || (antecedent >= 0 && isChosen[antecedent] !== 1))) {
      const room = fits(2, (wordCounts[i] ?? 0) + (wordCounts[antecedent] ?? 0))
      if (!missing && policy === 'add-context' && room && candidates[antecedent] === true) {
        take(antecedent)
        addedForContext.add(antecedent)
      } else {
        if (isPassedOver[i] !== 1) passedOver.push(i)
        isPassedOver[i] = 1
        continue
      }
    }
    take(i)
  }
  // A word budget smaller than every sentence still gets one whole sentence: the best.
  if (chosen.length === 0) {
    const first = best(true, false)
    if (first >= 0) take(first)
  }
  const avoided = passedOver.filter((i) => isChosen[i] !== 1).sort((a, b) => a - b)
  return { chosen, addedForContext, avoided }
}
