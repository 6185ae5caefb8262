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

/** FNV-1a over UTF-16 code units. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
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
  const bit = hash & GAZETTEER_FILTER_MASK
  if (((GAZETTEER_FILTER[bit >>> 3] as number) & (1 << (bit & 7))) === 0) return 0
  return GAZETTEER.get(word) ?? 0
}

/** The gazetteer's bits of a lower-case word (0 if it is in none of its lists). */
export function listedBits(word: string): number {
  return listedBitsHashed(word, hashString(word))
}
