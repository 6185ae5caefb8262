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
const REPLACEMENT = 0xfffd

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

/** The code point a numeric reference stands for, as browsers read it. */
function codePointOf(value: number): number {
  if (value === 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return REPLACEMENT
  if (value >= 0x80 && value <= 0x9f) {
    const mapped = C1_AS_WINDOWS_1252[value - 0x80] ?? 0
    if (mapped !== 0) return mapped
  }
  return value
}

/** Code units gathered before they are made into a string (an argument list of this length). */
const CHUNK = 4096
/** Runs of plain text up to this length are copied unit by unit; longer ones are sliced. */
const MAX_COPIED = 32

/**
 * The decoded text as it is written: references and short runs of text between them go into an
 * array of code units, made into a string a chunk at a time; long runs of text are kept as
 * slices. A page of a million references thus makes a few hundred strings, not a million.
 */
class Output {
  private readonly pieces: string[] = []
  private readonly units: number[]
  private count = 0

  constructor(private readonly text: string) {
    this.units = new Array<number>(Math.min(CHUNK, text.length)).fill(0)
  }

  unit(code: number): void {
    this.units[this.count++] = code
    if (this.count === this.units.length) this.flushUnits()
  }

  codePoint(value: number): void {
    if (value <= 0xffff) {
      this.unit(value)
      return
    }
    const offset = value - 0x10000
    this.unit(0xd800 + (offset >> 10))
    this.unit(0xdc00 + (offset & 0x3ff))
  }

  chars(value: string): void {
    for (let index = 0; index < value.length; index++) this.unit(value.charCodeAt(index))
  }

  /** The input from `start` to `end`, as written. */
  copy(start: number, end: number): void {
    if (end - start <= MAX_COPIED) {
      for (let index = start; index < end; index++) this.unit(this.text.charCodeAt(index))
      return
    }
    this.flushUnits()
    this.pieces.push(this.text.slice(start, end))
  }

  private flushUnits(): void {
    if (this.count === 0) return
    const units = this.count === this.units.length ? this.units : this.units.slice(0, this.count)
    this.pieces.push(String.fromCharCode(...units))
    this.count = 0
  }

  result(): string {
    this.flushUnits()
    return this.pieces.length === 1 ? (this.pieces[0] ?? '') : this.pieces.join('')
  }
}

function hexValue(code: number): number {
  return code <= 57 ? code - 48 : (code | 32) - 87
}

/** A numeric reference at `start` (just after `&#`) written out; where it ends, -1 if none. */
function numeric(text: string, start: number, out: Output): number {
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
    if (value <= 0x10ffff) value = value * (hex ? 16 : 10) + hexValue(code)
  }
  if (index === digitsStart) return -1
  if (text.charCodeAt(index) === 59) index++
  out.codePoint(codePointOf(value))
  return index
}

/**
 * The references most pages are made of, with their `;`, and the code units they stand for: read
 * without cutting the name out of the text, a page of a million `&amp;` costs a comparison each.
 */
const COMMON_NAMES = ['amp;', 'quot;', 'nbsp;', 'lt;', 'gt;', 'apos;']
const COMMON_UNITS = [38, 34, 0xa0, 60, 62, 39]

/** Whether `text` has `name` at `start`. */
function follows(text: string, start: number, name: string): boolean {
  for (let index = 0; index < name.length; index++)
    if (text.charCodeAt(start + index) !== name.charCodeAt(index)) return false
  return true
}

/** A named reference at `start` (just after `&`) written out; where it ends, -1 if none. */
function named(text: string, start: number, inAttribute: boolean, out: Output): number {
  const first = text.charCodeAt(start)
  for (let entry = 0; entry < COMMON_NAMES.length; entry++) {
    const name = COMMON_NAMES[entry] ?? ''
    if (name.charCodeAt(0) === first && follows(text, start, name)) {
      out.unit(COMMON_UNITS[entry] ?? 0)
      return start + name.length
    }
  }
  let end = start
  const limit = Math.min(text.length, start + LONGEST_NAME)
  while (end < limit && isAlphanumeric(text.charCodeAt(end))) end++
  if (end === start) return -1
  if (text.charCodeAt(end) === 59) {
    const value = NAMES[text.slice(start, end)]
    if (value !== undefined) {
      out.chars(value)
      return end + 1
    }
  }
  // Without a ';': the longest legacy name that prefixes the run.
  for (let stop = end; stop > start; stop--) {
    const name = text.slice(start, stop)
    if (!LEGACY.has(name)) continue
    const next = text.charCodeAt(stop)
    if (inAttribute && (isAlphanumeric(next) || next === 61)) return -1
    out.chars(NAMES[name] ?? '')
    return stop
  }
  return -1
}

/** Whether `&amp;`, the commonest reference by far (every `&` of a link's query string), is at `at`. */
function isAmpersandReference(text: string, at: number): boolean {
  return (
    text.charCodeAt(at + 1) === 97 &&
    text.charCodeAt(at + 2) === 109 &&
    text.charCodeAt(at + 3) === 112 &&
    text.charCodeAt(at + 4) === 59
  )
}

function writeAmpersand(out: Output, at: number): number {
  out.unit(38)
  return at + 5
}

/** `text` with its character references decoded (attribute rules when `inAttribute`). */
export function decodeCharacterReferences(text: string, inAttribute = false): string {
  let amp = text.indexOf('&')
  if (amp < 0) return text
  const out = new Output(text)
  let copied = 0
  while (amp >= 0) {
    if (amp > copied) out.copy(copied, amp)
    const end = isAmpersandReference(text, amp)
      ? writeAmpersand(out, amp)
      : text.charCodeAt(amp + 1) === 35
        ? numeric(text, amp + 2, out)
        : named(text, amp + 1, inAttribute, out)
    // Not a reference: the `&` stays as written.
    copied = end < 0 ? amp : end
    // A run of references is read without a search for each.
    amp = end >= 0 && text.charCodeAt(end) === 38 ? end : text.indexOf('&', end < 0 ? amp + 1 : end)
  }
  out.copy(copied, text.length)
  return out.result()
}
