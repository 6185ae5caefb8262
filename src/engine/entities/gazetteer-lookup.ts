/**
 * Gazetteer lookups by hash: the FNV-1a hash the tagger already takes of each word, and a filter of
 * the gazetteer's words (one bit per value of the low bits of their hashes). Most words of a text
 * are in none of its lists, and the filter rules them out without a lookup in the gazetteer's Map,
 * whose hashing of a new string and cold table cost far more. A word it lets through is looked
 * up, so the answer is always the Map's.
 *
 * The filter ships built (gazetteer-filter.ts, written by `npm run build:gazetteer-filter`, checked
 * against the lists by tests/engine/entities/gazetteer-filter.test.ts): hashing the gazetteer's
 * words at import ran an interpreted loop over every character of every list, 2 to 4 ms of each
 * isolate's cold start, where the native base64 decode of the built filter takes microseconds.
 */

import { fromBase64 } from './base64'
import { GAZETTEER } from './gazetteer'
import { GAZETTEER_FILTER_BASE64 } from './gazetteer-filter'

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/** FNV-1a over UTF-16 code units. */
export function hashString(text: string): number {
  let hash = FNV_OFFSET
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, FNV_PRIME)
  }
  return hash >>> 0
}

const GAZETTEER_FILTER_MASK = (1 << 16) - 1

/**
 * The filter of `words`: bit `hashString(word) & GAZETTEER_FILTER_MASK` set for each, bit k at
 * byte k >> 3, value 1 << (k & 7).
 */
export function gazetteerFilter(words: Iterable<string>): Uint8Array {
  const filter = new Uint8Array((GAZETTEER_FILTER_MASK + 1) / 8)
  for (const word of words) {
    const bit = hashString(word) & GAZETTEER_FILTER_MASK
    filter[bit >>> 3] = (filter[bit >>> 3] as number) | (1 << (bit & 7))
  }
  return filter
}

/** Immutable after construction. */
const GAZETTEER_FILTER: Uint8Array = fromBase64(GAZETTEER_FILTER_BASE64)

/** The gazetteer's bits of `word`, whose FNV-1a hash is `hash`. */
export function listedBitsHashed(word: string, hash: number): number {
  return mayBeListed(hash) ? (GAZETTEER.get(word) ?? 0) : 0
}

/** The gazetteer's bits of a lower-case word (0 if it is in none of its lists). */
export function listedBits(word: string): number {
  return listedBitsHashed(word, hashString(word))
}

/**
 * The gazetteer's bits of `word` lower-cased, without its final period, or'ed with those of its
 * singular when it ends in "s" ("Ministers" → ministers, minister). An ASCII word is hashed as if
 * lower-cased, the singular's hash being the hash one letter short, so that the lower-case strings
 * are made only for the few words the filter lets through: this is read for most words of most
 * mentions, and a toLowerCase each time was a large part of several passes.
 */
export function listedBitsOfWord(word: string): number {
  let end = word.length
  if (end > 0 && word.charCodeAt(end - 1) === 46) end--
  let hash = FNV_OFFSET
  let stem = FNV_OFFSET
  for (let i = 0; i < end; i++) {
    let code = word.charCodeAt(i)
    if (code >= 128) return listedBitsOfLowered(word)
    if (code >= 65 && code <= 90) code += 32
    stem = hash
    hash = Math.imul(hash ^ code, FNV_PRIME)
  }
  let bits = mayBeListed(hash) ? listedBitsHashed(word.slice(0, end).toLowerCase(), hash) : 0
  const last = end > 0 ? word.charCodeAt(end - 1) : 0
  if ((last === 115 || last === 83) && mayBeListed(stem)) {
    bits |= listedBitsHashed(word.slice(0, end - 1).toLowerCase(), stem)
  }
  return bits
}

/** listedBitsOfWord by its definition, for words beyond ASCII (whose case rules are Unicode's). */
function listedBitsOfLowered(word: string): number {
  let lower = word.toLowerCase()
  if (lower.endsWith('.')) lower = lower.slice(0, -1)
  const bits = listedBits(lower)
  return lower.endsWith('s') ? bits | listedBits(lower.slice(0, -1)) : bits
}

function mayBeListed(hash: number): boolean {
  const bit = hash & GAZETTEER_FILTER_MASK
  return ((GAZETTEER_FILTER[bit >>> 3] as number) & (1 << (bit & 7))) !== 0
}
