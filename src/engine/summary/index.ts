/**
 * Extractive summaries of news articles: the public face of the summary engine.
 *
 * Pipeline: split the text once (paragraphs, sentences), drop furniture and structure (headings,
 * list rows), keep complete statements (`avoid`, by default no questions and no fragments), read
 * the kind of article (`genre.ts`), score the sentences (`rank.ts`: PacSum directed centrality,
 * a lead prior weighted by the article's kind, title overlap, length; findings first in a report on
 * research, `findings.ts`), choose under the budget with
 * MMR redundancy control and coherence repair (`select.ts`), then order the result and trim
 * datelines and time stamps from the returned spans (`trim.ts`). Deterministic: no randomness, ties go to the earlier sentence, scores are rounded.
 */
import type { Sentence } from '../types'
import { findBoilerplate, type BoilerplateMarks } from '../text/boilerplate'
import { splitText, type SplitText } from '../text/sentences'
import { countWords } from '../text/words'
import { isAvoided } from './avoid'
import { danglingOpener, unnamedPerson } from './coherence'
import { adaptToFindings } from './findings'
import { adaptScores, articleKind, weightsFor, type ArticleKind } from './genre'
import { DEFAULT_AVOID, resolveBudget, type CoherencePolicy, type SummaryOptions } from './options'
import { DEFAULT_RANKING, rankSentences, type RankingWeights } from './rank'
import { renderSummary, type SummaryFormat } from './render'
import { DEFAULT_REDUNDANCY, MISSING_ANTECEDENT, selectSentences } from './select'
import { leadingTrim } from './trim'

export type { SummaryOptions, SummaryOrder, AvoidKind, CoherencePolicy } from './options'
export { DEFAULT_AVOID } from './options'
export type { ArticleKind } from './genre'
export type { SummaryFormat } from './render'
export { renderSummary } from './render'

export const SUMMARY_ALGORITHM = 'precis-pacsum@1'

/** Most chosen sentences ranked by counting rather than by sorting every sentence. */
const RANK_BY_COUNTING = 8

/** Decimal places kept in scores, so that output bytes do not depend on float noise. */
const SCORE_DECIMALS = 4

export interface SummarySentence extends Sentence {
  /** Salience score (higher is more salient), rounded. */
  score: number
  /** 1 for the most salient text sentence of the article. */
  rank: number
  /** True when the sentence was brought in only as the antecedent of a dangling sentence. */
  addedForContext: boolean
}

export interface SummaryResult {
  sentences: SummarySentence[]
  /** The chosen sentences as one plain-text paragraph. */
  summary: string
  stats: {
    /** Sentences and words in the summary. */
    sentences: number
    words: number
    /** Text sentences (boilerplate excluded) and words in the article. */
    articleSentences: number
    articleWords: number
  }
  /** The length asked for: a sentence count (from `sentences` or `ratio`) or a word budget. */
  requested: { sentences: number } | { words: number }
  /**
   * True when the article is shorter than asked (fewer usable sentences, or fewer words than the
   * budget), so everything usable is returned.
   */
  truncated: boolean
  coherence: {
    policy: CoherencePolicy
    /** Indexes of sentences brought in as antecedents (also flagged `addedForContext`). */
    added: number[]
    /** Indexes of dangling sentences passed over because their antecedent was missing. */
    avoided: number[]
  }
  /** The kind of article read from the text, which sets how much its opening counts. */
  kind: ArticleKind
  algorithm: string
}

/** The tuned constants of the method, overridable for tuning runs on the dev sets. */
export interface SummaryTuning {
  ranking: RankingWeights
  /** Weight of the MMR redundancy penalty. */
  redundancy: number
}

export const DEFAULT_TUNING: SummaryTuning = {
  ranking: DEFAULT_RANKING,
  redundancy: DEFAULT_REDUNDANCY,
}

/** A split text, optionally with its boilerplate already marked (the combined analysis). */
export type SummaryInput = SplitText & { boilerplate?: BoilerplateMarks }

/**
 * Summarises a text.
 *
 * @example
 * summarize(articleText, { sentences: 2 }, 'Talks resume').sentences.map((s) => s.text)
 */
export function summarize(
  text: string,
  options: SummaryOptions = {},
  title?: string,
): SummaryResult {
  return summarizeSentences(splitText(text), options, title)
}

/** Summarises an already split text, so that a combined analysis splits it only once. */
export function summarizeSentences(
  input: SummaryInput,
  options: SummaryOptions = {},
  title?: string,
  tuning: SummaryTuning = DEFAULT_TUNING,
): SummaryResult {
  const { sentences } = input
  const boilerplate = input.boilerplate ?? findBoilerplate(input)
  const avoid = options.avoid ?? DEFAULT_AVOID
  const n = sentences.length
  const texts = new Array<string>(n)
  const wordCounts = new Array<number>(n)
  const isText = new Array<boolean>(n)
  const candidates = new Array<boolean>(n)
  // One pass over the sentences: texts with hundreds of thousands of them must stay cheap.
  let available = 0
  let articleWords = 0
  let candidateWords = 0
  for (let i = 0; i < n; i++) {
    const text = (sentences[i] as Sentence).text
    const words = countWords(text)
    const textual = boilerplate.sentences[i] === null
    const candidate = textual && (avoid.length === 0 || !isAvoided(text, avoid))
    texts[i] = text
    wordCounts[i] = words
    isText[i] = textual
    candidates[i] = candidate
    if (textual) articleWords += words
    if (candidate) {
      available++
      candidateWords += words
    }
  }
  if (available === 0 && options.avoid === undefined) {
    // Nothing complete to offer (a list, a text of fragments): the default filter gives way, so
    // that a text with sentences never gets an empty summary unless the caller asked for one.
    for (let i = 0; i < n; i++) candidates[i] = isText[i] === true
    available = isText.reduce((count, textual) => count + (textual ? 1 : 0), 0)
    candidateWords = articleWords
  }
  const budget = resolveBudget(options, available)
  const policy = options.coherence ?? 'add-context'

  const coverage =
    budget.kind === 'sentences'
      ? budget.count / Math.max(1, available)
      : budget.words / Math.max(1, articleWords)
  const kind = articleKind(texts, boilerplate.sentences)
  const ranked = rankSentences(
    texts,
    wordCounts,
    isText,
    title,
    coverage,
    weightsFor(kind, tuning.ranking),
  )
  adaptScores(kind, ranked.scores, texts, sentences, isText)
  adaptToFindings(ranked.scores, texts, isText, title)
  const selection = selectSentences({
    scores: ranked.scores,
    matrix: ranked.matrix,
    wordCounts,
    candidates,
    antecedentOf: (i) => antecedentOf(i, texts, isText),
    budget,
    policy,
    redundancy: tuning.redundancy,
  })

  const ranks = rankOrder(ranked.scores, isText, selection.chosen)
  const ordered =
    options.order === 'rank'
      ? [...selection.chosen].sort((a, b) => (ranks[a] ?? 0) - (ranks[b] ?? 0))
      : [...selection.chosen].sort((a, b) => a - b)
  const chosen: SummarySentence[] = ordered.map((i) => {
    const sentence = sentences[i] as Sentence
    const fused = boilerplate.prefixes[i]?.length ?? 0
    const trim = fused + leadingTrim(sentence.text.slice(fused))
    return {
      ...sentence,
      start: sentence.start + trim,
      text: sentence.text.slice(trim),
      score: round(ranked.scores[i] ?? 0),
      rank: ranks[i] ?? 0,
      addedForContext: selection.addedForContext.has(i),
    }
  })
  return {
    sentences: chosen,
    summary: renderSummary(
      chosen.map((s) => s.text),
      'text',
    ),
    stats: {
      sentences: chosen.length,
      words: ordered.reduce((sum, i) => sum + (wordCounts[i] ?? 0), 0),
      articleSentences: isText.reduce((count, textual) => count + (textual ? 1 : 0), 0),
      articleWords,
    },
    requested: budget.kind === 'sentences' ? { sentences: budget.count } : { words: budget.words },
    truncated:
      budget.kind === 'sentences' ? available < budget.count : candidateWords < budget.words,
    coherence: {
      policy,
      added: [...selection.addedForContext].sort((a, b) => a - b),
      avoided: selection.avoided,
    },
    kind,
    algorithm: SUMMARY_ALGORITHM,
  }
}

/** Renders a summary result in the given format. */
export function formatSummary(result: SummaryResult, format: SummaryFormat): string {
  return renderSummary(
    result.sentences.map((s) => s.text),
    format,
  )
}

/**
 * The previous text sentence, when sentence i opens by leaning on it; -1 when it stands alone. The
 * first text sentence has nothing before it: when it speaks of a "she" it never names, the text
 * was copied from the middle of a story (`MISSING_ANTECEDENT`).
 */
function antecedentOf(i: number, texts: readonly string[], isText: readonly boolean[]): number {
  const text = texts[i] ?? ''
  const opener = danglingOpener(text)
  for (let j = i - 1; j >= 0; j--) if (isText[j] === true) return opener === null ? -1 : j
  return unnamedPerson(text) ? MISSING_ANTECEDENT : -1
}

/**
 * 1-based rank by score (ties: earlier first) of the `wanted` sentences, the others left at 0. A
 * few are counted directly, in one pass over the scores; many take a sort of all text sentences.
 */
function rankOrder(
  scores: readonly number[],
  isText: readonly boolean[],
  wanted: readonly number[],
): number[] {
  const ranks = new Array<number>(scores.length).fill(0)
  if (wanted.length <= RANK_BY_COUNTING) {
    for (const i of wanted) {
      if (isText[i] !== true) continue
      const score = scores[i] ?? 0
      let above = 0
      for (let j = 0; j < scores.length; j++) {
        if (isText[j] !== true) continue
        const other = scores[j] ?? 0
        if (other > score || (other === score && j < i)) above++
      }
      ranks[i] = above + 1
    }
    return ranks
  }
  const order = scores
    .map((_, i) => i)
    .filter((i) => isText[i] === true)
    .sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b)
  order.forEach((i, position) => {
    ranks[i] = position + 1
  })
  return ranks
}

function round(value: number): number {
  const factor = 10 ** SCORE_DECIMALS
  return Math.round(value * factor) / factor
}
