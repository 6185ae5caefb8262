/**
 * Pass split-place-lists: "and" that closes a list of places joins two places, not the words of
 * one body. The tagger reads "Bonaire, St Eustatius and Saba" as the place Bonaire and a body "St
 * Eustatius and Saba", as it reads "Bank of Brask and Ost". Method: a mention that holds "and",
 * right after a comma that closes a place the tagger marked ("Bonaire,"), is split at its "and"
 * into two places. Not a known firm of two names ("Tesco, Marks and Spencer", where the tagger
 * may read Tesco as a place), nor "and" in a name no comma list leads to ("Trinidad and Tobago").
 */

import { FIRMS_NAMED_FOR_PEOPLE } from '../lexicon'
import { replaceTokens } from '../mention-edits'
import { keyOf } from '../names'
import type { TaggedMention } from '../tagger'
import type { EntityDocument } from '../types'

export function splitPlaceLists(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const { tokens } = doc
  let split: TaggedMention[] | undefined
  for (let m = 1; m < mentions.length; m++) {
    const mention = mentions[m] as TaggedMention
    const previous = mentions[m - 1] as TaggedMention
    const comma = mention.firstToken - 1
    if (previous.type !== 'LOC' || previous.lastToken !== comma - 1) continue
    if (tokens[comma]?.text !== ',' || FIRMS_NAMED_FOR_PEOPLE.has(keyOf(mention.text))) continue
    let link = -1
    for (let k = mention.firstToken + 1; k < mention.lastToken; k++) {
      if (tokens[k]?.text === 'and') link = k
    }
    if (link < 0) continue
    const current = split ?? mentions
    split = replaceTokens(
      replaceTokens(current, doc, mention.firstToken, link - 1, 'LOC'),
      doc,
      link + 1,
      mention.lastToken,
      'LOC',
    )
  }
  return split ?? [...mentions]
}
