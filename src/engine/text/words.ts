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

/**
 * Words of `text` between `start` and `end` (default: the whole text).
 *
 * @example
 * tokenizeWords("Park’s U.S. trip").map((w) => w.text) // ['Park’s', 'U.S', 'trip']
 */
export function tokenizeWords(text: string, start = 0, end = text.length): Word[] {
  const words: Word[] = []
  let i = Math.max(0, start)
  const limit = Math.min(end, text.length)
  while (i < limit) {
    if (!isWordCharAt(text, i)) {
      i++
      continue
    }
    const wordStart = i
    i++
    while (i < limit) {
      if (isWordCharAt(text, i)) i++
      else if (isJoiner(text.charCodeAt(i)) && i + 1 < limit && isWordCharAt(text, i + 1)) i += 2
      else break
    }
    words.push({ start: wordStart, end: i, text: text.slice(wordStart, i) })
  }
  return words
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
