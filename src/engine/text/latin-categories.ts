/**
 * The general categories of the Latin code units (Latin-1 Supplement, Latin Extended-A and -B, the
 * IPA block, spacing modifiers and combining diacritical marks: U+0080 to U+036F), read from a
 * table built ahead (latin-categories-table.ts, by scripts/build-tables.ts). Text in English and
 * the other Latin-script languages has few characters beyond ASCII (an accent, a combining mark),
 * and answering them from a regular expression with a property class cost its compilation, 0.3
 * to 0.8 ms per class, on an isolate's first text; the table answers without compiling any.
 */
import { LATIN_CATEGORIES } from './latin-categories-table'

/** Bits of a code unit's categories in the table. */
export const CATEGORY = {
  uppercaseLetter: 1,
  lowercaseLetter: 2,
  titlecaseLetter: 4,
  /** Modifier and other letters (`\p{Lm}`, `\p{Lo}`: `ª`, `º`, `ʰ`). */
  otherLetter: 8,
  mark: 16,
  number: 32,
} as const

/** Any letter (`\p{L}`). */
export const LETTER_BITS =
  CATEGORY.uppercaseLetter |
  CATEGORY.lowercaseLetter |
  CATEGORY.titlecaseLetter |
  CATEGORY.otherLetter

export const LATIN_CATEGORIES_START = 0x80
export const LATIN_CATEGORIES_END = 0x370

/**
 * The CATEGORY bits of a code unit in [LATIN_CATEGORIES_START, LATIN_CATEGORIES_END), or -1 for
 * one outside the table.
 */
export function latinCategories(code: number): number {
  if (code < LATIN_CATEGORIES_START || code >= LATIN_CATEGORIES_END) return -1
  return LATIN_CATEGORIES.charCodeAt(code - LATIN_CATEGORIES_START) - 0x40
}
