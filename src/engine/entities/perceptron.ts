/**
 * Greedy left-to-right BIO decoding with a linear model over hashed features, and its training by
 * the averaged perceptron (Collins 2002, "Discriminative training methods for hidden Markov
 * models"; greedy decoding as in Ratinov & Roth 2009, who found it on a par with Viterbi for NER).
 * Decoding is constrained: I-X only follows B-X or I-X. Training decodes with the current weights,
 * so the tag-history features see the model's own predictions, as they will when tagging.
 */

import {
  DYNAMIC_FEATURES,
  STATIC_FEATURES,
  TAG_COUNT,
  documentContext,
  dynamicFeatures,
  isInside,
  prepareDocument,
  prepareSequence,
  tagType,
} from './features'
import type { PreparedDocument, PreparedSequence } from './features'

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
    dynamicFeatures(sequence, i, previous, previous2, historyOf(history, key), scratch.dynamic)
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
 * Tags the sentences of a document (token texts per sentence), hashing each sentence's features
 * just before decoding it, so memory stays proportional to the longest sentence.
 */
export function tagSequences(
  table: WeightTable,
  sequences: readonly (readonly string[])[],
): number[][] {
  const context = documentContext(sequences)
  const history = new Map<string, number>()
  const scratch = newScratch()
  return sequences.map((words, index) =>
    decodeSequence(table, prepareSequence(words, context, index), history, scratch, null, null),
  )
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
