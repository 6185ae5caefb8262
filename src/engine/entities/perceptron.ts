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
  TAG_HISTORY_FEATURES,
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
  tagHistoryFeatures,
  tagType,
  tagWordFeatures,
  wordInfo,
} from './features'
import type { PreparedDocument, PreparedSequence, WordInfo } from './features'
import { addRows } from './weight-rows'
import type { WeightRows } from './weight-rows'

/** Tag index standing for "before the sentence" in tag-history features. */
const START_TAG: number = TAG_COUNT

/** Training's weights, indexed by bucket * TAG_COUNT + tag, with `mask` = bucket count - 1. */
interface WeightTable {
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

/** Adds the weight rows of features[from..to) to `scores` (training's dense table). */
function score(
  table: WeightTable,
  features: ArrayLike<number>,
  from: number,
  to: number,
  scores: Float64Array,
): void {
  for (let k = from; k < to; k++) {
    const row = ((features[k] as number) & table.mask) * TAG_COUNT
    for (let t = 0; t < TAG_COUNT; t++) {
      scores[t] = (scores[t] as number) + (table.weights[row + t] as number)
    }
  }
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
    scratch.scores.fill(0)
    score(table, staticView, i * STATIC_FEATURES, (i + 1) * STATIC_FEATURES, scratch.scores)
    score(table, scratch.dynamic, 0, DYNAMIC_FEATURES, scratch.scores)
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
 * Each distinct word of the document being tagged gets a slot of summed weight rows, filled on
 * first use: one row of scores per (headline, sentence-opening) combination of its own features,
 * then its contribution as previous, next, second previous and second next neighbour. Sums of
 * float32 weights in float64 are exact at the model's magnitudes, so these partial sums give the
 * very scores of the feature-by-feature sum.
 */
const VARIANTS = 4
/** A word's roles as a neighbour, in the order of their rows in its slot. */
const enum Role {
  Previous,
  Next,
  SecondPrevious,
  SecondNext,
}
const ROLES = 4
const SLOT = (VARIANTS + ROLES + 1) * TAG_COUNT
const ROLE_ROWS = VARIANTS * TAG_COUNT
/** The word's features paired with the previous tag, when that tag is O (the usual case). */
const AFTER_OUTSIDE = ROLE_ROWS + ROLES * TAG_COUNT
/** Ready bits of a slot: one per variant, then one per role, then the after-O row. */
const ROLE_READY = 1 << VARIANTS
const AFTER_OUTSIDE_READY = ROLE_READY << ROLES
/** History values: -1 (not tracked), 0 (none) and the four entity types. */
const HISTORIES = 6
const TAG_WORD_FEATURES = DYNAMIC_FEATURES - TAG_HISTORY_FEATURES

interface SlotTable {
  table: WeightRows
  words: readonly WordInfo[]
  sums: Float64Array
  /** Per slot: the ready bits of its rows (a row is summed on first use). */
  ready: Uint16Array
  hashes: Uint32Array
}

/** Offset in `sums` of the own-feature scores of a word, summed on first use. */
function ownScores(slots: SlotTable, slot: number, capsLine: boolean, first: boolean): number {
  const variant = (capsLine ? 2 : 0) + (first ? 1 : 0)
  const at = slot * SLOT + variant * TAG_COUNT
  if (((slots.ready[slot] as number) & (1 << variant)) === 0) {
    ownFeatures(slots.words[slot] as WordInfo, capsLine, first, slots.hashes, 0)
    slots.sums.fill(0, at, at + TAG_COUNT)
    addRows(slots.table, slots.hashes, 0, OWN_FEATURES, slots.sums, at)
    slots.ready[slot] = (slots.ready[slot] as number) | (1 << variant)
  }
  return at
}

/** Writes the hashes of a word's features in `role` into `out`; returns how many. */
function roleFeatures(info: WordInfo, role: Role, out: Uint32Array): number {
  if (role === Role.Previous) {
    asPreviousFeatures(info, out, 0)
    return AS_PREVIOUS
  }
  if (role === Role.Next) {
    asNextFeatures(info, out, 0)
    return AS_NEXT
  }
  out[0] = role === Role.SecondPrevious ? asSecondPreviousFeature(info) : asSecondNextFeature(info)
  return 1
}

/**
 * Offset in `sums` of a word's scores as a neighbour in `role`, summed on first use: most words
 * are only ever seen in one or two roles (a word before a name, not after one).
 */
function roleScores(slots: SlotTable, slot: number, role: Role): number {
  const at = slot * SLOT + ROLE_ROWS + role * TAG_COUNT
  const bit = ROLE_READY << role
  if (((slots.ready[slot] as number) & bit) !== 0) return at
  const count = roleFeatures(slots.words[slot] as WordInfo, role, slots.hashes)
  slots.sums.fill(0, at, at + TAG_COUNT)
  addRows(slots.table, slots.hashes, 0, count, slots.sums, at)
  slots.ready[slot] = (slots.ready[slot] as number) | bit
  return at
}

/**
 * The slot sums of the last document, reused by the next: a fresh table for every document was
 * a large allocation per call, and its garbage collection showed in the tagging time. Only the
 * `ready` flags say which entries hold sums; an entry is zeroed before it is summed.
 */
let slotSums = new Float64Array(0)
/**
 * Most slots kept between documents (about 5 MB): a long text's table is its own, so that one
 * book-length text does not hold tens of megabytes in the isolate for good.
 */
const KEPT_SLOTS = 8192

function slotSumsFor(slotCount: number): Float64Array {
  if (slotSums.length >= slotCount * SLOT) return slotSums
  if (slotCount > KEPT_SLOTS) return new Float64Array(slotCount * SLOT)
  slotSums = new Float64Array(Math.min(slotCount * 2, KEPT_SLOTS) * SLOT)
  return slotSums
}

/** The tag-history sums depend on the weights only: computed once per weight table. */
interface TagHistorySums {
  sums: Float64Array
  ready: Uint8Array
}
const tagHistorySums = new WeakMap<WeightRows, TagHistorySums>()
const TAG_COMBINATIONS = (START_TAG + 1) * (START_TAG + 1) * HISTORIES

function tagHistorySumsOf(table: WeightRows): TagHistorySums {
  let entry = tagHistorySums.get(table)
  if (entry === undefined) {
    entry = {
      sums: new Float64Array(TAG_COMBINATIONS * TAG_COUNT),
      ready: new Uint8Array(TAG_COMBINATIONS),
    }
    tagHistorySums.set(table, entry)
  }
  return entry
}

/** Offset in `sums` of the word's tag-word features after an O, summed on first use. */
function afterOutsideScores(slots: SlotTable, slot: number): number {
  const at = slot * SLOT + AFTER_OUTSIDE
  if (((slots.ready[slot] as number) & AFTER_OUTSIDE_READY) !== 0) return at
  const info = slots.words[slot] as WordInfo
  tagWordFeatures(info.lower, info.shape, 0, slots.hashes, 0)
  slots.sums.fill(0, at, at + TAG_COUNT)
  addRows(slots.table, slots.hashes, 0, TAG_WORD_FEATURES, slots.sums, at)
  slots.ready[slot] = (slots.ready[slot] as number) | AFTER_OUTSIDE_READY
  return at
}

function addScores(scores: Float64Array, from: Float64Array, at: number): void {
  for (let t = 0; t < TAG_COUNT; t++) scores[t] = (scores[t] as number) + (from[at + t] as number)
}

/** Sets `scores` to the sum of five rows of `from` at the given offsets. */
function sumFive(
  scores: Float64Array,
  from: Float64Array,
  a: number,
  b: number,
  c: number,
  d: number,
  e: number,
): void {
  for (let t = 0; t < TAG_COUNT; t++) {
    scores[t] =
      (from[a + t] as number) +
      (from[b + t] as number) +
      (from[c + t] as number) +
      (from[d + t] as number) +
      (from[e + t] as number)
  }
}

/**
 * Tags the tokens `words`, cut into tagging sequences (token index ranges, in order, covering
 * every token), and returns one tag per token. Decodes exactly as training does, but scores each
 * distinct word's features once per document. Two kinds of token that cannot continue a name
 * (they follow O or open the sentence) are tagged O without scoring: those without a letter or a
 * digit, as a name never starts on punctuation (the tagger trims it from the edges), and plain
 * lower-case words ("said"), as names almost never open on one (on CoNLL-2003 dev this costs 0.02
 * points of F1). Most tokens of news text are one or the other, and are never scored. Also returns
 * a test of whether the text writes a word in lower case, which the name rules read.
 */
export function tagWords(
  table: WeightRows,
  words: readonly string[],
  sequences: readonly Span[],
): { tags: Uint8Array; writesLower: (word: string) => boolean } {
  const n = words.length
  const slotOfWord = new Map<string, number>()
  const distinct: WordInfo[] = []
  const slotOf = new Int32Array(n)
  const infos: WordInfo[] = new Array<WordInfo>(n)
  for (let i = 0; i < n; i++) {
    const word = words[i] as string
    let slot = slotOfWord.get(word)
    if (slot === undefined) {
      slot = distinct.length
      distinct.push(wordInfo(word))
      slotOfWord.set(word, slot)
    }
    slotOf[i] = slot
    infos[i] = distinct[slot] as WordInfo
  }
  const { capsLines, writesLower } = readDocument(infos, words, sequences, distinct, (word) => {
    const slot = slotOfWord.get(word)
    return slot === undefined ? undefined : distinct[slot]
  })
  // Prediction history per tracked key (several spellings may share one: "Nairobi", "NAIROBI").
  const historyIds = new Map<string, number>()
  const historyOfSlot = new Int32Array(distinct.length + 1).fill(-1)
  distinct.forEach((info, slot) => {
    if (info.historyKey === '') return
    let id = historyIds.get(info.historyKey)
    if (id === undefined) {
      id = historyIds.size
      historyIds.set(info.historyKey, id)
    }
    historyOfSlot[slot] = id
  })
  const history = new Int8Array(historyIds.size)
  const boundary = distinct.length
  const slots: SlotTable = {
    table,
    words: [...distinct, BOUNDARY],
    sums: slotSumsFor(boundary + 1),
    ready: new Uint16Array(boundary + 1),
    hashes: new Uint32Array(Math.max(OWN_FEATURES, CONTEXT_FEATURES + TAG_WORD_FEATURES)),
  }
  const { sums, hashes } = slots
  const tags = new Uint8Array(n)
  const scores = new Float64Array(TAG_COUNT)
  // The tag-history features read only (previous tag, the one before, history): summed once each.
  const { sums: tagSums, ready: tagSumsReady } = tagHistorySumsOf(table)
  for (let s = 0; s < sequences.length; s++) {
    const { start, end } = sequences[s] as Span
    const capsLine = capsLines[s] === true
    let previous = START_TAG
    let previous2 = START_TAG
    for (let i = start; i < end; i++) {
      const slot = slotOf[i] as number
      const info = infos[i] as WordInfo
      if ((!info.wordLike || info.plainLower) && (previous === 0 || previous === START_TAG)) {
        tags[i] = 0
        previous2 = previous
        previous = 0
        continue
      }
      const before = i > start ? (slotOf[i - 1] as number) : boundary
      const after = i + 1 < end ? (slotOf[i + 1] as number) : boundary
      const before2 = i > start + 1 ? (slotOf[i - 2] as number) : boundary
      const after2 = i + 2 < end ? (slotOf[i + 2] as number) : boundary
      sumFive(
        scores,
        sums,
        ownScores(slots, slot, capsLine, i === start),
        roleScores(slots, before, Role.Previous),
        roleScores(slots, after, Role.Next),
        roleScores(slots, before2, Role.SecondPrevious),
        roleScores(slots, after2, Role.SecondNext),
      )
      // Summed before the context hashes are written: both use the `hashes` scratch.
      const afterOutside = previous === 0 ? afterOutsideScores(slots, slot) : -1
      contextFeatures(
        slots.words[before] as WordInfo,
        info,
        slots.words[after] as WordInfo,
        hashes,
        0,
      )
      if (afterOutside >= 0) {
        addScores(scores, sums, afterOutside)
        addRows(table, hashes, 0, CONTEXT_FEATURES, scores, 0)
      } else {
        tagWordFeatures(info.lower, info.shape, previous, hashes, CONTEXT_FEATURES)
        addRows(table, hashes, 0, CONTEXT_FEATURES + TAG_WORD_FEATURES, scores, 0)
      }
      const historyId = historyOfSlot[slot] as number
      const seen = historyId < 0 ? -1 : (history[historyId] as number)
      const combination = (previous * (START_TAG + 1) + previous2) * HISTORIES + seen + 1
      const at = combination * TAG_COUNT
      if (tagSumsReady[combination] === 0) {
        tagHistoryFeatures(previous, previous2, seen, hashes, 0)
        addRows(table, hashes, 0, TAG_HISTORY_FEATURES, tagSums, at)
        tagSumsReady[combination] = 1
      }
      addScores(scores, tagSums, at)
      const guess = best(scores, previous)
      tags[i] = guess
      if (historyId >= 0) history[historyId] = tagType(guess)
      previous2 = previous
      previous = guess
    }
  }
  return { tags, writesLower }
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
