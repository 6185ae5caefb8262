/**
 * Pass drop-generic-terms: a few words are capitalised in news text without naming anything. The
 * abbreviations of technical terms ("HD", "CPU", "TV", "VR", "LAN") stand for kinds of things,
 * those of the clock ("8 AM", "9 PM PT"), a currency's sign ("US$1 billion") and its code ("$35
 * USD") for units; "the Government", "Police", "the Court", "the Authorities" and "the Board of
 * Directors" stand for whichever government, police force, court or board the story is about, and
 * "Executive" alone is a job title's fragment ("Executive Director Ann Lee"): readers do not take
 * them for names. A mention that is one of these words
 * alone is dropped; one that holds them stays ("Samsung TV", "Scottish Government").
 *
 * The lists are closed and short on purpose: other common words are found by the text's own
 * evidence (drop-common-words, drop-opening-verbs), these are written in capitals everywhere.
 */

import type { TaggedMention } from '../tagger'

/** Abbreviations of technical terms and media formats, written in capitals. */
const TECH_ABBREVIATIONS = new Set([
  'TV',
  'HD',
  'HDTV',
  'CPU',
  'GPU',
  'USB',
  'SSD',
  'HDD',
  'RAM',
  'LCD',
  'LED',
  'DVD',
  'PC',
  'PDF',
  'URL',
  'GPS',
  'HDR',
  'OLED',
  'HDMI',
  'LTE',
  'VR',
  'AR',
  'AI',
  'UV',
  'LAN',
  'WAN',
  'VPN',
  'API',
  'SMS',
  'SSO',
])

/** Currency codes after an amount: "$35 USD", "€20 EUR". */
const CURRENCY_CODES = new Set(['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'CAD', 'AUD'])

/** The halves of the day and time zones after a clock time ("8 AM", "12:00 PM PT", "9 GMT"). */
const TIME_ABBREVIATIONS = new Set([
  'AM',
  'PM',
  'GMT',
  'BST',
  'UTC',
  'CET',
  'EST',
  'EDT',
  'ET',
  'CST',
  'CDT',
  'MST',
  'PST',
  'PDT',
  'PT',
])

/** A currency's sign after its country's letters: "US$", "HK$", "A$", "NZ$". */
const CURRENCY_SIGNS = new Set(['$', '€', '£', '¥'])
const COUNTRY_LETTERS = /^[A-Z]{1,3}$/

function isCurrency(text: string): boolean {
  return CURRENCY_SIGNS.has(text.slice(-1)) && COUNTRY_LETTERS.test(text.slice(0, -1))
}

/** Generic bodies, capitalised by house style ("the Government said"). */
const GENERIC_BODIES = new Set([
  'Government',
  'Administration',
  'Police',
  'Authorities',
  'Court',
  'Sheriff',
  'Executive',
  'Board of Directors',
  'Board of Trustees',
])

export function dropGenericTerms(mentions: readonly TaggedMention[]): TaggedMention[] {
  return mentions.filter(
    (mention) =>
      !TECH_ABBREVIATIONS.has(mention.text) &&
      !TIME_ABBREVIATIONS.has(mention.text) &&
      !CURRENCY_CODES.has(mention.text) &&
      !GENERIC_BODIES.has(mention.text) &&
      !isCurrency(mention.text),
  )
}
