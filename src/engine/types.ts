/**
 * Shapes shared by every part of the text engine. Offsets are UTF-16 code units into the analysed
 * text, half-open, so `text.slice(start, end)` is exactly the spanned text (JavaScript indices).
 */

export interface Span {
  start: number
  end: number
}

export interface Paragraph extends Span {
  index: number
}

export interface Sentence extends Span {
  /** Position among all sentences of the text, from 0. */
  index: number
  /** Index of the paragraph (blank-line separated block) that holds the sentence. */
  paragraph: number
  text: string
}
