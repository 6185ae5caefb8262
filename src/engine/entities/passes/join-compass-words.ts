/**
 * Pass join-compass-words: a compass word the tagger cut off joins the name right after it
 * ("North" + "Yorkshire Council" → North Yorkshire Council), typed as that name.
 */

import { COMPASS_WORDS } from '../lexicon'
import { joinPairs, mentionOver } from '../mention-edits'
import type { TaggedMention } from '../tagger'
import type { EntityDocument } from '../types'

/**
 * Joins a compass word the tagger cut off to the name right after it: "North" and "Yorkshire
 * Council" are North Yorkshire Council, typed as the name it opens.
 */
export function joinCompassWords(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const { text, tokens } = doc
  return joinPairs(mentions, (compass, name) =>
    compass.firstToken === compass.lastToken &&
    name.firstToken === compass.lastToken + 1 &&
    name.start === compass.end + 1 &&
    name.sentence === compass.sentence &&
    COMPASS_WORDS.has(compass.text.toLowerCase())
      ? mentionOver(text, tokens, name, compass.firstToken, name.lastToken)
      : undefined,
  )
}
