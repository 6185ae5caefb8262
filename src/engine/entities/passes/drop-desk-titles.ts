/**
 * Pass drop-desk-titles: a journalist's title holds the region of the desk ("the North America
 * editor Jo Bell", "our Asia correspondent", "a Europe reporter"); the region there describes a
 * job, and is no mention of the place. A place (tagged so, or a name of listed places) right before
 * a lower-case desk noun is dropped; the place named anywhere else stays ("Jo Bell flew to North
 * America"), and so does a body before the noun ("the Harbour Post correspondent").
 */

import { COMPASS_WORDS, isListedPlace } from '../lexicon'
import type { TaggedMention } from '../tagger'
import type { EntityDocument } from '../types'

/** Nouns of press jobs that take a region before them. */
const DESK_NOUNS = new Set([
  'editor',
  'editors',
  'correspondent',
  'correspondents',
  'reporter',
  'reporters',
  'bureau',
  'columnist',
  'producer',
])

/** "North America", "East Africa": listed places, with a compass word or not. */
function isRegion(name: string): boolean {
  const words = name.split(' ').filter((word) => !COMPASS_WORDS.has(word.toLowerCase()))
  return words.length > 0 && isListedPlace(words.join(' '))
}

export function dropDeskTitles(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const { tokens } = doc
  return mentions.filter((mention) => {
    const next = tokens[mention.lastToken + 1]
    if (next === undefined || !DESK_NOUNS.has(next.text)) return true
    return mention.type !== 'LOC' && !isRegion(mention.text)
  })
}
