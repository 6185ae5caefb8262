/**
 * A text unit (a line or a sentence) as the furniture passes read it: trimmed, its words lower-cased
 * and as written, and whether it ends like a sentence. Shared by every pass so that each unit is
 * tokenized once.
 */
import { isLetterAt } from '../chars'
import { wordTexts } from '../words'

export interface Unit {
  raw: string
  words: string[]
  /** Words as written, to test capitalisation. */
  written: string[]
  finalPunctuation: boolean
}

/** How far into a unit its first word is looked for. */
const HEAD_CHARS = 40
/** Marks skipped before the first word of a unit. */
const LEADING_MARKS = new Set([' ', '\t', '(', '[', '"', "'", '“', '‘'])

const SENTENCE_FINAL = new Set(['.', '!', '?', '…', '"', '”', '’', "'", ')'])
/** Quotation marks: a unit holding one reports speech and is article text. */
export const QUOTE_MARKS = /["\u201c\u201d\u00ab\u00bb]|(?:^|\s)['\u2018]|``|''/

export function readUnit(raw: string): Unit {
  const trimmed = raw.trim()
  const written = wordTexts(trimmed)
  return {
    raw: trimmed,
    words: written.map(lowerCase),
    written,
    finalPunctuation: SENTENCE_FINAL.has(trimmed.charAt(trimmed.length - 1)),
  }
}

/** `word.toLowerCase()`, without the call for a lower-case ASCII word (most words of a unit). */
function lowerCase(word: string): string {
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k)
    if ((code >= 0x41 && code <= 0x5a) || code >= 0x80) return word.toLowerCase()
  }
  return word
}

export function isCapitalised(word: string): boolean {
  const first = word.charAt(0)
  return first !== first.toLowerCase() || (first >= '0' && first <= '9')
}

/** First word of a unit, lower-cased, after leading spaces, quotes and brackets ('' if none). */
export function headWord(text: string): string {
  const limit = Math.min(text.length, HEAD_CHARS)
  let start = 0
  while (start < limit && LEADING_MARKS.has(text.charAt(start))) start++
  let end = start
  while (end < limit && isLetterAt(text, end)) end += (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1
  return text.slice(start, end).toLowerCase()
}
