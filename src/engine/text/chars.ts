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

const UPPER = /\p{Lu}|\p{Lt}/u
const LOWER = /\p{Ll}/u
const LETTER = /\p{L}/u
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u

function charAt(text: string, index: number): string {
  const code = text.codePointAt(index)
  return code === undefined ? '' : String.fromCodePoint(code)
}

export function isUpperAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 0x80) return code >= 0x41 && code <= 0x5a
  return UPPER.test(charAt(text, index))
}

export function isLowerAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 0x80) return code >= 0x61 && code <= 0x7a
  return LOWER.test(charAt(text, index))
}

export function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
  return LETTER.test(charAt(text, index))
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
  if (code >= 0xdc00 && code <= 0xdfff && index > 0) {
    const high = text.charCodeAt(index - 1)
    if (high >= 0xd800 && high <= 0xdbff) return isWordCharAt(text, index - 1)
  }
  return LETTER_OR_DIGIT.test(charAt(text, index))
}

/** Whether the text has any upper-case letter; lower-cased text (e.g. CNN/DailyMail) has none. */
export function hasUpperCase(text: string): boolean {
  return /\p{Lu}/u.test(text)
}
