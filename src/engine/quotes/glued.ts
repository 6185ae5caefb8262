/**
 * Sentence ends glued to the next sentence, as text pulled from web pages often has them: a full
 * stop right before a capitalised word with no space ("said on Thursday.Mr Lee said"), or a
 * closing mark right before the next sentence ("“…we won.”Ann Lee said"). The shared splitter
 * (text/fused-boundaries.ts) cuts only where the word before the mark cannot be an abbreviation,
 * so some such runs stay one sentence there; for speaker reading every one is two, or a speaker is
 * taken from the wrong sentence. A sentence end before a line break is one too ("…or not?”
 * ⏎ Mr Cueto told the trust that …"): the line after it is not the quote's attribution.
 *
 * Method: one scan per sentence for `[.!?]` after a lower-case letter or a digit, then optional
 * closing marks, then a capital followed by a lower-case letter (or an opening mark), with no
 * whitespace between, or a line break; a boundary inside a quote does not count. Sentences are re-indexed in order.
 */
import type { Sentence } from '../types'
import type { QuoteSpan } from './marks'
import { quoteEnd } from './tokens'

const GLUED = /[\p{Ll}\d][.!?]+["”’]?(?=["“]?\p{Lu}\p{Ll})|[.!?]+["”’]?(?=\n)/gu

/** Whether `offset` lies inside a top-level quote (marks included); spans sorted by `open`. */
function insideQuote(spans: readonly QuoteSpan[], offset: number): boolean {
  let lo = 0
  let hi = spans.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((spans[mid]?.open ?? 0) <= offset) lo = mid
    else hi = mid - 1
  }
  const span = spans[lo]
  return span !== undefined && span.open < offset && offset < quoteEnd(span)
}

/** The sentences with every glued sentence end split off, re-indexed from 0. */
export function splitGlued(
  text: string,
  sentences: readonly Sentence[],
  spans: readonly QuoteSpan[],
): Sentence[] {
  const topLevel = spans.filter((span) => span.parent < 0)
  const opens = new Set(topLevel.map((span) => span.open))
  const out: Sentence[] = []
  const push = (sentence: Sentence, start: number, end: number): void => {
    if (end > start) {
      out.push({ ...sentence, start, end, text: text.slice(start, end), index: out.length })
    }
  }
  for (const sentence of sentences) {
    let from = sentence.start
    for (const match of sentence.text.matchAll(GLUED)) {
      let cut = sentence.start + match.index + match[0].length
      // A straight mark after the stop may open the next quote rather than close this one.
      if (opens.has(cut - 1)) cut--
      if (insideQuote(topLevel, cut - 1) && insideQuote(topLevel, cut)) continue
      push(sentence, from, cut)
      from = cut
      while (text[from] === '\n' && from < sentence.end) from++
    }
    push(sentence, from, sentence.end)
  }
  return out
}
