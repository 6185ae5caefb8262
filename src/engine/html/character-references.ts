/**
 * Decodes HTML character references (`&amp;`, `&eacute;`, `&#233;`, `&#xE9;`) as the HTML
 * standard's tokenizer does, in one left-to-right pass (linear in the input: a name is at most 32
 * characters, digits are read once).
 *
 * - Named: the standard's full table (named-references.json, written by
 *   scripts/named-references.py). With a `;` any name; without one only the legacy names
 *   (`&amp`, `&copy`), longest match first, and in attribute values not when a letter, digit or
 *   `=` follows (so `?a=1&copy=2` stays a URL).
 * - Numeric: NUL, surrogates and values above U+10FFFF give U+FFFD; 0x80–0x9F are read as
 *   windows-1252, as browsers do.
 * Anything else stays as written.
 */
import table from './named-references.json'

const NAMES: Readonly<Record<string, string>> = table.names
const LEGACY = new Set(table.legacy.split(' '))
const LONGEST_NAME = 32
const REPLACEMENT = '\uFFFD'

/** windows-1252's characters for 0x80–0x9F (0 where it has none and the code point stands). */
const C1_AS_WINDOWS_1252 = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0, 0x017e, 0x0178,
]

function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

function isHexDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102)
}

function codePointText(value: number): string {
  if (value === 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return REPLACEMENT
  if (value >= 0x80 && value <= 0x9f) {
    const mapped = C1_AS_WINDOWS_1252[value - 0x80] ?? 0
    if (mapped !== 0) return String.fromCharCode(mapped)
  }
  return String.fromCodePoint(value)
}

/** Where a reference read ends and what it stands for: one per decode call, refilled. */
interface Reference {
  value: string
  end: number
}

/** A numeric reference at `start` (just after `&#`) into `found`; false when there is none. */
function numeric(text: string, start: number, found: Reference): boolean {
  let index = start
  const hex = text.charCodeAt(index) === 120 || text.charCodeAt(index) === 88
  if (hex) index++
  const digitsStart = index
  let value = 0
  for (; index < text.length; index++) {
    const code = text.charCodeAt(index)
    const digit = hex ? isHexDigit(code) : code >= 48 && code <= 57
    if (!digit) break
    // Past U+10FFFF the value only matters as "too large": stop it growing without bound.
    if (value <= 0x10ffff) value = value * (hex ? 16 : 10) + parseInt(text[index] ?? '0', 16)
  }
  if (index === digitsStart) return false
  if (text.charCodeAt(index) === 59) index++
  found.value = codePointText(value)
  found.end = index
  return true
}

/**
 * The references most pages are made of, with their `;`, read without cutting the name out of
 * the text: a page of a million `&amp;` costs a comparison each.
 */
const COMMON: readonly (readonly [string, string])[] = [
  ['amp;', '&'],
  ['quot;', '"'],
  ['nbsp;', '\u00a0'],
  ['lt;', '<'],
  ['gt;', '>'],
  ['apos;', "'"],
]

/** A named reference at `start` (just after `&`) into `found`; false when there is none. */
function named(text: string, start: number, inAttribute: boolean, found: Reference): boolean {
  for (const [name, value] of COMMON) {
    if (text.startsWith(name, start)) {
      found.value = value
      found.end = start + name.length
      return true
    }
  }
  let end = start
  const limit = Math.min(text.length, start + LONGEST_NAME)
  while (end < limit && isAlphanumeric(text.charCodeAt(end))) end++
  if (end === start) return false
  if (text.charCodeAt(end) === 59) {
    const value = NAMES[text.slice(start, end)]
    if (value !== undefined) {
      found.value = value
      found.end = end + 1
      return true
    }
  }
  // Without a ';': the longest legacy name that prefixes the run.
  for (let stop = end; stop > start; stop--) {
    const name = text.slice(start, stop)
    if (!LEGACY.has(name)) continue
    const next = text.charCodeAt(stop)
    if (inAttribute && (isAlphanumeric(next) || next === 61)) return false
    found.value = NAMES[name] ?? ''
    found.end = stop
    return true
  }
  return false
}

/**
 * `text` with its character references decoded (attribute rules when `inAttribute`). The pieces
 * are joined once at the end: adding them one by one to a string would build a chain of a
 * million pieces on a page of a million references.
 */
export function decodeCharacterReferences(text: string, inAttribute = false): string {
  let amp = text.indexOf('&')
  if (amp < 0) return text
  const pieces: string[] = []
  const found: Reference = { value: '', end: 0 }
  let copied = 0
  while (amp >= 0) {
    const decoded =
      text.charCodeAt(amp + 1) === 35
        ? numeric(text, amp + 2, found)
        : named(text, amp + 1, inAttribute, found)
    if (decoded) {
      if (amp > copied) pieces.push(text.slice(copied, amp))
      pieces.push(found.value)
      copied = found.end
      amp = text.indexOf('&', copied)
    } else {
      amp = text.indexOf('&', amp + 1)
    }
  }
  if (copied < text.length) pieces.push(text.slice(copied))
  return pieces.join('')
}
