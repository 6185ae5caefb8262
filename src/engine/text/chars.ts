/**
 * Character classes shared by the text splitters, as UTF-16 code unit tests so that scanners stay
 * linear and never build regular expressions over unbounded input.
 */

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
 * A Unicode property test of the code point at an index, answered by its regular expression once
 * per distinct code point and then from a table: text in other scripts repeats few code points,
 * and a regular expression per character made such text several times slower than English.
 */
const ASTRAL_SLOTS = 1024

function propertyTest(property: RegExp): (text: string, index: number) => boolean {
  // Per BMP code unit: 0 not yet tested, 1 has the property, 2 has not.
  const bmp = new Uint8Array(0x10000)
  // Astral code points (emoji, historic scripts) in a direct-mapped table by their low bits.
  const astralPoints = new Int32Array(ASTRAL_SLOTS)
  const astralAnswers = new Uint8Array(ASTRAL_SLOTS)
  return (text, index) => {
    const point = text.codePointAt(index)
    if (point === undefined) return false
    if (point < 0x10000) {
      const known = bmp[point] as number
      if (known !== 0) return known === 1
      const has = property.test(String.fromCharCode(point))
      bmp[point] = has ? 1 : 2
      return has
    }
    const slot = point & (ASTRAL_SLOTS - 1)
    if (astralPoints[slot] === point) return astralAnswers[slot] === 1
    const has = property.test(String.fromCodePoint(point))
    astralPoints[slot] = point
    astralAnswers[slot] = has ? 1 : 0
    return has
  }
}

const isUpperPoint = propertyTest(/\p{Lu}|\p{Lt}/u)
const isLowerPoint = propertyTest(/\p{Ll}/u)
const isLetterPoint = propertyTest(/\p{L}/u)
const isLetterDigitOrMarkPoint = propertyTest(/[\p{L}\p{N}\p{M}]/u)
const isLetterOrDigitPoint = propertyTest(/[\p{L}\p{N}]/u)

/** Whether text[start, end) holds a letter or a digit, in one scan. */
export function hasLetterOrDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) {
      if (ASCII_WORD[code] === 1) return true
    } else if (isLetterOrDigitPoint(text, i)) {
      return true
    }
  }
  return false
}

export function isUpperAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 0x80) return code >= 0x41 && code <= 0x5a
  return isUpperPoint(text, index)
}

export function isLowerAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 0x80) return code >= 0x61 && code <= 0x7a
  return isLowerPoint(text, index)
}

export function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
  return isLetterPoint(text, index)
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
  // Ranges common in news answered without a regular expression: typographic punctuation
  // (quotes, dashes, ellipsis), Latin-1 and Latin Extended letters, CJK ideographs, Hangul.
  if (code >= 0x2000 && code <= 0x206f) return false
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7
  if (code < 0xc0) {
    return (
      code === 0xaa ||
      code === 0xb5 ||
      code === 0xba ||
      code === 0xb2 ||
      code === 0xb3 ||
      code === 0xb9 ||
      (code >= 0xbc && code <= 0xbe)
    )
  }
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7a3)) return true
  if (code >= 0xdc00 && code <= 0xdfff && index > 0) {
    const high = text.charCodeAt(index - 1)
    if (high >= 0xd800 && high <= 0xdbff) return isWordCharAt(text, index - 1)
  }
  return isLetterDigitOrMarkPoint(text, index)
}

/** Whether the text has any upper-case letter; lower-cased text (e.g. CNN/DailyMail) has none. */
export function hasUpperCase(text: string): boolean {
  return /\p{Lu}/u.test(text)
}
