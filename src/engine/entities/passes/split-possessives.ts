/**
 * Pass split-possessives: cuts a mention at a possessive inside it when the owner is named alone
 * elsewhere ("WHO’s World Health Assembly" → WHO, World Health Assembly).
 */

import { LEGAL_FORMS } from '../lexicon'
import type { ConllType, TaggedMention } from '../tagger'
import type { Token } from '../tokenize'
import type { EntityDocument } from '../types'

const POSSESSIVE = /^['\u2019][sS]$/

/**
 * Cuts a mention at a possessive inside it when the owner is named on its own elsewhere: "WHO’s
 * World Health Assembly" is the WHO and the World Health Assembly. "United Nations Children’s
 * Fund" stays whole, as "United Nations Children" names nothing else in the text.
 */
export function splitPossessives(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const { text, tokens } = doc
  const cut = (mention: TaggedMention): number => {
    // A possessive can only stand inside the name: a name of one or two tokens has no inside.
    if (mention.lastToken - mention.firstToken < 2) return -1
    const last = (tokens[mention.lastToken] as Token).text.toLowerCase().replace(/\.$/, '')
    if (LEGAL_FORMS.has(last)) return -1
    for (let t = mention.firstToken + 1; t < mention.lastToken; t++) {
      if (POSSESSIVE.test((tokens[t] as Token).text)) return t
    }
    return -1
  }
  if (mentions.every((mention) => cut(mention) < 0)) return [...mentions]
  const owners = new Map<string, ConllType>()
  for (const mention of mentions) {
    if (!owners.has(mention.text)) owners.set(mention.text, mention.type)
  }
  const split: TaggedMention[] = []
  for (const mention of mentions) {
    const at = cut(mention)
    const owner = at < 0 ? undefined : tokens[at - 1]
    const ownerText = owner ? text.slice(mention.start, owner.end) : ''
    const ownerType = owners.get(ownerText)
    if (!owner || ownerType === undefined) {
      split.push(mention)
      continue
    }
    const restStart = (tokens[at + 1] as Token).start
    split.push(
      { ...mention, end: owner.end, text: ownerText, type: ownerType, lastToken: at - 1 },
      {
        ...mention,
        start: restStart,
        text: text.slice(restStart, mention.end),
        firstToken: at + 1,
      },
    )
  }
  return split
}
