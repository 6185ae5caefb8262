/**
 * Gazetteer lookups by hash: the FNV-1a hash the tagger already takes of each word, and a filter of
 * the gazetteer's words (one bit per value of the low bits of their hashes). Most words of a text
 * are in none of its lists, and the filter rules them out without a lookup in the gazetteer's Map,
 * whose hashing of a new string and cold table cost far more. A word it lets through is looked
 * up, so the answer is always the Map's.
 */

import { GAZETTEER } from './gazetteer'

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

function gazetteerFilter(): Int32Array {
  const filter = new Int32Array((GAZETTEER_FILTER_MASK + 1) / 32)
  for (const word of GAZETTEER.keys()) {
    const bit = hashString(word) & GAZETTEER_FILTER_MASK
    filter[bit >>> 5] = (filter[bit >>> 5] as number) | (1 << (bit & 31))
  }
  return filter
}

/** Immutable after construction. */
const GAZETTEER_FILTER: Int32Array = gazetteerFilter()

/** The gazetteer's bits of `word`, whose FNV-1a hash is `hash`. */
export function listedBitsHashed(word: string, hash: number): number {
  const bit = hash & GAZETTEER_FILTER_MASK
  if (((GAZETTEER_FILTER[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return 0
  return GAZETTEER.get(word) ?? 0
}

/** The gazetteer's bits of a lower-case word (0 if it is in none of its lists). */
export function listedBits(word: string): number {
  return listedBitsHashed(word, hashString(word))
}
