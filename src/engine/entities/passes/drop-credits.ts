/**
 * Pass drop-credits: the people a byline or a reporting credit names wrote the story; they are
 * not in it. A byline is a line of names after "By" ("By Jane Roe and Tom Ash", "By JANE ROE,
 * Staff Writer"); a credit runs from "Reporting by", "Additional reporting by", "Editing by",
 * "Writing by" or "Compiled by" to the end of its line, places included ("Additional reporting by
 * Sam Lee in Paris; Editing by Ann Fox"). "By Monday the water had gone" is no byline: its words
 * are not names.
 *
 * A picture's credit names who took it, not who is in it: "Name/Agency" at the end of a caption's
 * line, alone or in brackets ("…in Paris Ana Lima/Reuters", "(Tom Ash/AFP/Getty Images)",
 * "(Ivo Rask/ Ostvik Press Service photo via AP)",
 * "Kim Ode / AFP - Getty Images", "Sam Roe/EPA, via Shutterstock"), and "Credit" before names to the
 * end of its line, also fused to the caption ("…in 1978.CreditJo Bell for The Daily Post"). A slash
 * credit is one only if it names an agency or follows a sentence's end: "the Lennon/McCartney"
 * in prose is none.
 */

import type { Span } from '../../types'
import type { TaggedMention } from '../tagger'
import type { EntityDocument } from '../types'
import { onLine } from './drop-boilerplate-lines'
import { AGENCIES } from '../../text/furniture/vocabulary'
import { propertyPattern } from '../../text/patterns'

const NON_LETTER_RUN = propertyPattern(String.raw`[^\p{L}]+`)

/** A name's word: capitalised, with letters, dots, hyphens and apostrophes. */
const NAME_WORD = String.raw`\p{Lu}[\p{L}.'\u2019-]*`
const NAME = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){0,3}`
/** "By" and one to three names joined by commas, "and" or "&", and an optional ", role". */
const BYLINE = new RegExp(
  String.raw`^\s*(?:By|BY)\s+${NAME}(?:\s*(?:,|and|&)\s*${NAME}){0,3}(?:\s*[,|/\u2013\u2014-]\s*[\p{L} ]{0,40})?\s*$`,
  'u',
)
/** What every BYLINE opens with, tested first: compiling BYLINE costs milliseconds. */
const BYLINE_START = /^\s*B[yY]\s/
const CREDIT = /\(?\b(?:additional |further )?(?:reporting|writing|editing|research|compiled) by\b/i
/** What every CREDIT holds, tested first: most lines lack it, and CREDIT is slow to rule out. */
const CREDIT_BY = / by/i

/**
 * A capitalised word of a credit, and the lower-case words a credit holds between them: "for The
 * Daily Post", "Press Service photo via AP".
 */
const CREDIT_WORD = String.raw`(?:\p{Lu}[\p{L}.'\u2019&-]*|for|the|of|via|and|photo|photos)`
/** A photographer: one word ("Jo"), or a given name, an optional initial and a surname. */
const PHOTOGRAPHER = String.raw`\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'\u2019-]+)?`
/** What follows the slash: agencies and papers, joined by "/", " - ", ", via". */
const AGENCY_CHAIN = String.raw`\s?\/\s?\p{Lu}[\p{L}.'\u2019&]*(?:(?:\s+|\s?[/-]\s?|,\s+)${CREDIT_WORD})*`
/** A slash credit ending its line: what opens it, the credit itself. */
const SLASH_CREDIT = new RegExp(
  String.raw`(^|[.(]|Credit|\s)(${PHOTOGRAPHER}${AGENCY_CHAIN})\)?\.?\s*$`,
  'u',
)
/** "Credit" before a name, at a line's start or fused to the caption before it. */
const CREDIT_HEAD = propertyPattern(String.raw`(?:^\s*|(?<=[.)]))(?:Credit)+\s*(?=\p{Lu})`)
/** Names after "Credit", to the end of the line. */
const CREDIT_NAMES = new RegExp(String.raw`^${CREDIT_WORD}(?:\s*[/\s]\s*${CREDIT_WORD})*\s*$`, 'u')

/** Where a picture credit starts on `line`, or -1. */
function pictureCredit(line: string): number {
  // Both patterns need a literal that most lines lack: testing it first spares the regex.
  const head = line.includes('Credit') ? CREDIT_HEAD.exec(line) : null
  if (head && CREDIT_NAMES.test(line.slice(head.index + head[0].length))) return head.index
  const slash = line.includes('/') ? SLASH_CREDIT.exec(line) : null
  if (!slash) return -1
  const [, before = '', credit = ''] = slash
  const agency = credit.split(NON_LETTER_RUN).some((word) => AGENCIES.has(word.toLowerCase()))
  const afterSentence = before !== ' ' && before !== '\t'
  return agency || afterSentence ? slash.index + before.length : -1
}

/** The spans of bylines and credits in `text`. */
function creditSpans(text: string): Span[] {
  const spans: Span[] = []
  let start = 0
  for (const line of text.split('\n')) {
    const credit = CREDIT_BY.test(line) ? CREDIT.exec(line) : null
    const picture = pictureCredit(line)
    if (BYLINE_START.test(line) && BYLINE.test(line))
      spans.push({ start, end: start + line.length })
    else if (credit) spans.push({ start: start + credit.index, end: start + line.length })
    else if (picture >= 0) spans.push({ start: start + picture, end: start + line.length })
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
  // A caption's last name may run into the credit after it: it goes with the credit.
  return mentions.filter(
    (mention) =>
      !onLine(credits, mention.start) &&
      !credits.some((credit) => mention.start < credit.start && mention.end > credit.start),
  )
}
