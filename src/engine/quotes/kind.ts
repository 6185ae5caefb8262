/**
 * Tells a quoted sentence (`full`) from a phrase quoted inside the writer's own sentence
 * (`partial`, "calling it an “unprecedented threat”"). A quote is full when it opens its sentence,
 * or follows a colon, a comma or a cue verb and starts with a capital, or holds a sentence break of
 * its own; later pieces of a multi-paragraph quote are full. Everything else is partial.
 */
import { CUE_WORDS } from './lexicon'
import type { QuoteSpan } from './marks'

export type QuoteKind = 'full' | 'partial'

const INNER_SENTENCE_BREAK = /[.?!…]["'”’)\]]*\s+["“‘]?\p{Lu}/u
const LAST_WORD = /([\p{L}]+)\W*$/u

export function quoteKind(text: string, quote: QuoteSpan, sentenceStart: number): QuoteKind {
  if (quote.part > 1) return 'full'
  const before = text.slice(Math.min(sentenceStart, quote.open), quote.open).trim()
  const words = text.slice(quote.start, quote.end)
  const capital = /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(words)
  if (before === '' || /[—–-]$/.test(before)) return 'full'
  if (capital && /[:,]$/.test(before)) return 'full'
  const lastWord = LAST_WORD.exec(before)?.[1]?.toLowerCase() ?? ''
  if (capital && CUE_WORDS.has(lastWord)) return 'full'
  return INNER_SENTENCE_BREAK.test(words) ? 'full' : 'partial'
}
