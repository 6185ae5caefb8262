/**
 * Feature extraction for the entity tagger, shared by training and tagging so both hash exactly
 * the same features. Features follow the classic CoNLL-2003 feature sets (Zhang & Johnson 2003;
 * Ratinov & Roth 2009): the word and its neighbours (lower-cased, digits folded to 0), word
 * shape, prefixes and suffixes, sentence position, headline (all-caps) context, gazetteer
 * membership, document-level casing evidence (is the word also seen lower-case, or capitalised
 * mid-sentence, elsewhere in the document?) and, at decoding time, the previous two tags and the
 * type last given to the same word in the document ("prediction history").
 *
 * Features are never stored as strings: each is a 32-bit hash of (template, value) mixed from
 * per-token string hashes (the "hashing trick", Weinberger et al. 2009), reduced to a bucket of
 * the weight table. Each token's strings are hashed once, so tagging stays linear and cheap.
 */

import { GAZETTEER } from './gazetteer'

/** BIO tags over the four CoNLL types; index 0 is O. */
export const TAGS = [
  'O',
  'B-PER',
  'I-PER',
  'B-LOC',
  'I-LOC',
  'B-ORG',
  'I-ORG',
  'B-MISC',
  'I-MISC',
] as const
export type Tag = (typeof TAGS)[number]
export const TAG_COUNT = TAGS.length

/** Entity type of a tag index (0 = none), i.e. (tag + 1) >> 1. */
export function tagType(tag: number): number {
  return (tag + 1) >> 1
}
export function isInside(tag: number): boolean {
  return tag > 0 && tag % 2 === 0
}

const enum Template {
  Bias = 1,
  Lower,
  Cased,
  LowerPrev,
  LowerNext,
  LowerPrev2,
  LowerNext2,
  BigramPrev,
  BigramNext,
  Shape,
  ShapePrev,
  ShapeNext,
  ShapeTrigram,
  Prefix1,
  Prefix2,
  Prefix3,
  Prefix4,
  Suffix1,
  Suffix2,
  Suffix3,
  Suffix4,
  FirstShape,
  CapsLineShape,
  CapsLineLower,
  Gazetteer,
  GazetteerPrev,
  GazetteerNext,
  LengthShape,
  SeenLower,
  SeenCapitalised,
  PrevTag,
  PrevTwoTags,
  PrevTagLower,
  PrevTagShape,
  History,
}

/** Static features per token (all templates up to GazetteerNext + document features). */
export const STATIC_FEATURES = 30
/** Features that depend on decoded tags. */
export const DYNAMIC_FEATURES = 5

/** A tokenised document ready for tagging: one entry per sequence (sentence). */
export interface PreparedDocument {
  sequences: PreparedSequence[]
}

export interface PreparedSequence {
  length: number
  /** STATIC_FEATURES hashes per token, token-major. */
  features: Uint32Array
  /** Hash of the lower-cased word per token, for tag-dependent features. */
  lower: Uint32Array
  shape: Uint32Array
  /** Key for the prediction history (lower-cased word), or '' for words not tracked. */
  historyKey: string[]
}

/** FNV-1a over UTF-16 code units. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** Mixes a template id with up to two values (murmur3 finaliser steps). */
export function mix(template: number, a: number, b = 0): number {
  let h = Math.imul(template ^ 0x9e3779b9, 0x85ebca6b) ^ a
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35) ^ b
  h = Math.imul(h ^ (h >>> 13), 0x27d4eb2f)
  return (h ^ (h >>> 16)) >>> 0
}

const NO_WORD = hashString('<none>')
const UPPER = /\p{Lu}/u
const LOWER = /\p{Ll}/u
const LETTER = /\p{L}/u
const DIGIT = /\p{N}/u

/**
 * Hash of the word's shape with runs collapsed ("Okonjo-Iweala" → "Xx-Xx", "1996-08-30" →
 * "d-d-d"): the FNV-1a hash of that shape string, computed without building it.
 */
export function shapeHash(word: string): number {
  let hash = 0x811c9dc5
  let previous = -1
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    let kind: number
    if (code >= 65 && code <= 90)
      kind = 88 // X
    else if (code >= 97 && code <= 122)
      kind = 120 // x
    else if (code >= 48 && code <= 57)
      kind = 100 // d
    else if (code < 128) kind = code
    else {
      const char = word[i] as string
      if (UPPER.test(char)) kind = 88
      else if (LOWER.test(char) || LETTER.test(char)) kind = 120
      else if (DIGIT.test(char)) kind = 100
      else kind = code
    }
    if (kind !== previous) hash = Math.imul(hash ^ kind, 0x01000193)
    previous = kind
  }
  return hash >>> 0
}

const NEEDS_FOLDING = /[\d’]/

/** Lower-cased word (given) with digits folded and typographic apostrophes straightened. */
function fold(lower: string): string {
  return NEEDS_FOLDING.test(lower) ? lower.replace(/\d/g, '0').replace(/’/g, "'") : lower
}

/** Longest prefix and suffix used as features. */
const AFFIX_LENGTH = 4

/**
 * Writes the FNV-1a hashes of the first 1..AFFIX_LENGTH characters (read forwards) and of the
 * last 1..AFFIX_LENGTH characters (read backwards) of `word` into `out`, in one pass each; a
 * word shorter than an affix repeats its whole-word hash.
 */
function affixHashes(word: string, out: Uint32Array): void {
  let forward = 0x811c9dc5
  let backward = 0x811c9dc5
  const n = word.length
  for (let k = 0; k < AFFIX_LENGTH; k++) {
    if (k < n) {
      forward = Math.imul(forward ^ word.charCodeAt(k), 0x01000193)
      backward = Math.imul(backward ^ word.charCodeAt(n - 1 - k), 0x01000193)
    }
    out[k] = forward >>> 0
    out[AFFIX_LENGTH + k] = backward >>> 0
  }
}

function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0)
  if (code >= 65 && code <= 90) return true
  if (code < 128 || Number.isNaN(code)) return false
  return UPPER.test(word[0] as string)
}

function hasLowercase(word: string): boolean {
  return word !== word.toUpperCase()
}

/**
 * Hashes the static features of every token. `sequences` holds the token texts of each
 * sentence of one document, in order; casing evidence is gathered over the whole document.
 */
export function prepareDocument(sequences: readonly (readonly string[])[]): PreparedDocument {
  const context = documentContext(sequences)
  return { sequences: sequences.map((words, index) => prepareSequence(words, context, index)) }
}

/** Casing evidence gathered over a whole document, shared by the features of its sentences. */
export interface DocumentContext {
  seenLower: ReadonlySet<string>
  seenCapitalised: ReadonlySet<string>
  /** Per sequence: written in capitals only (a headline). */
  capsLine: readonly boolean[]
}

/** One pass over the words of a document; the features are then hashed a sentence at a time. */
export function documentContext(sequences: readonly (readonly string[])[]): DocumentContext {
  const seenLower = new Set<string>()
  const seenCapitalised = new Set<string>()
  const capsLine: boolean[] = []
  for (const words of sequences) {
    const caps = words.some((w) => LETTER.test(w)) && !words.some(hasLowercase)
    capsLine.push(caps)
    if (caps) continue
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as string
      if (!hasLowercase(word)) continue
      if (!isCapitalised(word)) seenLower.add(word)
      else if (i > 0 && !isSentenceOpener(words[i - 1] as string))
        seenCapitalised.add(word.toLowerCase())
    }
  }
  return { seenLower, seenCapitalised, capsLine }
}

function isSentenceOpener(previous: string): boolean {
  return previous === '"' || previous === '“' || previous === '(' || previous === ':'
}

/** Hashes the static features of sequence `index` of a document. */
export function prepareSequence(
  words: readonly string[],
  context: DocumentContext,
  index: number,
): PreparedSequence {
  const { seenLower, seenCapitalised } = context
  const capsLine = context.capsLine[index] === true
  const n = words.length
  const lower = new Uint32Array(n)
  const cased = new Uint32Array(n)
  const shape = new Uint32Array(n)
  const gazetteer = new Uint32Array(n)
  const lowered: string[] = []
  const normal: string[] = []
  const historyKey: string[] = []
  for (let i = 0; i < n; i++) {
    const word = words[i] as string
    const lowerForm = word.toLowerCase()
    const norm = fold(lowerForm)
    lowered.push(lowerForm)
    normal.push(norm)
    lower[i] = hashString(norm)
    cased[i] = hashString(word)
    shape[i] = shapeHash(word)
    gazetteer[i] = GAZETTEER.get(norm) ?? 0
    historyKey.push(isCapitalised(word) ? norm : '')
  }
  const features = new Uint32Array(n * STATIC_FEATURES)
  const affixes = new Uint32Array(2 * AFFIX_LENGTH)
  const pairs = new Uint32Array(2 * STATIC_FEATURES)
  for (let i = 0; i < n; i++) {
    const word = words[i] as string
    const w0 = lower[i] as number
    const wPrev = i > 0 ? (lower[i - 1] as number) : NO_WORD
    const wNext = i + 1 < n ? (lower[i + 1] as number) : NO_WORD
    const wPrev2 = i > 1 ? (lower[i - 2] as number) : NO_WORD
    const wNext2 = i + 2 < n ? (lower[i + 2] as number) : NO_WORD
    const s0 = shape[i] as number
    const sPrev = i > 0 ? (shape[i - 1] as number) : NO_WORD
    const sNext = i + 1 < n ? (shape[i + 1] as number) : NO_WORD
    // Values first, then one hashing loop: template t of token i is mix(t, a, b) with the pair at
    // slot t - 1 (templates are numbered in this order), and a single call site inlines well.
    let k = 0
    pairs[k++] = 0
    pairs[k++] = 0
    pairs[k++] = w0
    pairs[k++] = 0
    pairs[k++] = cased[i] as number
    pairs[k++] = 0
    pairs[k++] = wPrev
    pairs[k++] = 0
    pairs[k++] = wNext
    pairs[k++] = 0
    pairs[k++] = wPrev2
    pairs[k++] = 0
    pairs[k++] = wNext2
    pairs[k++] = 0
    pairs[k++] = wPrev
    pairs[k++] = w0
    pairs[k++] = w0
    pairs[k++] = wNext
    pairs[k++] = s0
    pairs[k++] = 0
    pairs[k++] = sPrev
    pairs[k++] = 0
    pairs[k++] = sNext
    pairs[k++] = 0
    pairs[k++] = mix(sPrev, s0)
    pairs[k++] = sNext
    affixHashes(normal[i] as string, affixes)
    pairs[k++] = affixes[0] as number
    pairs[k++] = 0
    pairs[k++] = affixes[1] as number
    pairs[k++] = 0
    pairs[k++] = affixes[2] as number
    pairs[k++] = 0
    pairs[k++] = affixes[3] as number
    pairs[k++] = 0
    pairs[k++] = affixes[4] as number
    pairs[k++] = 0
    pairs[k++] = affixes[5] as number
    pairs[k++] = 0
    pairs[k++] = affixes[6] as number
    pairs[k++] = 0
    pairs[k++] = affixes[7] as number
    pairs[k++] = 0
    pairs[k++] = i === 0 ? 1 : 0
    pairs[k++] = s0
    pairs[k++] = capsLine ? 1 : 0
    pairs[k++] = s0
    pairs[k++] = capsLine ? 1 : 0
    pairs[k++] = w0
    pairs[k++] = gazetteer[i] as number
    pairs[k++] = 0
    pairs[k++] = i > 0 ? (gazetteer[i - 1] as number) : 64
    pairs[k++] = 0
    pairs[k++] = i + 1 < n ? (gazetteer[i + 1] as number) : 64
    pairs[k++] = 0
    pairs[k++] = Math.min(word.length, 8)
    pairs[k++] = s0
    const lowerForm = lowered[i] as string
    pairs[k++] = seenLower.has(lowerForm) ? 1 : 0
    pairs[k++] = capsLine ? 1 : 0
    pairs[k++] = seenCapitalised.has(lowerForm) ? 1 : 0
    pairs[k] = (capsLine ? 2 : 0) + (i === 0 ? 1 : 0)
    const base = i * STATIC_FEATURES
    for (let t = 0; t < STATIC_FEATURES; t++) {
      features[base + t] = mix(t + 1, pairs[2 * t] ?? 0, pairs[2 * t + 1] ?? 0)
    }
  }
  return { length: n, features, lower, shape, historyKey }
}

/**
 * Writes the tag-dependent feature hashes of token `i` into `out` (DYNAMIC_FEATURES entries).
 * `history` is the entity type last predicted for the token's word in this document (0 = none,
 * -1 = not tracked).
 */
export function dynamicFeatures(
  sequence: PreparedSequence,
  i: number,
  previousTag: number,
  previousTag2: number,
  history: number,
  out: Uint32Array,
): void {
  out[0] = mix(Template.PrevTag, previousTag)
  out[1] = mix(Template.PrevTwoTags, previousTag, previousTag2)
  out[2] = mix(Template.PrevTagLower, previousTag, sequence.lower[i])
  out[3] = mix(Template.PrevTagShape, previousTag, sequence.shape[i])
  out[4] = mix(Template.History, history + 1)
}
