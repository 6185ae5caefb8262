/**
 * What to trim from the start of a summary sentence so that it reads as the story's sentence: a
 * dateline ("LONDON (Reuters) - ", "CEDAR RAPIDS, Iowa (AP) — ", "(CNN) -- ") or a live-blog
 * time stamp ("10:42 BST: ", "14:05 ") that the sentence splitter left at its head. Only the
 * returned span moves; offsets stay exact (`text.slice(start, end)`).
 */

import { propertyPattern } from '../text/patterns'

/** A city in capitals, a region or a date, an agency in brackets (both optional), a dash. */
const CITY_DATELINE = propertyPattern(
  String.raw`^\p{Lu}[\p{Lu}.'\u2019 -]{1,40}(?:,\s*[\p{Lu}\d][\p{L}\d.'\u2019 ]{1,30}){0,2}(?:\s*\([^()\n]{1,30}\))?\s*(?:--|[-\u2013\u2014])\s+(?=\S)`,
)
/** An agency alone in brackets, then a dash: "(CNN) -- ", "( cnn ) -- ". */
const AGENCY_DATELINE = /^\(\s*[^()\n]{1,30}\)\s*(?:--|[-\u2013\u2014])\s*(?=\S)/u
/** A time, with an optional zone, then a separator or a capital. */
const TIME_STAMP = propertyPattern(
  String.raw`^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s+(?:GMT|BST|UTC|CET|CEST|ET|EST|EDT|PT|PST|PDT|local time))?\s*(?:[-\u2013\u2014:|]\s*|\s(?=\p{Lu}))`,
  'i',
)

/**
 * Openings each pattern needs, tested first: a pattern of Unicode properties costs milliseconds
 * to compile at its first use, which a cold start pays, and most sentences open with none of
 * these. CITY_START holds for a capital and then a capital, space or mark (a surrogate pair
 * included); no lower-case ASCII letter or digit can follow the first letter of a dateline.
 */
const CITY_START = /^[^a-z\d\s][^a-z\d]/
const AGENCY_START = /^\(/
const TIME_START = /^\d/

/** Characters to trim from the start of `text`: 0 when it opens with neither. */
export function leadingTrim(text: string): number {
  const match =
    (CITY_START.test(text) ? CITY_DATELINE.exec(text) : null) ??
    (AGENCY_START.test(text) ? AGENCY_DATELINE.exec(text) : null) ??
    (TIME_START.test(text) ? TIME_STAMP.exec(text) : null)
  if (!match) return 0
  // A sentence of nothing but the prefix keeps its text.
  return match[0].length < text.length ? match[0].length : 0
}
