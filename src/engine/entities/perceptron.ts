/**
 * Greedy left-to-right BIO decoding with a linear model over hashed features, and its training by
 * the averaged perceptron (Collins 2002, "Discriminative training methods for hidden Markov
 * models"; greedy decoding as in Ratinov & Roth 2009, who found it on a par with Viterbi for NER).
 * Decoding is constrained: I-X only follows B-X or I-X. Training decodes with the current weights,
 * so the tag-history features see the model's own predictions, as they will when tagging.
 */

import type { Span } from '../types'
import {
  AS_NEXT,
  AS_PREVIOUS,
  BOUNDARY,
  CONTEXT_FEATURES,
  DYNAMIC_FEATURES,
  OWN_FEATURES,
  STATIC_FEATURES,
  TAG_COUNT,
  asNextFeatures,
  asPreviousFeatures,
  asSecondNextFeature,
  asSecondPreviousFeature,
  contextFeatures,
  dynamicFeatures,
  isInside,
  ownFeatures,
  prepareDocument,
  readDocument,
  tagType,
  wordInfo,
} from './features'
import type { PreparedDocument, PreparedSequence, WordInfo } from './features'

/** Tag index standing for "before the sentence" in tag-history features. */
const START_TAG: number = TAG_COUNT

/** Weights indexed by bucket * TAG_COUNT + tag, with `mask` = bucket count - 1. */
export interface WeightTable {
  weights: Float32Array
  mask: number
}

/** One training document: the token texts and gold tag indices of each sentence. */
export interface TrainingDocument {
  sequences: string[][]
  tags: number[][]
}

export interface TrainingOptions {
  epochs: number
  hashBits: number
  /** Seed of the document shuffle; the same seed and data give the same weights. */
  seed: number
  onEpoch?: (epoch: number, weights: Float32Array) => void
}

function allowed(previous: number, tag: number): boolean {
  if (!isInside(tag)) return true
  return previous !== START_TAG && previous !== 0 && tagType(previous) === tagType(tag)
}

/**
 * Adds the weight rows of the given feature hashes to `scores`. Unrolled over the nine tags:
 * this loop is most of the tagging time, and the unrolled form keeps the sums in registers.
 */
function addRows(
  weights: Float32Array,
  mask: number,
  hashes: Uint32Array,
  from: number,
  to: number,
  scores: Float64Array,
): void {
  let s0 = scores[0] as number
  let s1 = scores[1] as number
  let s2 = scores[2] as number
  let s3 = scores[3] as number
  let s4 = scores[4] as number
  let s5 = scores[5] as number
  let s6 = scores[6] as number
  let s7 = scores[7] as number
  let s8 = scores[8] as number
  for (let k = from; k < to; k++) {
    const row = ((hashes[k] as number) & mask) * 9
    s0 += weights[row] as number
    s1 += weights[row + 1] as number
    s2 += weights[row + 2] as number
    s3 += weights[row + 3] as number
    s4 += weights[row + 4] as number
    s5 += weights[row + 5] as number
    s6 += weights[row + 6] as number
    s7 += weights[row + 7] as number
    s8 += weights[row + 8] as number
  }
  scores[0] = s0
  scores[1] = s1
  scores[2] = s2
  scores[3] = s3
  scores[4] = s4
  scores[5] = s5
  scores[6] = s6
  scores[7] = s7
  scores[8] = s8
}

function score(
  table: WeightTable,
  staticFeatures: Uint32Array,
  offset: number,
  dynamic: Uint32Array,
  scores: Float64Array,
): void {
  scores.fill(0)
  addRows(table.weights, table.mask, staticFeatures, offset, offset + STATIC_FEATURES, scores)
  addRows(table.weights, table.mask, dynamic, 0, DYNAMIC_FEATURES, scores)
}

function best(scores: Float64Array, previous: number): number {
  let bestTag = 0
  let bestScore = -Infinity
  for (let t = 0; t < TAG_COUNT; t++) {
    if (allowed(previous, t) && (scores[t] as number) > bestScore) {
      bestScore = scores[t] as number
      bestTag = t
    }
  }
  return bestTag
}

interface DecodeScratch {
  dynamic: Uint32Array
  scores: Float64Array
}

function historyOf(history: Map<string, number>, key: string): number {
  return key === '' ? -1 : (history.get(key) ?? 0)
}

/** Remembers the type given to each capitalised word, for the history feature. */
function remember(history: Map<string, number>, key: string, tag: number): void {
  if (key !== '') history.set(key, tagType(tag))
}

function decodeSequence(
  table: WeightTable,
  sequence: PreparedSequence,
  history: Map<string, number>,
  scratch: DecodeScratch,
  gold: readonly number[] | null,
  update: ((features: ArrayLike<number>, truth: number, guess: number) => void) | null,
): number[] {
  const tags: number[] = []
  let previous = START_TAG
  let previous2 = START_TAG
  const staticView = sequence.features
  for (let i = 0; i < sequence.length; i++) {
    const key = sequence.historyKey[i] as string
    dynamicFeatures(
      sequence.lower[i] as number,
      sequence.shape[i] as number,
      previous,
      previous2,
      historyOf(history, key),
      scratch.dynamic,
    )
    score(table, staticView, i * STATIC_FEATURES, scratch.dynamic, scratch.scores)
    const guess = best(scratch.scores, previous)
    if (gold && update) {
      const truth = gold[i] as number
      if (truth !== guess) {
        const all = new Uint32Array(STATIC_FEATURES + DYNAMIC_FEATURES)
        all.set(staticView.subarray(i * STATIC_FEATURES, (i + 1) * STATIC_FEATURES))
        all.set(scratch.dynamic, STATIC_FEATURES)
        update(all, truth, guess)
      }
    }
    tags.push(guess)
    remember(history, key, guess)
    previous2 = previous
    previous = guess
  }
  return tags
}

function newScratch(): DecodeScratch {
  return { dynamic: new Uint32Array(DYNAMIC_FEATURES), scores: new Float64Array(TAG_COUNT) }
}

/**
 * A distinct word of the document being tagged with the summed weight rows of its feature
 * groups, filled on first use: `own` holds one row of scores per (headline, sentence-opening)
 * combination, `roles` the word's contribution as previous, next, second previous and second
 * next neighbour. Sums of float32 weights in float64 are exact at the model's magnitudes, so
 * these partial sums give the very scores of the feature-by-feature sum.
 */
interface ScoredWord {
  info: WordInfo
  own: Float64Array
  ownReady: number
  roles: Float64Array | null
}

const ROLES = 4
const ROLE_PREVIOUS = 0
const ROLE_NEXT = TAG_COUNT
const ROLE_SECOND_PREVIOUS = 2 * TAG_COUNT
const ROLE_SECOND_NEXT = 3 * TAG_COUNT

function scoredWord(info: WordInfo): ScoredWord {
  return { info, own: new Float64Array(4 * TAG_COUNT), ownReady: 0, roles: null }
}

/** Adds the rows of `count` hashes to `out` at `at` (TAG_COUNT entries). */
function sumRows(
  table: WeightTable,
  hashes: Uint32Array,
  count: number,
  out: Float64Array,
  at: number,
): void {
  const weights = table.weights
  const mask = table.mask
  for (let k = 0; k < count; k++) {
    const row = ((hashes[k] as number) & mask) * TAG_COUNT
    for (let t = 0; t < TAG_COUNT; t++) {
      out[at + t] = (out[at + t] as number) + (weights[row + t] as number)
    }
  }
}

function ownScores(
  table: WeightTable,
  word: ScoredWord,
  capsLine: boolean,
  first: boolean,
  hashes: Uint32Array,
): number {
  const variant = (capsLine ? 2 : 0) + (first ? 1 : 0)
  const at = variant * TAG_COUNT
  if ((word.ownReady & (1 << variant)) === 0) {
    ownFeatures(word.info, capsLine, first, hashes, 0)
    sumRows(table, hashes, OWN_FEATURES, word.own, at)
    word.ownReady |= 1 << variant
  }
  return at
}

function roleScores(table: WeightTable, word: ScoredWord, hashes: Uint32Array): Float64Array {
  if (word.roles) return word.roles
  const roles = new Float64Array(ROLES * TAG_COUNT)
  asPreviousFeatures(word.info, hashes, 0)
  sumRows(table, hashes, AS_PREVIOUS, roles, ROLE_PREVIOUS)
  asNextFeatures(word.info, hashes, 0)
  sumRows(table, hashes, AS_NEXT, roles, ROLE_NEXT)
  hashes[0] = asSecondPreviousFeature(word.info)
  sumRows(table, hashes, 1, roles, ROLE_SECOND_PREVIOUS)
  hashes[0] = asSecondNextFeature(word.info)
  sumRows(table, hashes, 1, roles, ROLE_SECOND_NEXT)
  word.roles = roles
  return roles
}

function addScores(scores: Float64Array, from: Float64Array, at: number): void {
  for (let t = 0; t < TAG_COUNT; t++) scores[t] = (scores[t] as number) + (from[at + t] as number)
}

/**
 * Tags the tokens `words`, cut into tagging sequences (token index ranges, in order, covering
 * every token), and returns one tag per token. Decodes exactly as training does, but scores each
 * distinct word's features once per document. A token without a letter or a digit that cannot
 * continue a name (it follows O or opens the sentence) is tagged O without scoring: a name never
 * starts on punctuation (the tagger trims it from the edges), and this keeps runs of symbols cheap.
 */
export function tagWords(
  table: WeightTable,
  words: readonly string[],
  sequences: readonly Span[],
): Uint8Array {
  const n = words.length
  const cache = new Map<string, ScoredWord>()
  const scored: ScoredWord[] = new Array<ScoredWord>(n)
  const infos: WordInfo[] = new Array<WordInfo>(n)
  for (let i = 0; i < n; i++) {
    const word = words[i] as string
    let entry = cache.get(word)
    if (entry === undefined) {
      entry = scoredWord(wordInfo(word))
      cache.set(word, entry)
    }
    scored[i] = entry
    infos[i] = entry.info
  }
  const capsLines = readDocument(
    infos,
    words,
    sequences,
    Array.from(cache.values(), (entry) => entry.info),
  )
  const boundary = scoredWord(BOUNDARY)
  const tags = new Uint8Array(n)
  const history = new Map<string, number>()
  const hashes = new Uint32Array(Math.max(OWN_FEATURES, CONTEXT_FEATURES + DYNAMIC_FEATURES))
  const dynamic = new Uint32Array(DYNAMIC_FEATURES)
  const scores = new Float64Array(TAG_COUNT)
  for (let s = 0; s < sequences.length; s++) {
    const { start, end } = sequences[s] as Span
    const capsLine = capsLines[s] === true
    let previous = START_TAG
    let previous2 = START_TAG
    for (let i = start; i < end; i++) {
      const word = scored[i] as ScoredWord
      const info = word.info
      if (!info.wordLike && (previous === 0 || previous === START_TAG)) {
        tags[i] = 0
        previous2 = previous
        previous = 0
        continue
      }
      const before = i > start ? (scored[i - 1] as ScoredWord) : boundary
      const after = i + 1 < end ? (scored[i + 1] as ScoredWord) : boundary
      const before2 = i > start + 1 ? (scored[i - 2] as ScoredWord) : boundary
      const after2 = i + 2 < end ? (scored[i + 2] as ScoredWord) : boundary
      scores.fill(0)
      addScores(scores, word.own, ownScores(table, word, capsLine, i === start, hashes))
      addScores(scores, roleScores(table, before, hashes), ROLE_PREVIOUS)
      addScores(scores, roleScores(table, after, hashes), ROLE_NEXT)
      addScores(scores, roleScores(table, before2, hashes), ROLE_SECOND_PREVIOUS)
      addScores(scores, roleScores(table, after2, hashes), ROLE_SECOND_NEXT)
      contextFeatures(before.info, info, after.info, hashes, 0)
      const key = info.historyKey
      dynamicFeatures(info.lower, info.shape, previous, previous2, historyOf(history, key), dynamic)
      hashes.set(dynamic, CONTEXT_FEATURES)
      addRows(table.weights, table.mask, hashes, 0, CONTEXT_FEATURES + DYNAMIC_FEATURES, scores)
      const guess = best(scores, previous)
      tags[i] = guess
      remember(history, key, guess)
      previous2 = previous
      previous = guess
    }
  }
  return tags
}

/** Deterministic pseudo-random generator (mulberry32) for the epoch shuffles. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Trains an averaged perceptron and returns the averaged weights (bucket-major, TAG_COUNT per
 * bucket). Averaging uses the lazy trick of Daumé (2006): keep w and the time-weighted sum of
 * updates u, and return w - u / c.
 */
export function trainPerceptron(
  documents: readonly TrainingDocument[],
  options: TrainingOptions,
): Float32Array {
  const size = (1 << options.hashBits) * TAG_COUNT
  const mask = (1 << options.hashBits) - 1
  // Float32 holds the integer-valued raw weights exactly; the time-weighted sums need Float64.
  const weights = new Float32Array(size)
  const updates = new Float64Array(size)
  const table: WeightTable = { weights, mask }
  const prepared = documents.map((document) => prepareDocument(document.sequences))
  const order = documents.map((_, index) => index)
  const next = random(options.seed)
  let counter = 1
  const update = (features: ArrayLike<number>, truth: number, guess: number): void => {
    for (let k = 0; k < features.length; k++) {
      const row = ((features[k] as number) & mask) * TAG_COUNT
      weights[row + truth] = (weights[row + truth] as number) + 1
      updates[row + truth] = (updates[row + truth] as number) + counter
      weights[row + guess] = (weights[row + guess] as number) - 1
      updates[row + guess] = (updates[row + guess] as number) - counter
    }
  }
  const scratch = newScratch()
  const averaged = (): Float32Array => {
    const result = new Float32Array(size)
    for (let k = 0; k < size; k++) {
      result[k] = (weights[k] as number) - (updates[k] as number) / counter
    }
    return result
  }
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(next() * (k + 1))
      const swap = order[k] as number
      order[k] = order[j] as number
      order[j] = swap
    }
    for (const index of order) {
      const document = prepared[index] as PreparedDocument
      const gold = (documents[index] as TrainingDocument).tags
      const history = new Map<string, number>()
      document.sequences.forEach((sequence, s) => {
        decodeSequence(table, sequence, history, scratch, gold[s] as number[], update)
        counter++
      })
    }
    options.onEpoch?.(epoch + 1, averaged())
  }
  return averaged()
}
