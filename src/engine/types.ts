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

/**
 * What a page's markup says about a block of the text extracted from it, so that the analysis does
 * not have to guess it again from the text. The HTML extractor produces these; plain text has none.
 */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'blockquote' | 'pre' | 'table-row'

/** A block of the extracted text (offsets into that text) and the markup it came from. */
export interface TextBlock extends Span {
  kind: BlockKind
}

/** Kinds of page furniture the extractor leaves out of the text, and the analysis sets aside. */
export type FurnitureKind =
  | 'caption'
  | 'credit'
  | 'navigation'
  | 'share'
  | 'related'
  | 'comments'
  | 'ad'
  | 'prompt'
  | 'byline'
  | 'author-box'
  | 'chrome'
  | 'hidden'

/**
 * The structure an extractor hands to the analysis: each block of the text with its kind, and
 * the text of the blocks it left out (a caption repeated in the body, a byline line, a related
 * headline can then be recognised as furniture in the text too).
 */
export interface TextStructure {
  blocks: TextBlock[]
  removed: { kind: FurnitureKind; text: string }[]
}
