/**
 * Pass join-road-numbers: a road is named by a network's word and a number ("US 1", "Route 9",
 * "Interstate 95", "Highway 401"), and the number is part of the name. Read without it, "US" of
 * "US 1" is the country and "Route" a common word. The mention is taken over the number and
 * typed a place, so the road is an entity of its own. A number that counts something ("US 5
 * billion") or an ordinal ("the US 2nd Circuit") is no road number.
 */

import { mentionOver } from '../mention-edits'
import type { TaggedMention } from '../tagger'
import type { Token } from '../tokenize'
import type { EntityDocument } from '../types'

/** Words that open a road's name before its number, lower case, without dots. */
const ROAD_NETWORKS = new Set(['us', 'route', 'highway', 'hwy', 'interstate', 'freeway'])

/** A road number: one to three digits, maybe with a letter ("1", "95", "9A"). */
const ROAD_NUMBER = /^\d{1,3}[A-Z]?$/

/** Words after a number that make it a count: "US 5 billion", "Route 9 percent". */
export const COUNT_WORDS = new Set(['million', 'billion', 'trillion', 'percent', 'per', '%'])

export function joinRoadNumbers(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const { text, tokens } = doc
  return mentions.map((mention) => {
    const last = tokens[mention.lastToken] as Token
    const number = tokens[mention.lastToken + 1]
    if (number === undefined || number.start !== last.end + 1 || number.line !== last.line) {
      return mention
    }
    const network = last.text.replace(/\./g, '').toLowerCase()
    if (!ROAD_NETWORKS.has(network) || !ROAD_NUMBER.test(number.text)) return mention
    const after = tokens[mention.lastToken + 2]
    if (after !== undefined && COUNT_WORDS.has(after.text.toLowerCase())) return mention
    return mentionOver(text, tokens, mention, mention.firstToken, mention.lastToken + 1, 'LOC')
  })
}
