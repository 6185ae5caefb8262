/**
 * Sentence boundaries with no white space in them. Text copied from web pages often runs one
 * paragraph into the next with nothing between ("…for Joe Biden.The former vice president…",
 * "…he said.”Ms Ortiz…", a caption's credit and date line fused onto the lede "…16, 2020As the
 * heat rose…"). Contract: `fusedCut(text, start, end)` returns the first offset inside the token
 * `[start, end)` where a second sentence may begin, or -1; nothing is inserted, so the pieces stay
 * exact UTF-16 offsets into the text. A `mark` cut is only a candidate (the sentence splitter still
 * judges the word before the mark, so "Mrs.Ortiz" stays whole); a `date` cut is a boundary.
 *
 * Method: orthographic evidence on both sides of the cut. A mark cut is a `.`, `!` or `?` (closing
 * quotes and brackets may follow) directly followed by a capital that opens a word, when the left
 * side is a word ending in two lower-case letters, a closing quote or bracket, or a number before a
 * capitalised word ("at 100.Ms Ortiz"). That excludes dotted abbreviations ("U.S.", "Ph.D."),
 * initials ("J.R.R."), an ellipsis ("Credit...Ana Lima"), "St.Louis", decimals and versions (no capital follows), and domains
 * ("Amazon.com", "Node.js", "news.Example.com": the capital's word must not run on into `.` and a
 * lower-case letter), and every token holding a URL or an address. A date cut is a year fused to
 * a capitalised word after a month and day ("Aug. 16, 2020As", "16 August 2020The").
 */
import { isDigitCode, isLetterAt, isLowerAt, isUpperAt } from './chars'

export type FusedCut = 'mark' | 'date'

/** Longest token searched for a cut: longer ones are not prose (a hash, a base64 blob). */
const MAX_TOKEN_CHARS = 400

/** Characters before a fused year read to find its month and day. */
const DATE_WINDOW = 24

/** "Aug. 16, " or "16 August " right before a year (the month may be fused to a word before). */
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?'
const MONTH_DAY_BEFORE = new RegExp(`(?:${MONTH}\\s+\\d{1,2},|\\b\\d{1,2}\\s+${MONTH})\\s+$`)

/** Closing quotes and brackets that may stand between the mark and the capital. */
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»'])
/** Opening quotes that may stand before the capital ("…this week.“This means…"). */
const OPENERS = new Set(['“', '‘', '«'])
const MARKS = new Set(['.', '!', '?'])

/**
 * Where the token `[start, end)` holds a fused sentence boundary, and of which kind.
 *
 * @example
 * const text = 'Biden.The'
 * fusedCut(text, 0, text.length) // { at: 6, kind: 'mark' }
 */
export function fusedCut(
  text: string,
  start: number,
  end: number,
): { at: number; kind: FusedCut } | undefined {
  if (end - start > MAX_TOKEN_CHARS || end - start < 3) return undefined
  let address: boolean | undefined
  for (let p = start + 2; p < end; p++) {
    // Cheap test first: a cut follows a mark, a quote, a bracket or a digit.
    const before = text.charCodeAt(p - 1)
    if (!mayPrecedeCut(before) || !isUpperAt(text, p)) continue
    const digit = isDigitCode(before)
    address ??= isAddress(text, start, end)
    const at = address ? -1 : markCut(text, start, p, end)
    if (at >= 0) return { at, kind: 'mark' }
    if (digit && dateCut(text, start, p, end)) return { at: p, kind: 'date' }
  }
  return undefined
}

/**
 * A mark, a quote, a bracket or a digit, tested by code unit (this runs on every character): a
 * token with none of these before its last character has no cut, and the splitter asks no more.
 */
export function mayPrecedeCut(code: number): boolean {
  if (code < 0x80) {
    // . ! ? " ' ) ] and the digits
    return (
      code === 0x2e ||
      code === 0x21 ||
      code === 0x3f ||
      code === 0x22 ||
      code === 0x27 ||
      code === 0x29 ||
      code === 0x5d ||
      (code >= 0x30 && code <= 0x39)
    )
  }
  // ” ’ » “ ‘ «
  return (
    code === 0x201d ||
    code === 0x2019 ||
    code === 0xbb ||
    code === 0x201c ||
    code === 0x2018 ||
    code === 0xab
  )
}

/** A token holding a URL, a path or an e-mail address is never cut. */
function isAddress(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const ch = text.charAt(i)
    if (ch === '/' || ch === '@' || ch === ':') return true
  }
  return false
}

/**
 * `p` holds a capital: when it follows a sentence mark (and closers) with a word on its left, the
 * offset the next sentence starts at (its opening quote included), else -1.
 */
function markCut(text: string, start: number, p: number, end: number): number {
  let o = p
  while (o > start && OPENERS.has(text.charAt(o - 1))) o--
  let q = o
  while (q > start && CLOSERS.has(text.charAt(q - 1))) q--
  const closedAfter = q < o
  let m = q
  while (m > start && MARKS.has(text.charAt(m - 1))) m--
  // A run of periods is an ellipsis, which pages glue to credits ("Credit...Ana Lima").
  if (m === q || m === start || (q - m > 1 && text.charAt(q - 1) === '.')) return -1
  if (!opensWord(text, p, end)) return -1
  if (closedAfter || CLOSERS.has(text.charAt(m - 1))) return o
  if (m - start >= 2 && isLowerAt(text, m - 1) && isLowerAt(text, m - 2)) return o
  // A number ends the sentence only before a capitalised word, not an initial or a unit.
  const beforeWord = isDigitCode(text.charCodeAt(m - 1)) && p + 1 < end && isLowerAt(text, p + 1)
  return beforeWord ? o : -1
}

/** The capital at `p` opens a word: not an initial ("J.R."), not a domain ("Example.com"). */
function opensWord(text: string, p: number, end: number): boolean {
  let e = p + 1
  while (e < end && isLetterAt(text, e)) e++
  if (e === p + 1 && e < end && text.charAt(e) === '.') return false
  return !(e + 1 < end && text.charAt(e) === '.' && isLowerAt(text, e + 1))
}

/** `p` holds a capital followed by a lower-case letter, after a year that closes a date. */
function dateCut(text: string, start: number, p: number, end: number): boolean {
  if (p - start !== 4 || p + 1 >= end || !isLowerAt(text, p + 1)) return false
  const century = text.slice(start, start + 2)
  if (century !== '19' && century !== '20') return false
  if (!isDigitCode(text.charCodeAt(start + 2)) || !isDigitCode(text.charCodeAt(start + 3))) {
    return false
  }
  return MONTH_DAY_BEFORE.test(text.slice(Math.max(0, start - DATE_WINDOW), start))
}
