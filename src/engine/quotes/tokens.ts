/**
 * Word tokens for quote attribution: one linear regex pass over the text. Each token knows
 * whether it stands inside a quote (between the marks, marks included), so attribution only
 * reads the writer's own words, and which sentence holds it.
 */
import type { Sentence } from '../types'
import type { QuoteSpan } from './marks'

export interface Token {
  start: number
  end: number
  text: string
  lower: string
  /** The token without a possessive 's / ’s. */
  base: string
  capitalised: boolean
  possessive: boolean
  /** Index of the quote span holding the token, or -1. */
  quote: number
  sentence: number
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-&.][\p{L}\p{M}\p{N}]+)*/gu
const POSSESSIVE = /['’][sS]$/

export function tokenize(
  text: string,
  quotes: readonly QuoteSpan[],
  sentences: readonly Sentence[],
): Token[] {
  const tokens: Token[] = []
  const topLevel: number[] = []
  quotes.forEach((span, i) => {
    if (span.parent < 0) topLevel.push(i)
  })
  let q = 0
  let s = 0
  for (const match of text.matchAll(WORD)) {
    const start = match.index
    const word = match[0]
    const end = start + word.length
    while (q < topLevel.length && quoteEnd(quotes[topLevel[q] ?? 0]) <= start) q++
    const span = q < topLevel.length ? quotes[topLevel[q] ?? 0] : undefined
    const inside = span !== undefined && span.open <= start && start < quoteEnd(span)
    while (s + 1 < sentences.length && (sentences[s]?.end ?? 0) <= start) s++
    const possessive = POSSESSIVE.test(word)
    const base = possessive ? word.slice(0, -2) : word
    tokens.push({
      start,
      end,
      text: word,
      lower: word.toLowerCase(),
      base,
      capitalised: /^\p{Lu}/u.test(word),
      possessive,
      quote: inside ? (topLevel[q] ?? -1) : -1,
      sentence: sentences[s]?.index ?? 0,
    })
  }
  return tokens
}

/** End of a quote's extent, closing mark included. */
export function quoteEnd(span: QuoteSpan | undefined): number {
  if (!span) return 0
  return span.close >= 0 ? span.close + 1 : span.end
}
