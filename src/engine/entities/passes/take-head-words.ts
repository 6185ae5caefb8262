/**
 * Pass take-head-words: takes in a capitalised street, landscape or company word the tagger left
 * right after a name ("Bridge" + "Street", "Network" + "Rail").
 */

import { BODY_WORDS, PLACE_WORDS } from '../lexicon'
import { isCapitalisedToken, mentionOver } from '../mention-edits'
import { isCapitalised } from '../names'
import type { TaggedMention } from '../tagger'
import type { Token } from '../tokenize'
import type { EntityDocument } from '../types'

/**
 * Takes in a capitalised street, landscape or body word the tagger left after a name: "Bridge"
 * then "Street" is the place "Bridge Street", "Network" then "Rail" the company "Network Rail",
 * not a body called "Bridge" or a person called "Network". Place words type the name by its last
 * word when it is read; a body word types it here.
 */
export function withHeadWords(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const { text, tokens } = doc
  return mentions.map((mention, m) => {
    const next = tokens[mention.lastToken + 1]
    // Not when more capitals follow: "UK Energy Secretary Ed Miliband" holds no body "UK Energy".
    if (
      next === undefined ||
      next.start !== mention.end + 1 ||
      next.line !== (tokens[mention.lastToken] as Token).line ||
      mentions[m + 1]?.firstToken === mention.lastToken + 1 ||
      !isCapitalised(next.text) ||
      isCapitalisedToken(tokens[mention.lastToken + 2])
    ) {
      return mention
    }
    const word = next.text.toLowerCase()
    // Company words only, not institution words: "Russian" then "Federation" is no body.
    const body = BODY_WORDS.has(word)
    if (!body && !PLACE_WORDS.has(word)) return mention
    const last = mention.lastToken + 1
    return mentionOver(text, tokens, mention, mention.firstToken, last, body ? 'ORG' : mention.type)
  })
}
