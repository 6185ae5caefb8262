/**
 * Pass drop-generic-terms: a few words are capitalised in news text without naming anything. The
 * abbreviations of technical terms ("HD", "CPU", "TV", "USB") stand for kinds of things; "the
 * Government", "Police" and "the Authorities" stand for whichever government or police force the
 * story is about, and readers do not take them for names. A mention that is one of these words
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
])

/** Generic bodies, capitalised by house style ("the Government said"). */
const GENERIC_BODIES = new Set(['Government', 'Administration', 'Police', 'Authorities'])

export function dropGenericTerms(mentions: readonly TaggedMention[]): TaggedMention[] {
  return mentions.filter(
    (mention) => !TECH_ABBREVIATIONS.has(mention.text) && !GENERIC_BODIES.has(mention.text),
  )
}
