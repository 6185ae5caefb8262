/**
 * Pass drop-credits: the people a byline or a reporting credit names wrote the story; they are
 * not in it. A byline is a line of names after "By" ("By Jane Roe and Tom Ash", "By JANE ROE,
 * Staff Writer"); a credit runs from "Reporting by", "Additional reporting by", "Editing by",
 * "Writing by" or "Compiled by" to the end of its line, places included ("Additional reporting by
 * Sam Lee in Paris; Editing by Ann Fox"). "By Monday the water had gone" is no byline: its words
 * are not names.
 */

import type { Span } from '../../types'
import type { TaggedMention } from '../tagger'
import type { EntityDocument } from '../types'
import { onLine } from './drop-boilerplate-lines'

/** A name's word: capitalised, with letters, dots, hyphens and apostrophes. */
const NAME_WORD = String.raw`\p{Lu}[\p{L}.'’-]*`
const NAME = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){0,3}`
/** "By" and one to three names joined by commas, "and" or "&", and an optional ", role". */
const BYLINE = new RegExp(
  String.raw`^\s*(?:By|BY)\s+${NAME}(?:\s*(?:,|and|&)\s*${NAME}){0,3}(?:\s*[,|/–—-]\s*[\p{L} ]{0,40})?\s*$`,
  'u',
)
/** What every BYLINE opens with, tested first: compiling BYLINE costs milliseconds. */
const BYLINE_START = /^\s*B[yY]\s/
const CREDIT = /\(?\b(?:additional |further )?(?:reporting|writing|editing|research|compiled) by\b/i

/** The spans of bylines and credits in `text`. */
function creditSpans(text: string): Span[] {
  const spans: Span[] = []
  let start = 0
  for (const line of text.split('\n')) {
    if (BYLINE_START.test(line) && BYLINE.test(line))
      spans.push({ start, end: start + line.length })
    else {
      const credit = CREDIT.exec(line)
      if (credit) spans.push({ start: start + credit.index, end: start + line.length })
    }
    start += line.length + 1
  }
  return spans
}

export function dropCredits(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const credits = creditSpans(doc.text)
  if (credits.length === 0) return [...mentions]
  return mentions.filter((mention) => !onLine(credits, mention.start))
}
