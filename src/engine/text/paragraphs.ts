/**
 * Paragraph splitting: a paragraph is a block of text separated from the next by one or more blank
 * lines (lines holding only white space). CRLF, lone CR and the Unicode line and paragraph
 * separators all count as line breaks. Offsets exclude the white space around each block. Linear
 * time: every character is visited a bounded number of times.
 */
import type { Paragraph } from '../types'
import { isLineBreak, isSpace } from './chars'

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
  let lineHasContent = false
  let i = 0
  while (i <= text.length) {
    const atEnd = i === text.length
    const code = atEnd ? 0x0a : text.charCodeAt(i)
    if (isLineBreak(code) || atEnd) {
      if (!lineHasContent && blockStart >= 0) {
        paragraphs.push({ index: paragraphs.length, start: blockStart, end: blockEnd })
        blockStart = -1
      }
      lineHasContent = false
      // CRLF is one line break, not a blank line.
      if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++
    } else if (!isSpace(code)) {
      if (blockStart < 0) blockStart = i
      blockEnd = i + 1
      lineHasContent = true
    }
    i++
  }
  if (blockStart >= 0) {
    paragraphs.push({ index: paragraphs.length, start: blockStart, end: blockEnd })
  }
  return paragraphs
}
