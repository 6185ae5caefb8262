/**
 * Pass join-ordinal-bodies: courts and military units are named with an ordinal ("the 4th
 * District Court of Appeal", "the 9th Circuit", "the 101st Airborne Division"), and the ordinal is
 * part of the name: without it "Circuit" is a common word and "Airborne Division" any division.
 * The tagger, which reads no digits as names, leaves the ordinal out or misses the name. An
 * ordinal followed on its line by capitalised words (with "of" between them) among which a body's
 * head word stands is one organization's name, the mentions it overlaps replaced.
 *
 * Method: one walk over the tokens; a token is tested as an ordinal only when it opens with a
 * digit. "The 2nd Avenue deli" and "the 3rd Quarter" hold no body's head, and stay as they were.
 */

import { isCapitalisedToken, replaceTokens } from '../mention-edits'
import type { TaggedMention } from '../tagger'
import type { Token } from '../tokenize'
import type { EntityDocument } from '../types'

const ORDINAL = /^\d+(?:st|nd|rd|th)$/
/** Head words of numbered bodies: courts and circuits, military and police units. */
const BODY_HEADS = new Set([
  'Court',
  'Circuit',
  'Division',
  'Brigade',
  'Battalion',
  'Regiment',
  'Fleet',
  'Army',
  'Corps',
  'Squadron',
  'Precinct',
  'Infantry',
  'Airborne',
])

/** The last token of the capitalised run after `t` on its line, "of" inside it; `t` if none. */
function runEnd(tokens: readonly Token[], t: number): number {
  const line = (tokens[t] as Token).line
  let end = t
  for (;;) {
    const next = tokens[end + 1]
    if (next?.line !== line) return end
    if (isCapitalisedToken(next)) end++
    else if (next.text === 'of' && isCapitalisedToken(tokens[end + 2])) end += 2
    else return end
  }
}

export function joinOrdinalBodies(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const { tokens } = doc
  let joined: TaggedMention[] | undefined
  for (let t = 0; t < tokens.length; t++) {
    const code = (tokens[t] as Token).text.charCodeAt(0)
    if (code < 48 || code > 57 || !ORDINAL.test((tokens[t] as Token).text)) continue
    const end = runEnd(tokens, t)
    let body = false
    for (let k = t + 1; k <= end && !body; k++) body = BODY_HEADS.has((tokens[k] as Token).text)
    if (!body) continue
    joined = replaceTokens(joined ?? mentions, doc, t, end, 'ORG')
    t = end
  }
  return joined ?? [...mentions]
}
