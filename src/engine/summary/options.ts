/**
 * Summary options and their resolution into a budget. Options arrive typed (the HTTP layer parses
 * and validates requests); a caller that breaks the contract gets a `RangeError`.
 */

export type SummaryOrder = 'document' | 'rank'
export type AvoidKind = 'quotes' | 'questions' | 'fragments'
/** How a selected sentence that leans on a missing previous sentence is handled. */
export type CoherencePolicy = 'add-context' | 'avoid'

export type SummaryOptions = {
  /** Number of sentences, 1..40 (default 3 when no other length is given). */
  sentences?: number
  /** Share of the article's text sentences, 0 < ratio <= 1. */
  ratio?: number
  /** Word budget: whole sentences up to this many words, at least one sentence. */
  words?: number
  /** Output order: as in the article (default) or best first. */
  order?: SummaryOrder
  /**
   * Sentences to leave out: those holding quotations, questions, fragments (fewer than five words
   * or no finite verb). Default `DEFAULT_AVOID`; an explicit list replaces it (`[]` relaxes all).
   */
  avoid?: readonly AvoidKind[]
  /**
   * `add-context` (default): a chosen sentence that opens with a dangling pronoun or connective
   * brings its antecedent sentence in when the budget allows, and is avoided otherwise. `avoid`:
   * such sentences are always passed over (unless nothing else is left).
   */
  coherence?: CoherencePolicy
}

/** By default a summary sentence is a complete statement: no question, no fragment. */
export const DEFAULT_AVOID: readonly AvoidKind[] = ['questions', 'fragments']

export const DEFAULT_SENTENCES = 3
export const MAX_SENTENCES = 40

export type Budget = { kind: 'sentences'; count: number } | { kind: 'words'; words: number }

/** Turns the length options into a budget over `available` text sentences. */
export function resolveBudget(options: SummaryOptions, available: number): Budget {
  const given = [options.sentences, options.ratio, options.words].filter((v) => v !== undefined)
  if (given.length > 1) throw new RangeError('give at most one of sentences, ratio, words')
  if (options.words !== undefined) {
    if (!Number.isInteger(options.words) || options.words < 1) {
      throw new RangeError('words must be a positive integer')
    }
    return { kind: 'words', words: options.words }
  }
  if (options.ratio !== undefined) {
    if (!(options.ratio > 0 && options.ratio <= 1)) throw new RangeError('ratio must be in (0, 1]')
    return { kind: 'sentences', count: Math.max(1, Math.round(options.ratio * available)) }
  }
  const count = options.sentences ?? DEFAULT_SENTENCES
  if (!Number.isInteger(count) || count < 1 || count > MAX_SENTENCES) {
    throw new RangeError(`sentences must be an integer from 1 to ${MAX_SENTENCES}`)
  }
  return { kind: 'sentences', count }
}
