/**
 * Tells a quoted sentence (`full`) from a phrase quoted inside the writer's own sentence
 * (`partial`, "calling it an “unprecedented threat”"). A quote is full when it opens its sentence,
 * or follows a colon, a comma or a cue verb and starts with a capital, or holds a sentence break of
 * its own; later pieces of a multi-paragraph quote are full. Everything else is partial.
 */
import { CUE_WORDS } from './lexicon'
import type { QuoteSpan } from './marks'
import { propertyPattern } from '../text/patterns'

const OPENS_CAPITAL_OR_DIGIT = propertyPattern(String.raw`^[^\p{L}\p{N}]*[\p{Lu}\p{N}]`)

/** Characters before the mark that decide how the quote sits in its sentence. */
const BEFORE_REACH = 400

/**
 * `scare` is a quoted term rather than a statement (a title, a nickname, an unattributed scare
 * quote); such quotes are only returned on request.
 */
export type QuoteKind = 'full' | 'partial' | 'scare'

const INNER_SENTENCE_BREAK = propertyPattern(
  String.raw`[.?!\u2026]["'\u201d\u2019)\]]*\s+["\u201c\u2018]?\p{Lu}`,
)
const LETTER = propertyPattern(String.raw`\p{L}`)

/** The last word of `before`, lower-cased (a backward scan, no end-anchored regex). */
function lastWord(before: string): string {
  let end = before.length
  while (end > 0 && !LETTER.test(before[end - 1] ?? '')) end--
  let start = end
  while (start > 0 && LETTER.test(before[start - 1] ?? '')) start--
  return before.slice(start, end).toLowerCase()
}

export function quoteKind(
  text: string,
  quote: QuoteSpan,
  sentenceStart: number,
): 'full' | 'partial' {
  if (quote.part > 1) return 'full'
  const before = text.slice(Math.max(sentenceStart, quote.open - BEFORE_REACH), quote.open).trim()
  const words = text.slice(quote.start, quote.end)
  const capital = OPENS_CAPITAL_OR_DIGIT.test(words)
  if (before === '' || /[\u2014\u2013-]$/.test(before)) return 'full'
  if (capital && /[:,]$/.test(before)) return 'full'
  if (capital && CUE_WORDS.has(lastWord(before))) return 'full'
  return INNER_SENTENCE_BREAK.test(words) ? 'full' : 'partial'
}

/**
 * Whether a quote stands as an utterance of its own: it opens its sentence or follows a colon,
 * and ends in punctuation inside its marks (“Disgraceful,” said Lee; He answered: “No.”). A single
 * quoted word that does not ("accused of “igniting” the dispute", a seller called “E-Life,”) is a
 * scare quote or a name, never a statement.
 */
export function standsAlone(text: string, quote: QuoteSpan, sentenceStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, quote.open - BEFORE_REACH), quote.open).trim()
  if (before !== '' && !before.endsWith(':') && !/[\u2014\u2013-]$/.test(before)) return false
  return /[,.?!\u2026]\s*$/.test(text.slice(quote.start, quote.end))
}
