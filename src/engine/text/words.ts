/**
 * Word tokenization with offsets. A word is a maximal run of letters, digits and combining marks,
 * joined across a single inner apostrophe, hyphen, period, ampersand or slash when a letter or digit
 * follows (`don't`, `Park’s`, `well-known`, `U.S`, `3.5`, `AT&T`, `24/7`), so that offsets point at
 * whole words for quotes and entities. Linear time; UTF-16 offsets, half-open.
 */
import type { Span } from '../types'
import { isWordCharAt } from './chars'

export interface Word extends Span {
  text: string
}

/** `'` `’` `-` `‐` `.` `&` `/`, tested by code unit. */
function isJoiner(code: number): boolean {
  return (
    code === 0x27 ||
    code === 0x2019 ||
    code === 0x2d ||
    code === 0x2010 ||
    code === 0x2e ||
    code === 0x26 ||
    code === 0x2f
  )
}

/** Index of the first word character at or after `i` (`limit` if none). */
function nextWord(text: string, i: number, limit: number): number {
  while (i < limit && !isWordCharAt(text, i)) i++
  return i
}

/** End of the word starting at `start`, across single joiners followed by a word character. */
function wordEnd(text: string, start: number, limit: number): number {
  let i = start + 1
  while (i < limit) {
    if (isWordCharAt(text, i)) i++
    else if (isJoiner(text.charCodeAt(i)) && i + 1 < limit && isWordCharAt(text, i + 1)) i += 2
    else break
  }
  return i
}

/** What `make` builds of each word between `start` and `end`, in order. */
function scanWords<T>(
  text: string,
  start: number,
  end: number,
  make: (from: number, to: number) => T,
): T[] {
  const words: T[] = []
  const limit = Math.min(end, text.length)
  for (let i = nextWord(text, Math.max(0, start), limit); i < limit;) {
    const to = wordEnd(text, i, limit)
    words.push(make(i, to))
    i = nextWord(text, to, limit)
  }
  return words
}

/**
 * Words of `text` between `start` and `end` (default: the whole text).
 *
 * @example
 * tokenizeWords("Park’s U.S. trip").map((w) => w.text) // ['Park’s', 'U.S', 'trip']
 */
export function tokenizeWords(text: string, start = 0, end = text.length): Word[] {
  return scanWords(text, start, end, (from, to) => ({
    start: from,
    end: to,
    text: text.slice(from, to),
  }))
}

/**
 * The words of `tokenizeWords` as strings only, for callers that read no offsets: no object per
 * word for the garbage collector.
 *
 * @example
 * wordTexts("Park’s U.S. trip") // ['Park’s', 'U.S', 'trip']
 */
export function wordTexts(text: string, start = 0, end = text.length): string[] {
  return scanWords(text, start, end, (from, to) => text.slice(from, to))
}

/** Number of words, without building them. */
export function countWords(text: string, start = 0, end = text.length): number {
  let count = 0
  let inWord = false
  const limit = Math.min(end, text.length)
  for (let i = Math.max(0, start); i < limit; i++) {
    const wordChar = isWordCharAt(text, i)
    if (wordChar && !inWord) count++
    inWord =
      wordChar ||
      (inWord && isJoiner(text.charCodeAt(i)) && i + 1 < limit && isWordCharAt(text, i + 1))
  }
  return count
}
