/**
 * Word tokens for quote attribution: one linear character scan. A whole quote is one token, so
 * attribution only reads the writer's own words; each token knows which sentence holds it.
 */
import type { Sentence } from '../types'
import type { QuoteSpan } from './marks'
import { isWordCharUnit } from '../text/chars'
import { propertyPattern } from '../text/patterns'

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

const UPPER = propertyPattern(String.raw`\p{Lu}`)
const LOWER = propertyPattern(String.raw`\p{Ll}`)

/** A letter, digit or mark at `i`, read one code unit at a time (a surrogate half is none). */
function isWordChar(text: string, i: number): boolean {
  return i < text.length && isWordCharUnit(text.charCodeAt(i))
}

/** `word.toLowerCase()`, without the call when the word is lower-case ASCII already (most are). */
function lowerCase(word: string): string {
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k)
    if ((code >= 65 && code <= 90) || code >= 128) return word.toLowerCase()
  }
  return word
}

/** Apostrophes, hyphens, ampersands and dots join word parts: don't, al-Sharia, AT&T, U.S. */
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45 || code === 38 || code === 46
}

/**
 * "Thursday.Mr", "said.Throgs": a full stop between a lower-case letter and a capitalised word is
 * a sentence end with its space lost, not a word joiner like the dots of "U.S." or "Ph.D".
 */
function gluedStop(text: string, i: number): boolean {
  return (
    text.charCodeAt(i) === 46 &&
    LOWER.test(text[i - 1] ?? '') &&
    UPPER.test(text[i + 1] ?? '') &&
    LOWER.test(text[i + 2] ?? '')
  )
}

/** Lower-case letters a word must have before a capital glued to it starts a new word. */
const GLUED_WORD_LETTERS = 4

/**
 * "quarantine listChris Grayling": a line break lost in extraction glues a name to the last word
 * of the line before. A capital followed by a lower-case letter after four or more lower-case
 * letters starts a new word; "iPhone", "eBay", "McDonald" and "DeSantis" stay whole (ASCII only).
 */
function gluedName(text: string, start: number, i: number): boolean {
  const code = text.charCodeAt(i)
  if (code < 65 || code > 90 || i - start < GLUED_WORD_LETTERS) return false
  const next = text.charCodeAt(i + 1)
  if (next < 97 || next > 122) return false
  for (let k = start; k < i; k++) {
    const letter = text.charCodeAt(k)
    if (letter < 97 || letter > 122) return false
  }
  return true
}

/**
 * Tokens of the writer's words; each top-level quote (marks included) becomes a single token with
 * `quote` set, so attribution never reads quoted words and still sees where a quote stands.
 */
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
  let nextOpen = topLevel.length > 0 ? (quotes[topLevel[0] ?? 0]?.open ?? Infinity) : Infinity
  let i = 0
  while (i < text.length) {
    if (i >= nextOpen) {
      const index = topLevel[q] ?? -1
      const span = quotes[index]
      const end = Math.max(i + 1, quoteEnd(span))
      while (s + 1 < sentences.length && (sentences[s]?.end ?? 0) <= i) s++
      tokens.push({
        start: i,
        end,
        text: '',
        lower: '',
        base: '',
        capitalised: false,
        possessive: false,
        quote: index,
        sentence: sentences[s]?.index ?? 0,
      })
      i = end
      q++
      nextOpen = q < topLevel.length ? (quotes[topLevel[q] ?? 0]?.open ?? Infinity) : Infinity
      continue
    }
    if (!isWordChar(text, i)) {
      i++
      continue
    }
    const start = i
    i++
    while (i < text.length && i < nextOpen) {
      if (gluedName(text, start, i)) break
      if (isWordChar(text, i)) i++
      else if (
        isJoiner(text.charCodeAt(i)) &&
        i + 1 < nextOpen &&
        isWordChar(text, i + 1) &&
        !gluedStop(text, i)
      ) {
        i += 2
      } else break
    }
    const word = text.slice(start, i)
    while (s + 1 < sentences.length && (sentences[s]?.end ?? 0) <= start) s++
    const last = word.charCodeAt(word.length - 1)
    const apostrophe = word.charCodeAt(word.length - 2)
    const possessive =
      word.length > 2 &&
      (last === 115 || last === 83) &&
      (apostrophe === 39 || apostrophe === 0x2019)
    const first = word.charCodeAt(0)
    tokens.push({
      start,
      end: i,
      text: word,
      lower: lowerCase(word),
      base: possessive ? word.slice(0, -2) : word,
      capitalised: first < 128 ? first >= 65 && first <= 90 : UPPER.test(word[0] ?? ''),
      possessive,
      quote: -1,
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
