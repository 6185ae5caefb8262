/**
 * Dates, amounts of money and percentages, found by patterns rather than by the tagger (they are
 * not CoNLL-2003 types, and their surface forms are regular: the MUC-7 TIMEX/NUMEX classes
 * written as regular expressions). Returns spans with UTF-16 offsets; the entity list merges equal
 * forms. A date is a calendar date, month and year, ISO date or weekday; not "last week".
 */

import type { Span } from '../types'

export type QuantityType = 'date' | 'money' | 'percent'

export interface QuantitySpan extends Span {
  type: QuantityType
  text: string
}

const MONTH =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)'
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'
const NUMBER = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?'
const SCALE = '(?:\\s?(?:thousand|million|billion|trillion|bn|mn|m|k)\\b)?'
const CURRENCY_SIGN = '(?:[A-Z]{1,3}\\$|\\$|€|£|¥|₹|₩|(?:USD|EUR|GBP|JPY|CHF|KSh|Ksh|Rs\\.?|R)\\s?)'
const CURRENCY_WORD =
  '(?:dollars?|euros?|pounds?(?: sterling)?|yen|yuan|won|rupees?|francs?|shillings?|pesos?|rand|naira)'

const PATTERNS: readonly [QuantityType, RegExp][] = [
  [
    'date',
    new RegExp(
      `\\b(?:\\d{4}-\\d{2}-\\d{2}|${MONTH}\\s\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s${MONTH}(?:\\s\\d{4})?|${MONTH}\\s\\d{4}|${WEEKDAY})\\b`,
      'gu',
    ),
  ],
  [
    'money',
    new RegExp(
      `(?:${CURRENCY_SIGN}(?:${NUMBER})${SCALE}|\\b(?:${NUMBER})${SCALE}\\s${CURRENCY_WORD}\\b)`,
      'gu',
    ),
  ],
  ['percent', new RegExp(`\\b(?:${NUMBER})(?:\\s?%|\\s(?:percent|per cent)\\b)`, 'gu')],
]

/** Finds dates, money and percentages, earliest first; overlapping finds keep the first. */
export function findQuantities(text: string): QuantitySpan[] {
  const found: QuantitySpan[] = []
  for (const [type, pattern] of PATTERNS) {
    pattern.lastIndex = 0
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const value = match[0].trimEnd()
      found.push({ type, start: match.index, end: match.index + value.length, text: value })
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: QuantitySpan[] = []
  for (const span of found) {
    const previous = kept[kept.length - 1]
    if (!previous || span.start >= previous.end) kept.push(span)
  }
  return kept
}
