/**
 * Paragraph splitting: a paragraph is a block of text separated from the next by one or more blank
 * lines (lines holding only white space). CRLF, lone CR and the Unicode line and paragraph
 * separators all count as line breaks. Offsets exclude the white space around each block. Linear
 * time: every character is visited a bounded number of times (line breaks are found by one global
 * regular expression scan, which cannot backtrack).
 */
import type { Paragraph } from '../types'
import { isSpace } from './chars'

/**
 * Splits `text` into blank-line separated paragraphs.
 *
 * @example
 * splitParagraphs('One.\n\nTwo.') // [{ index: 0, start: 0, end: 4 }, { index: 1, start: 6, end: 10 }]
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = []
  let blockStart = -1
  let blockEnd = -1
  const length = text.length
  let lineStart = 0
  // Line by line: the regular expression engine finds the next line break, and a line is read
  // only up to its first and from its last non-space character.
  // A line break; CRLF counts once, so that it never makes a blank line.
  const lineBreak = /\r\n|[\n\r\u0085\u2028\u2029]/g
  while (lineStart <= length) {
    const found = lineBreak.exec(text)
    const lineEnd = found ? found.index : length
    let first = lineStart
    while (first < lineEnd && isSpace(text.charCodeAt(first))) first++
    if (first < lineEnd) {
      let last = lineEnd
      while (last > first && isSpace(text.charCodeAt(last - 1))) last--
      if (blockStart < 0) blockStart = first
      blockEnd = last
    } else if (blockStart >= 0) {
      paragraphs.push({ index: paragraphs.length, start: blockStart, end: blockEnd })
      blockStart = -1
    }
    if (!found) break
    lineStart = lineBreak.lastIndex
  }
  if (blockStart >= 0) {
    paragraphs.push({ index: paragraphs.length, start: blockStart, end: blockEnd })
  }
  return paragraphs
}
