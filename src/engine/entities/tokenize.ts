/**
 * Word tokenizer for the entity tagger. Splits text into tokens with UTF-16 offsets
 * (`text.slice(start, end) === token.text`), following the CoNLL-2003 / Penn Treebank conventions
 * the tagger was trained on: punctuation and brackets are split off, possessive and negation
 * clitics become tokens of their own ("Xi Jinping’s" → `Jinping` `’s`, "don't" → `do` `n't`),
 * hyphenated words, dotted abbreviations ("U.S.", "a.m.", "J."), numbers ("1,200", "3.5",
 * "1996-08-30") and currency prefixes ("US$") stay whole. Every token knows the line it sits on,
 * so headlines, datelines and table rows can be told apart from running text. A full stop fused to
 * the next sentence ("Joe Biden.The", "Democrats.No", pages that lost a space) ends the word before
 * it: "Biden" "." "The", so that no name runs across it; "Node.js", "U.S." and "Ph.D" stay whole.
 */

import { hasLetterOrDigit } from '../text/chars'
import { propertyPattern } from '../text/patterns'

export interface Token {
  text: string
  start: number
  end: number
  /** Index of the line (newline-separated) holding the token, from 0. */
  line: number
  /**
   * The text in lower case, computed once here: the passes read most words lower-cased, many
   * times each, and a toLowerCase per reading was a large share of their time.
   */
  lower: string
}

/**
 * Reads the tokens' lower-cased texts by index, '' outside them, for rules that look a few words
 * around a name. Made here, not written inline in each rule: a build that keeps function names
 * (wrangler's default, and tsx) wraps every named inline closure in a call that defines its
 * `name` at each creation, and for the cue rules, run once per mention, that cost more than
 * the rules themselves. A closure returned from here has no name to keep.
 */
export function lowerReader(tokens: readonly Token[]): (k: number) => string {
  return (k) => tokens[k]?.lower ?? ''
}

function token(text: string, start: number, end: number, line: number): Token {
  return { text, start, end, line, lower: text.toLowerCase() }
}

/** Words that keep their final period (titles, company forms, months, US states). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'prof',
  'gen',
  'gov',
  'sen',
  'rep',
  'lt',
  'col',
  'capt',
  'sgt',
  'maj',
  'rev',
  'hon',
  'inc',
  'corp',
  'co',
  'ltd',
  'plc',
  'bros',
  'vs',
  'no',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mt',
  'ft',
  'ave',
  'calif',
  'fla',
  'ariz',
  'mass',
  'conn',
  'penn',
  'wash',
  'mich',
  'ill',
  'tex',
  'etc',
  'approx',
  'dept',
  'univ',
  'assn',
  'est',
])

/** Marks tested by code unit: no one-character string is built per test. */
function codesOf(marks: readonly string[]): ReadonlySet<number> {
  return new Set(marks.map((mark) => mark.charCodeAt(0)))
}

const CLITICS = ["n't", "'s", "'re", "'ve", "'ll", "'m", "'d"]
/** Split off the start of a word: opening marks, and stray closing marks ("?A", ",word"). */
const LEADING = codesOf([
  '(',
  '[',
  '{',
  '"',
  '“',
  '‘',
  '«',
  '¿',
  '¡',
  "'",
  '`',
  ',',
  ';',
  ':',
  '!',
  '?',
  ')',
  ']',
  '}',
  '”',
  '»',
  '%',
  '…',
])
/** Split off the end of a word; opening marks too, which never end one ("word("). */
const TRAILING = codesOf([
  '(',
  '[',
  '{',
  '“',
  '‘',
  '«',
  ',',
  ';',
  ':',
  ')',
  ']',
  '}',
  '?',
  '!',
  '"',
  '”',
  '’',
  '»',
  '%',
  "'",
  '…',
])
/**
 * A chunk longer than this with no letter or digit ("*****", a wall of quote marks) is one token:
 * a separator in real text, and splitting it mark by mark would only cost time.
 */
const LONG_SYMBOL_RUN = 16
/** So many letterless chunks in a row on a line ("* * * *", a wall of emoji) are one token too. */
const LONG_SYMBOL_CHUNKS = 16

const EM_DASH = 0x2014
const EN_DASH = 0x2013
const LETTER_OR_DIGIT = propertyPattern(String.raw`[\p{L}\p{N}]`)
const DOTTED_ABBREVIATION = propertyPattern(String.raw`^\p{L}(?:\.\p{L})*$`)
const DIGITS = /^\d+$/
const LOWER = propertyPattern(String.raw`\p{Ll}`)
const UPPER = propertyPattern(String.raw`\p{Lu}`)
const LETTER = propertyPattern(String.raw`\p{L}`)
const OPENING_QUOTES = codesOf(['“', '‘', '"', "'"])

/** Splits `text` into tokens in reading order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let line = 0
  let lineHasToken = false
  const length = text.length
  let i = 0
  // Chunks before this offset belong to a letterless run already measured and found short.
  let shortRunEnd = -1
  while (i < length) {
    const code = text.charCodeAt(i)
    if (code === 10) {
      line++
      lineHasToken = false
      i++
      continue
    }
    if (isSpace(code)) {
      i++
      continue
    }
    const j = chunkEnd(text, i)
    // Every chunk of a short letterless run is letterless too.
    let letterless = i < shortRunEnd
    if (!letterless && !hasLetterOrDigit(text, i, j)) {
      letterless = true
      const run = letterlessRun(text, i, j)
      if (run.chunks >= LONG_SYMBOL_CHUNKS) {
        tokens.push(token(text.slice(i, run.end), i, run.end, line))
        lineHasToken = true
        i = run.end
        continue
      }
      shortRunEnd = run.end
    }
    splitChunk(text, i, j, line, !lineHasToken, letterless, tokens)
    lineHasToken = true
    i = j
  }
  return tokens
}

function chunkEnd(text: string, start: number): number {
  let end = start + 1
  while (end < text.length && !isSpace(text.charCodeAt(end)) && text.charCodeAt(end) !== 10) end++
  return end
}

/**
 * The letterless chunks that follow one another on a line from the chunk [start, end): how many,
 * and where the last ends.
 */
function letterlessRun(text: string, start: number, end: number): { chunks: number; end: number } {
  let chunks = 1
  let runEnd = end
  let next = end
  for (;;) {
    while (next < text.length && isSpace(text.charCodeAt(next))) next++
    if (next >= text.length || text.charCodeAt(next) === 10) break
    const nextEnd = chunkEnd(text, next)
    if (hasLetterOrDigit(text, next, nextEnd)) break
    chunks++
    runEnd = nextEnd
    next = nextEnd
  }
  return { chunks, end: runEnd }
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 13 ||
    code === 11 ||
    code === 12 ||
    code === 0xa0 ||
    code === 0x2009 ||
    code === 0x202f ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0xfeff
  )
}

/**
 * Splits one whitespace-free chunk at dashes, then peels punctuation off each piece. `letterless`:
 * the caller has found no letter or digit in it.
 */
function splitChunk(
  text: string,
  start: number,
  end: number,
  line: number,
  lineStart: boolean,
  letterless: boolean,
  out: Token[],
): void {
  const stop = fusedStop(text, start, end)
  if (stop > 0) {
    splitChunk(text, start, stop + 1, line, lineStart, letterless, out)
    splitChunk(text, stop + 1, end, line, false, letterless, out)
    return
  }
  if (isPlainWord(text, start, end)) {
    out.push(token(text.slice(start, end), start, end, line))
    return
  }
  // A bare word with one mark after it ("said,", "Tuesday.", "U.S."): peel's answer, found
  // without its general search, for the commonest chunk after the bare word.
  if (end - start > 1 && isPlainWord(text, start, end - 1)) {
    const mark = text[end - 1] as string
    const word = text.slice(start, end - 1)
    if (mark === '.' ? !keepsPeriod(word, lineStart) : TRAILING.has(mark.charCodeAt(0))) {
      out.push(token(word, start, end - 1, line))
      out.push(token(mark, end - 1, end, line))
      return
    }
    if (mark === '.') {
      out.push(token(text.slice(start, end), start, end, line))
      return
    }
  }
  if (letterless && end - start > LONG_SYMBOL_RUN) {
    out.push(token(text.slice(start, end), start, end, line))
    return
  }
  let pieceStart = start
  let first = lineStart
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code !== EM_DASH && code !== EN_DASH) continue
    peel(text, pieceStart, i, line, first, out)
    out.push(token(text[i] as string, i, i + 1, line))
    pieceStart = i + 1
    first = false
  }
  peel(text, pieceStart, end, line, first, out)
}

/**
 * Offset of a full stop in the chunk that ends one sentence and touches the next: after a word of
 * two letters or more ending in lower case, before a capital and a lower-case letter ("Biden.The",
 * "Council.“We"); 0 if none. Not "Ph.D", "U.S.", "Amazon.com" nor "ASP.NET".
 */
function fusedStop(text: string, start: number, end: number): number {
  for (let i = start + 2; i + 2 < end; i++) {
    if (text.charCodeAt(i) !== 46) continue
    // An opening quote may come between: "Council.“We".
    const next = OPENING_QUOTES.has(text.charCodeAt(i + 1)) ? i + 2 : i + 1
    if (
      next + 1 < end &&
      LOWER.test(text[i - 1] as string) &&
      LETTER.test(text[i - 2] as string) &&
      UPPER.test(text[next] as string) &&
      LOWER.test(text[next + 1] as string)
    ) {
      return i
    }
  }
  return 0
}

/** Most chunks are bare words: ASCII letters and digits inside, nothing to split off. */
function isPlainWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    const alphanumeric =
      (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
    const inner = i > start && i < end - 1 && (code === 45 || code === 46 || code === 44)
    if (!alphanumeric && !inner) return false
  }
  return true
}

function peel(
  text: string,
  start: number,
  end: number,
  line: number,
  lineStart: boolean,
  out: Token[],
): void {
  let s = start
  let e = end
  while (s < e && LEADING.has(text.charCodeAt(s)) && e - s > 1) {
    out.push(token(text[s] as string, s, s + 1, line))
    s++
  }
  // A currency sign before a number is a token of its own: "$12" → "$" "12", "US$12" → "US$" "12".
  // Searched within the chunk only: indexOf over the rest of the text would make tokenizing quadratic.
  let dollar = s
  while (dollar < e - 1 && text.charCodeAt(dollar) !== 36) dollar++
  if (dollar < e - 1 && /\d/.test(text[dollar + 1] as string)) {
    out.push(token(text.slice(s, dollar + 1), s, dollar + 1, line))
    s = dollar + 1
  }
  // Marks peeled off the end, last first; most pieces have none.
  let tail: Token[] | undefined
  while (e > s) {
    const last = text.charCodeAt(e - 1)
    if (
      e - s > 3 &&
      last === 46 &&
      text.charCodeAt(e - 2) === 46 &&
      text.charCodeAt(e - 3) === 46
    ) {
      tail ??= []
      tail.push(token('...', e - 3, e, line))
      e -= 3
      continue
    }
    const clitic = e - s > 2 ? matchClitic(text, s, e) : 0
    if (clitic > 0) {
      tail ??= []
      tail.push(token(text.slice(e - clitic, e), e - clitic, e, line))
      e -= clitic
      continue
    }
    if (last === 46 && e - s > 1 && !keepsPeriod(text.slice(s, e - 1), lineStart)) {
      tail ??= []
      tail.push(token('.', e - 1, e, line))
      e--
      continue
    }
    if (TRAILING.has(last) && e - s > 1) {
      tail ??= []
      tail.push(token(text[e - 1] as string, e - 1, e, line))
      e--
      continue
    }
    break
  }
  if (e > s) out.push(token(text.slice(s, e), s, e, line))
  if (tail) for (let k = tail.length - 1; k >= 0; k--) out.push(tail[k] as Token)
}

/** Length of the clitic ending text[start, end) ("'s", "’s", "n't", ...) or 0. */
function matchClitic(text: string, start: number, end: number): number {
  if (!isApostrophe(text.charCodeAt(end - 2)) && !isApostrophe(text.charCodeAt(end - 3))) return 0
  const piece = text.slice(start, end)
  const normal = piece.replace(/\u2019/g, "'").toLowerCase()
  for (const clitic of CLITICS) {
    // A clitic written alone ("did n't", "the world 's") has no word to split off.
    const before = piece[piece.length - clitic.length - 1]
    if (normal.endsWith(clitic) && before !== undefined && LETTER_OR_DIGIT.test(before)) {
      // "O'Neill" and "o'clock" keep their apostrophe: only a word-final clitic splits.
      return clitic.length
    }
  }
  return 0
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019
}

function keepsPeriod(word: string, lineStart: boolean): boolean {
  if (word.endsWith('.')) return false
  if (DOTTED_ABBREVIATION.test(word)) return true
  if (ABBREVIATIONS.has(word.toLowerCase())) return true
  // Ranked lists open a line with "1." .
  return lineStart && DIGITS.test(word)
}
