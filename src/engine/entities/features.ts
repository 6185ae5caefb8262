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

/** Word shape with runs collapsed: "Okonjo-Iweala" → "Xx-Xx", "1996-08-30" → "d-d-d". */
export function wordShape(word: string): string {
  let shape = ''
  let previous = ''
  for (const char of word) {
    let kind: string
    const code = char.charCodeAt(0)
    if (code >= 65 && code <= 90) kind = 'X'
    else if (code >= 97 && code <= 122) kind = 'x'
    else if (code >= 48 && code <= 57) kind = 'd'
    else if (code < 128) kind = char
    else if (UPPER.test(char)) kind = 'X'
    else if (LOWER.test(char) || LETTER.test(char)) kind = 'x'
    else if (DIGIT.test(char)) kind = 'd'
    else kind = char
    if (kind !== previous) shape += kind
    previous = kind
  }
  return shape
}

/** Lower-cased word with digits folded and typographic apostrophes straightened. */
export function normaliseWord(word: string): string {
  return word.toLowerCase().replace(/\d/g, '0').replace(/’/g, "'")
}

function isCapitalised(word: string): boolean {
  const first = word[0]
  return first !== undefined && first !== first.toLowerCase()
}

function hasLowercase(word: string): boolean {
  return word !== word.toUpperCase()
}

/**
 * Hashes the static features of every token. `sequences` holds the token texts of each
 * sentence of one document, in order; casing evidence is gathered over the whole document.
 */
export function prepareDocument(sequences: readonly (readonly string[])[]): PreparedDocument {
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
      else if (i > 0 && !isSentenceOpener(words[i - 1] as string)) seenCapitalised.add(word.toLowerCase())
    }
  }
  return {
    sequences: sequences.map((words, index) =>
      prepareSequence(words, capsLine[index] === true, seenLower, seenCapitalised),
    ),
  }
}

function isSentenceOpener(previous: string): boolean {
  return previous === '"' || previous === '“' || previous === '(' || previous === ':'
}

function prepareSequence(
  words: readonly string[],
  capsLine: boolean,
  seenLower: ReadonlySet<string>,
  seenCapitalised: ReadonlySet<string>,
): PreparedSequence {
  const n = words.length
  const lower = new Uint32Array(n)
  const cased = new Uint32Array(n)
  const shape = new Uint32Array(n)
  const gazetteer = new Uint32Array(n)
  const normal: string[] = []
  const historyKey: string[] = []
  for (let i = 0; i < n; i++) {
    const word = words[i] as string
    const norm = normaliseWord(word)
    normal.push(norm)
    lower[i] = hashString(norm)
    cased[i] = hashString(word)
    shape[i] = hashString(wordShape(word))
    gazetteer[i] = GAZETTEER.get(norm) ?? 0
    historyKey.push(isCapitalised(word) && LETTER.test(word) ? norm : '')
  }
  const features = new Uint32Array(n * STATIC_FEATURES)
  for (let i = 0; i < n; i++) {
    const word = words[i] as string
    const norm = normal[i] as string
    const w0 = lower[i] as number
    const wPrev = i > 0 ? (lower[i - 1] as number) : NO_WORD
    const wNext = i + 1 < n ? (lower[i + 1] as number) : NO_WORD
    const wPrev2 = i > 1 ? (lower[i - 2] as number) : NO_WORD
    const wNext2 = i + 2 < n ? (lower[i + 2] as number) : NO_WORD
    const s0 = shape[i] as number
    const sPrev = i > 0 ? (shape[i - 1] as number) : NO_WORD
    const sNext = i + 1 < n ? (shape[i + 1] as number) : NO_WORD
    const base = i * STATIC_FEATURES
    let k = base
    features[k++] = mix(Template.Bias, 0)
    features[k++] = mix(Template.Lower, w0)
    features[k++] = mix(Template.Cased, cased[i] as number)
    features[k++] = mix(Template.LowerPrev, wPrev)
    features[k++] = mix(Template.LowerNext, wNext)
    features[k++] = mix(Template.LowerPrev2, wPrev2)
    features[k++] = mix(Template.LowerNext2, wNext2)
    features[k++] = mix(Template.BigramPrev, wPrev, w0)
    features[k++] = mix(Template.BigramNext, w0, wNext)
    features[k++] = mix(Template.Shape, s0)
    features[k++] = mix(Template.ShapePrev, sPrev)
    features[k++] = mix(Template.ShapeNext, sNext)
    features[k++] = mix(Template.ShapeTrigram, mix(sPrev, s0), sNext)
    features[k++] = mix(Template.Prefix1, hashString(norm.slice(0, 1)))
    features[k++] = mix(Template.Prefix2, hashString(norm.slice(0, 2)))
    features[k++] = mix(Template.Prefix3, hashString(norm.slice(0, 3)))
    features[k++] = mix(Template.Prefix4, hashString(norm.slice(0, 4)))
    features[k++] = mix(Template.Suffix1, hashString(norm.slice(-1)))
    features[k++] = mix(Template.Suffix2, hashString(norm.slice(-2)))
    features[k++] = mix(Template.Suffix3, hashString(norm.slice(-3)))
    features[k++] = mix(Template.Suffix4, hashString(norm.slice(-4)))
    features[k++] = mix(Template.FirstShape, i === 0 ? 1 : 0, s0)
    features[k++] = mix(Template.CapsLineShape, capsLine ? 1 : 0, s0)
    features[k++] = mix(Template.CapsLineLower, capsLine ? 1 : 0, w0)
    features[k++] = mix(Template.Gazetteer, gazetteer[i] as number)
    features[k++] = mix(Template.GazetteerPrev, i > 0 ? (gazetteer[i - 1] as number) : 64)
    features[k++] = mix(Template.GazetteerNext, i + 1 < n ? (gazetteer[i + 1] as number) : 64)
    features[k++] = mix(Template.LengthShape, Math.min(word.length, 8), s0)
    const lowerForm = word.toLowerCase()
    features[k++] = mix(Template.SeenLower, seenLower.has(lowerForm) ? 1 : 0, capsLine ? 1 : 0)
    features[k++] = mix(
      Template.SeenCapitalised,
      seenCapitalised.has(lowerForm) ? 1 : 0,
      (capsLine ? 2 : 0) + (i === 0 ? 1 : 0),
    )
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
  out[2] = mix(Template.PrevTagLower, previousTag, sequence.lower[i] as number)
  out[3] = mix(Template.PrevTagShape, previousTag, sequence.shape[i] as number)
  out[4] = mix(Template.History, history + 1)
}
