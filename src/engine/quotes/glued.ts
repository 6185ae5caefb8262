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
 * whitespace between, or a line break; a boundary inside a quote does not count. Sentences are
 * re-indexed in order.
 */
import type { Sentence } from '../types'
import type { QuoteSpan } from './marks'
import { quoteEnd } from './tokens'
import { isDigitCode } from '../text/chars'
import { propertyPattern } from '../text/patterns'

const GLUED = propertyPattern(
  String.raw`[\p{Ll}\d][.!?]+["\u201d\u2019]?(?=["\u201c]?\p{Lu}\p{Ll})|[.!?]+["\u201d\u2019]?(?=\n)`,
  'g',
)

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

/** `.` `!` `?` */
const isStop = (code: number): boolean => code === 0x2e || code === 0x21 || code === 0x3f

/** `"` `”` `’`, the closing marks `GLUED` reads after a stop. */
const isClosingMark = (code: number): boolean => code === 0x22 || code === 0x201d || code === 0x2019

/**
 * A cheap necessary condition for `GLUED`, by code unit: a stop, its closing mark and a line
 * break; or a stop after a lower-case ASCII letter, a
 * digit or a non-ASCII character, and right after it another stop, a straight quote, an upper-case
 * ASCII letter or a non-ASCII character. Most sentences only end in their stop, and "U.S." or
 * "$1.13bn" fail it. The stops are found with `indexOf`, a native scan, as this runs on every
 * sentence of the text.
 */
function mayBeGlued(sentence: string): boolean {
  for (const stop of STOPS) {
    for (let i = sentence.indexOf(stop); i >= 0; i = sentence.indexOf(stop, i + 1)) {
      if (i + 1 < sentence.length && gluedAfter(sentence, i)) return true
    }
  }
  return false
}

const STOPS = ['.', '!', '?'] as const

/** The test of `mayBeGlued` at the stop at `i`. */
function gluedAfter(sentence: string, i: number): boolean {
  const after = sentence.charCodeAt(i + 1)
  if (after === 0x0a || (isClosingMark(after) && sentence.charCodeAt(i + 2) === 0x0a)) return true
  if (i === 0) return false
  const before = sentence.charCodeAt(i - 1)
  const lowerOrDigit = (before >= 0x61 && before <= 0x7a) || isDigitCode(before) || before >= 0x80
  const next = isStop(after) || after === 0x22 || (after >= 0x41 && after <= 0x5a) || after >= 0x80
  return lowerOrDigit && next
}

/**
 * The sentences with every glued sentence end split off, re-indexed from 0. A sentence left whole
 * is returned as it was (with its new index).
 */
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
    if (!mayBeGlued(sentence.text)) {
      out.push(sentence.index === out.length ? sentence : { ...sentence, index: out.length })
      continue
    }
    let from = sentence.start
    for (const match of sentence.text.matchAll(GLUED.for(sentence.text))) {
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
