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
 * the weight table. Each distinct word of a document is read and hashed once (WordInfo), and the
 * templates are grouped by what they read (the word alone, the word as a neighbour, the pairs
 * around it) so that a tagger can also score each group once per distinct word.
 */

import {
  hasUpperCase,
  isLetterAt,
  isLetterOrDigitUnit,
  isLetterUnit,
  isLowerAt,
  isLowercaseLetterUnit,
  isNumberAt,
  isNumberUnit,
  isUppercaseLetterUnit,
  someCodePoint,
} from '../text/chars'
import type { Span } from '../types'
import { GAZETTEER } from './gazetteer'
import { hashString, listedBitsHashed } from './gazetteer-lookup'

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

/**
 * Mixes a template id with up to two values (murmur3 finaliser steps). The hash is returned as a
 * signed 32-bit integer: every reader takes its bits (a Uint32Array store, a mask, an xor), and an
 * unsigned result above 2^30 was boxed as a heap number at each call V8 did not inline.
 */
export function mix(template: number, a: number, b = 0): number {
  let h = Math.imul(template ^ 0x9e3779b9, 0x85ebca6b) ^ a
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35) ^ b
  h = Math.imul(h ^ (h >>> 13), 0x27d4eb2f)
  return h ^ (h >>> 16)
}

const NO_WORD = hashString('<none>')

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
    else if (isUppercaseLetterUnit(code)) kind = 88
    else if (isLetterUnit(code)) kind = 120
    else if (isNumberUnit(code)) kind = 100
    else kind = code
    if (kind !== previous) hash = Math.imul(hash ^ kind, 0x01000193)
    previous = kind
  }
  return hash >>> 0
}

const NEEDS_FOLDING = /[\d\u2019]/

/** Lower-cased word (given) with digits folded and typographic apostrophes straightened. */
function fold(lower: string): string {
  return NEEDS_FOLDING.test(lower) ? lower.replace(/\d/g, '0').replace(/\u2019/g, "'") : lower
}

/** Longest prefix and suffix used as features. */
const AFFIX_LENGTH = 4

/**
 * Writes the prefix and suffix features of `word`: the FNV-1a hashes of its first 1..AFFIX_LENGTH
 * characters (read forwards) and of its last 1..AFFIX_LENGTH characters (read backwards), in one
 * pass each; a word shorter than an affix repeats its whole-word hash.
 */
function affixFeatures(word: string, out: Uint32Array, at: number): void {
  let forward = 0x811c9dc5
  let backward = 0x811c9dc5
  const n = word.length
  for (let k = 0; k < AFFIX_LENGTH; k++) {
    if (k < n) {
      forward = Math.imul(forward ^ word.charCodeAt(k), 0x01000193)
      backward = Math.imul(backward ^ word.charCodeAt(n - 1 - k), 0x01000193)
    }
    out[at + k] = mix(Template.Prefix1 + k, forward)
    out[at + AFFIX_LENGTH + k] = mix(Template.Suffix1 + k, backward)
  }
}

function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0)
  if (code >= 65 && code <= 90) return true
  if (code < 128 || Number.isNaN(code)) return false
  return isUppercaseLetterUnit(code)
}

/** Has a letter or a digit: ASCII first, the Unicode classes only for other characters. */
function isWordLike(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
      return true
    }
    if (code >= 128 && isLetterOrDigitUnit(code)) {
      return true
    }
  }
  return false
}

/**
 * What the features read of one word, computed once per distinct word of a document (news text
 * repeats its words, so most tokens reuse an entry). `seenLower` and `seenCapitalised` are the
 * document's casing evidence, filled in once the whole document has been read.
 */
export interface WordInfo {
  lower: number
  cased: number
  shape: number
  gazetteer: number
  /** Lower-cased, digits folded: the form the affix features read. */
  normal: string
  length: number
  /** The word with lower-case letters (for the document's casing evidence). */
  hasLower: boolean
  hasLetter: boolean
  capitalised: boolean
  /** Has a letter or a digit: punctuation and symbols are not. */
  wordLike: boolean
  /** Opens with a lower-case letter and has no capital and no digit ("said", "de"). */
  plainLower: boolean
  lowerForm: string
  seenLower: number
  seenCapitalised: number
  /** The token, and how the document writes it: 1 = in lower case, 2 = capitalised mid-sentence. */
  text: string
  written: number
  /** Key for the prediction history (normalised word), or '' for words not tracked. */
  historyKey: string
}

/**
 * Longest word read in full: a longer token (a run of symbols, a text without spaces) is read by
 * its beginning only, so its features cost no more than a word's.
 */
const MAX_WORD_LENGTH = 64

export function wordInfo(token: string): WordInfo {
  const word = token.length > MAX_WORD_LENGTH ? token.slice(0, MAX_WORD_LENGTH) : token
  // Most words are ASCII: their three hashes (as written, lower-cased and folded, shape) and
  // character classes come from one pass, equal to what the general path computes.
  let cased = 0x811c9dc5
  let lower = 0x811c9dc5
  let shape = 0x811c9dc5
  let previousKind = -1
  let letter = false
  let digit = false
  let lowerCase = false
  let upperCase = false
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    if (code >= 128) return unicodeWordInfo(token, word)
    let folded = code
    let kind = code
    if (code >= 65 && code <= 90) {
      folded = code + 32
      kind = 88
      letter = upperCase = true
    } else if (code >= 97 && code <= 122) {
      kind = 120
      letter = lowerCase = true
    } else if (code >= 48 && code <= 57) {
      folded = 48
      kind = 100
      digit = true
    }
    cased = Math.imul(cased ^ code, 0x01000193)
    lower = Math.imul(lower ^ folded, 0x01000193)
    if (kind !== previousKind) shape = Math.imul(shape ^ kind, 0x01000193)
    previousKind = kind
  }
  const lowerForm = upperCase ? word.toLowerCase() : word
  const norm = digit ? lowerForm.replace(/\d/g, '0') : lowerForm
  const capitalised = isCapitalised(word)
  return {
    lower: lower >>> 0,
    cased: cased >>> 0,
    shape: shape >>> 0,
    // The folded hash is the FNV-1a hash of `norm`.
    gazetteer: listedBitsHashed(norm, lower),
    normal: norm,
    length: Math.min(word.length, 8),
    hasLower: lowerCase,
    hasLetter: letter,
    capitalised,
    wordLike: letter || digit,
    plainLower: !upperCase && !digit && isLowerAt(word, 0),
    lowerForm,
    seenLower: 0,
    seenCapitalised: 0,
    text: token,
    written: 0,
    historyKey: capitalised ? norm : '',
  }
}

function unicodeWordInfo(token: string, word: string): WordInfo {
  const lowerForm = word.toLowerCase()
  const norm = fold(lowerForm)
  const capitalised = isCapitalised(word)
  return {
    lower: hashString(norm),
    cased: hashString(word),
    shape: shapeHash(word),
    gazetteer: GAZETTEER.get(norm) ?? 0,
    normal: norm,
    length: Math.min(word.length, 8),
    hasLower: word !== word.toUpperCase(),
    hasLetter: someCodePoint(word, isLetterAt),
    capitalised,
    wordLike: isWordLike(word),
    plainLower:
      isLowercaseLetterUnit(word.charCodeAt(0)) &&
      !hasUpperCase(word) &&
      !someCodePoint(word, isNumberAt),
    lowerForm,
    seenLower: 0,
    seenCapitalised: 0,
    text: token,
    written: 0,
    historyKey: capitalised ? norm : '',
  }
}

/** Stands for the missing neighbours before the first and after the last word of a sentence. */
export const BOUNDARY: WordInfo = {
  lower: NO_WORD,
  cased: NO_WORD,
  shape: NO_WORD,
  gazetteer: 64,
  normal: '',
  length: 0,
  hasLower: false,
  hasLetter: false,
  capitalised: false,
  wordLike: false,
  plainLower: false,
  lowerForm: '',
  seenLower: 0,
  seenCapitalised: 0,
  text: '',
  written: 0,
  historyKey: '',
}

/** What `readDocument` finds in a whole document. */
export interface DocumentReading {
  /** Per sequence: a headline (letters, none of them lower-case). */
  capsLines: boolean[]
  /** Whether the document writes this word in lower case outside headlines ("health"). */
  writesLower: (word: string) => boolean
}

/**
 * Document-level casing evidence (is the word also written lower-case, or capitalised
 * mid-sentence, elsewhere?) and the headline flag of each sequence, from the words' entries.
 * Fills `seenLower` and `seenCapitalised` of every entry.
 */
export function readDocument(
  infos: readonly WordInfo[],
  words: readonly string[],
  sequences: readonly Span[],
  entries: readonly WordInfo[],
  entryOf: (word: string) => WordInfo | undefined,
): DocumentReading {
  const capsLines: boolean[] = []
  for (const { start, end } of sequences) {
    let letter = false
    let lower = false
    for (let i = start; i < end; i++) {
      const info = infos[i] as WordInfo
      letter ||= info.hasLetter
      lower ||= info.hasLower
    }
    const caps = letter && !lower
    capsLines.push(caps)
    if (caps) continue
    for (let i = start; i < end; i++) {
      const info = infos[i] as WordInfo
      if (!info.hasLower) continue
      if (!info.capitalised) info.written |= 1
      else if (i > start && !isSentenceOpener(words[i - 1] as string)) info.written |= 2
    }
  }
  // Marked per token; read per distinct word, by its lower-case form among the text's words.
  const writesLower = (word: string): boolean => ((entryOf(word)?.written ?? 0) & 1) !== 0
  const seenCapitalised = new Set<string>()
  for (const info of entries) {
    if (info.written & 2) seenCapitalised.add(info.lowerForm)
  }
  for (const info of entries) {
    // A word written in lower case is its own lower-case form: no lookup.
    const lower = info.lowerForm === info.text ? info : entryOf(info.lowerForm)
    info.seenLower = ((lower?.written ?? 0) & 1) !== 0 ? 1 : 0
    info.seenCapitalised = seenCapitalised.has(info.lowerForm) ? 1 : 0
  }
  return { capsLines, writesLower }
}

function isSentenceOpener(previous: string): boolean {
  return previous === '"' || previous === '“' || previous === '(' || previous === ':'
}

/**
 * The static features fall in groups by what they read, so that a tagger may score each group
 * once per distinct word (or word pair) and add the sums: the word alone, given the headline
 * flag and whether it opens the sentence (OWN_FEATURES); the word seen from its neighbours
 * (AS_PREVIOUS, AS_NEXT: read by the word after and before it; AS_SECOND_PREVIOUS,
 * AS_SECOND_NEXT: two away); and the pairs and triples around it (CONTEXT_FEATURES).
 */
export const OWN_FEATURES = 19
export const AS_PREVIOUS = 3
export const AS_NEXT = 3
export const CONTEXT_FEATURES = 3

export function ownFeatures(
  w: WordInfo,
  capsLine: boolean,
  first: boolean,
  out: Uint32Array,
  at: number,
): void {
  const caps = capsLine ? 1 : 0
  const opens = first ? 1 : 0
  out[at] = mix(Template.Bias, 0)
  out[at + 1] = mix(Template.Lower, w.lower)
  out[at + 2] = mix(Template.Cased, w.cased)
  out[at + 3] = mix(Template.Shape, w.shape)
  affixFeatures(w.normal, out, at + 4)
  out[at + 12] = mix(Template.FirstShape, opens, w.shape)
  out[at + 13] = mix(Template.CapsLineShape, caps, w.shape)
  out[at + 14] = mix(Template.CapsLineLower, caps, w.lower)
  out[at + 15] = mix(Template.Gazetteer, w.gazetteer)
  out[at + 16] = mix(Template.LengthShape, w.length, w.shape)
  out[at + 17] = mix(Template.SeenLower, w.seenLower, caps)
  out[at + 18] = mix(Template.SeenCapitalised, w.seenCapitalised, 2 * caps + opens)
}

export function asPreviousFeatures(w: WordInfo, out: Uint32Array, at: number): void {
  out[at] = mix(Template.LowerPrev, w.lower)
  out[at + 1] = mix(Template.ShapePrev, w.shape)
  out[at + 2] = mix(Template.GazetteerPrev, w.gazetteer)
}

export function asNextFeatures(w: WordInfo, out: Uint32Array, at: number): void {
  out[at] = mix(Template.LowerNext, w.lower)
  out[at + 1] = mix(Template.ShapeNext, w.shape)
  out[at + 2] = mix(Template.GazetteerNext, w.gazetteer)
}

export function asSecondPreviousFeature(w: WordInfo): number {
  return mix(Template.LowerPrev2, w.lower)
}

export function asSecondNextFeature(w: WordInfo): number {
  return mix(Template.LowerNext2, w.lower)
}

export function contextFeatures(
  previous: WordInfo,
  w: WordInfo,
  next: WordInfo,
  out: Uint32Array,
  at: number,
): void {
  out[at] = mix(Template.BigramPrev, previous.lower, w.lower)
  out[at + 1] = mix(Template.BigramNext, w.lower, next.lower)
  out[at + 2] = mix(Template.ShapeTrigram, mix(previous.shape, w.shape), next.shape)
}

/**
 * Hashes the static features of every token (used by training, which revisits each sentence in
 * every epoch). `sequences` holds the token texts of each sentence of one document, in order.
 */
export function prepareDocument(sequences: readonly (readonly string[])[]): PreparedDocument {
  const entries = new Map<string, WordInfo>()
  const words = sequences.flat()
  const infos = words.map((word) => {
    let info = entries.get(word)
    if (info === undefined) {
      info = wordInfo(word)
      entries.set(word, info)
    }
    return info
  })
  const spans: Span[] = []
  let start = 0
  for (const sequence of sequences) {
    spans.push({ start, end: start + sequence.length })
    start += sequence.length
  }
  const { capsLines } = readDocument(infos, words, spans, [...entries.values()], (word) =>
    entries.get(word),
  )
  return {
    sequences: spans.map((span, s) =>
      prepareSequence(infos.slice(span.start, span.end), capsLines[s] === true),
    ),
  }
}

function prepareSequence(words: readonly WordInfo[], capsLine: boolean): PreparedSequence {
  const n = words.length
  const features = new Uint32Array(n * STATIC_FEATURES)
  const lower = new Uint32Array(n)
  const shape = new Uint32Array(n)
  const historyKey: string[] = []
  for (let i = 0; i < n; i++) {
    const w = words[i] as WordInfo
    lower[i] = w.lower
    shape[i] = w.shape
    historyKey.push(w.historyKey)
    let at = i * STATIC_FEATURES
    ownFeatures(w, capsLine, i === 0, features, at)
    at += OWN_FEATURES
    asPreviousFeatures(i > 0 ? (words[i - 1] as WordInfo) : BOUNDARY, features, at)
    at += AS_PREVIOUS
    asNextFeatures(i + 1 < n ? (words[i + 1] as WordInfo) : BOUNDARY, features, at)
    at += AS_NEXT
    features[at++] = asSecondPreviousFeature(i > 1 ? (words[i - 2] as WordInfo) : BOUNDARY)
    features[at++] = asSecondNextFeature(i + 2 < n ? (words[i + 2] as WordInfo) : BOUNDARY)
    contextFeatures(
      i > 0 ? (words[i - 1] as WordInfo) : BOUNDARY,
      w,
      i + 1 < n ? (words[i + 1] as WordInfo) : BOUNDARY,
      features,
      at,
    )
  }
  return { length: n, features, lower, shape, historyKey }
}

/**
 * Writes the tag-dependent feature hashes of a token (its word's `lower` and `shape` hashes) into
 * `out` (DYNAMIC_FEATURES entries): first the TAG_HISTORY_FEATURES that read only the tags and
 * the history, then those that pair the previous tag with the word. `history` is the entity type
 * last predicted for the token's word in this document (0 = none, -1 = not tracked).
 */
export function dynamicFeatures(
  lower: number,
  shape: number,
  previousTag: number,
  previousTag2: number,
  history: number,
  out: Uint32Array,
): void {
  tagHistoryFeatures(previousTag, previousTag2, history, out, 0)
  tagWordFeatures(lower, shape, previousTag, out, TAG_HISTORY_FEATURES)
}

export const TAG_HISTORY_FEATURES = 3

export function tagHistoryFeatures(
  previousTag: number,
  previousTag2: number,
  history: number,
  out: Uint32Array,
  at: number,
): void {
  out[at] = mix(Template.PrevTag, previousTag)
  out[at + 1] = mix(Template.PrevTwoTags, previousTag, previousTag2)
  out[at + 2] = mix(Template.History, history + 1)
}

export function tagWordFeatures(
  lower: number,
  shape: number,
  previousTag: number,
  out: Uint32Array,
  at: number,
): void {
  out[at] = mix(Template.PrevTagLower, previousTag, lower)
  out[at + 1] = mix(Template.PrevTagShape, previousTag, shape)
}
