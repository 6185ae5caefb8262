/**
 * Character classes shared by the text splitters, as UTF-16 code unit tests so that scanners stay
 * linear and never build regular expressions over unbounded input.
 */

import { CATEGORY, LETTER_BITS, latinCategories } from './latin-categories'
import { propertyPattern, type PropertyPattern } from './patterns'

/** Unicode white space (the `\s` set of JavaScript regular expressions). */
export function isSpace(code: number): boolean {
  if (code > 0x20 && code < 0x7f) return false
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** A line break: LF, CR (alone or in CRLF), NEL, LINE SEPARATOR or PARAGRAPH SEPARATOR. */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x85 || code === 0x2028 || code === 0x2029
}

/**
 * Unicode property tests answered for the Latin blocks from the built table of their categories
 * (latin-categories.ts), else by their regular expression once per distinct code point and then
 * from a table: text in other scripts repeats few code points, and a regular expression per
 * character made such text several times slower than English.
 */
interface PropertyTest {
  /** The code point at an index (a surrogate pair read whole). */
  at: (text: string, index: number) => boolean
  /** A BMP code unit that is not a surrogate. */
  unit: (code: number) => boolean
}

const ASTRAL_SLOTS = 1024

/** `property` matches the code units of the Latin table whose categories have one of `bits`. */
function propertyTest(property: PropertyPattern, bits: number): PropertyTest {
  // Per BMP code unit: 0 not yet tested, 1 has the property, 2 has not. Made on first use, as
  // English text never asks and an isolate should not carry the tables for nothing.
  let bmp: Uint8Array | undefined
  // Astral code points (emoji, historic scripts) in a direct-mapped table by their low bits, made
  // on first use too.
  let astralPoints: Int32Array | undefined
  let astralAnswers: Uint8Array | undefined
  const unit = (code: number): boolean => {
    const latin = latinCategories(code)
    if (latin >= 0) return (latin & bits) !== 0
    bmp ??= new Uint8Array(0x10000)
    const known = bmp[code] as number
    if (known !== 0) return known === 1
    const has = property.test(String.fromCharCode(code))
    bmp[code] = has ? 1 : 2
    return has
  }
  const at = (text: string, index: number): boolean => {
    const point = text.codePointAt(index)
    if (point === undefined) return false
    if (point < 0x10000) return unit(point)
    const slot = point & (ASTRAL_SLOTS - 1)
    astralPoints ??= new Int32Array(ASTRAL_SLOTS)
    astralAnswers ??= new Uint8Array(ASTRAL_SLOTS)
    if (astralPoints[slot] === point) return astralAnswers[slot] === 1
    const has = property.test(String.fromCodePoint(point))
    astralPoints[slot] = point
    astralAnswers[slot] = has ? 1 : 0
    return has
  }
  return { at, unit }
}

const UPPER = propertyTest(
  propertyPattern(String.raw`\p{Lu}|\p{Lt}`),
  CATEGORY.uppercaseLetter | CATEGORY.titlecaseLetter,
)
const LOWER = propertyTest(propertyPattern(String.raw`\p{Ll}`), CATEGORY.lowercaseLetter)
const LETTER = propertyTest(propertyPattern(String.raw`\p{L}`), LETTER_BITS)
const LETTER_DIGIT_OR_MARK = propertyTest(
  propertyPattern(String.raw`[\p{L}\p{N}\p{M}]`),
  LETTER_BITS | CATEGORY.number | CATEGORY.mark,
)
const LETTER_OR_DIGIT = propertyTest(
  propertyPattern(String.raw`[\p{L}\p{N}]`),
  LETTER_BITS | CATEGORY.number,
)
const ANY_UPPER = propertyPattern(String.raw`\p{Lu}`)
const UPPERCASE_LETTER = propertyTest(ANY_UPPER, CATEGORY.uppercaseLetter)
const NUMBER = propertyTest(propertyPattern(String.raw`\p{N}`), CATEGORY.number)

/** Whether the text has any upper-case letter; lower-cased text (e.g. CNN/DailyMail) has none. */
export function hasUpperCase(text: string): boolean {
  return ANY_UPPER.test(text)
}

/**
 * One UTF-16 code unit on its own (`word[i]`) against `\p{Lu}`, `\p{Ll}`, `\p{L}` or `\p{N}`, as
 * the tagger's features read a word: a surrogate, half a character, is none of them. Unlike
 * `isUpperAt`, `\p{Lu}` leaves out the title-case letters (`ǅ`), which the features count as
 * letters of a word's body.
 */
export function isUppercaseLetterUnit(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a
  return (code < 0xd800 || code > 0xdfff) && UPPERCASE_LETTER.unit(code)
}

export function isLowercaseLetterUnit(code: number): boolean {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a
  return (code < 0xd800 || code > 0xdfff) && LOWER.unit(code)
}

export function isLetterUnit(code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
  return (code < 0xd800 || code > 0xdfff) && LETTER.unit(code)
}

export function isNumberUnit(code: number): boolean {
  if (code < 0x80) return code >= 0x30 && code <= 0x39
  return (code < 0xd800 || code > 0xdfff) && NUMBER.unit(code)
}

/** A number (`\p{N}`: digits of any script, numerals, fractions) at an index, a pair read whole. */
export function isNumberAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 0x80) return code >= 0x30 && code <= 0x39
  return NUMBER.at(text, index)
}

/**
 * Whether some code point of `text` passes `test` (read at each index: at the low half of a
 * surrogate pair a test sees a lone surrogate, which has no property), as `/\p{..}/u.test(text)`.
 */
export function someCodePoint(
  text: string,
  test: (text: string, index: number) => boolean,
): boolean {
  for (let i = 0; i < text.length; i++) if (test(text, i)) return true
  return false
}

/** Whether text[start, end) holds a letter or a digit, in one scan. */
export function hasLetterOrDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) {
      if (ASCII_WORD[code] === 1) return true
    } else if (
      code < 0xd800 || code > 0xdfff ? LETTER_OR_DIGIT.unit(code) : LETTER_OR_DIGIT.at(text, i)
    ) {
      return true
    }
  }
  return false
}

/**
 * Whether one UTF-16 code unit is a letter or a digit on its own (`/[\p{L}\p{N}]/u` over a
 * one-unit string): a surrogate, half a character, is neither.
 */
export function isLetterOrDigitUnit(code: number): boolean {
  if (code < 0x80) return ASCII_WORD[code] === 1
  return (code < 0xd800 || code > 0xdfff) && LETTER_OR_DIGIT.unit(code)
}

/**
 * Whether one UTF-16 code unit is a letter, digit or combining mark on its own
 * (`/[\p{L}\p{M}\p{N}]/u` over a one-unit string): a surrogate, half a character, is none.
 */
export function isWordCharUnit(code: number): boolean {
  if (code < 0x80) return ASCII_WORD[code] === 1
  return (code < 0xd800 || code > 0xdfff) && LETTER_DIGIT_OR_MARK.unit(code)
}

/**
 * Code points of `text` if each passes `test` (read at its first code unit), else -1: the
 * `^\p{..}*$` of a regular expression, without compiling one more Unicode-property class per
 * call site on a cold start.
 */
function codePointsAll(text: string, test: (text: string, index: number) => boolean): number {
  let count = 0
  for (let i = 0; i < text.length; i++) {
    if (!test(text, i)) return -1
    // A letter at a high surrogate was read whole (`codePointAt`): skip its low half.
    const code = text.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff) i++
    count++
  }
  return count
}

/** Letters only, as `/^\p{L}*$/u`: the number of letters, or -1. */
export function letterCount(text: string): number {
  return codePointsAll(text, isLetterAt)
}

/** One or more lower-case letters and nothing else, as `/^\p{Ll}+$/u`. */
export function isLowerWord(text: string): boolean {
  return codePointsAll(text, isLowerAt) > 0
}

/** A letter or a digit (`[\p{L}\p{N}]`) at an index, a surrogate pair read whole. */
export function isLetterOrDigitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 0x80) return ASCII_WORD[code] === 1
  return LETTER_OR_DIGIT.at(text, index)
}

export function isUpperAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 0x80) return code >= 0x41 && code <= 0x5a
  return UPPER.at(text, index)
}

export function isLowerAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 0x80) return code >= 0x61 && code <= 0x7a
  return LOWER.at(text, index)
}

export function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
  return LETTER.at(text, index)
}

export function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/** Letter, digit or combining mark; a low surrogate counts with the high surrogate before it. */
export function isWordCharAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  // The ASCII test stays small so that engines inline it; other scripts take the slow path.
  if (code < 0x80) return ASCII_WORD[code] === 1
  return isNonAsciiWordCharAt(text, index, code)
}

/** 1 for ASCII letters and digits, indexed by code unit. */
const ASCII_WORD = Uint8Array.from({ length: 0x80 }, (_, code) =>
  (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
    ? 1
    : 0,
)

function isNonAsciiWordCharAt(text: string, index: number, code: number): boolean {
  // Outside the surrogates a code unit is a whole character.
  if (code < 0xd800 || code > 0xdfff) return LETTER_DIGIT_OR_MARK.unit(code)
  // A low surrogate counts with the high surrogate before it.
  if (code >= 0xdc00) {
    const high = index > 0 ? text.charCodeAt(index - 1) : 0
    return high >= 0xd800 && high <= 0xdbff && LETTER_DIGIT_OR_MARK.at(text, index - 1)
  }
  return LETTER_DIGIT_OR_MARK.at(text, index)
}
