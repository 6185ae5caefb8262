/**
 * Pass join-parenthesised: names filling the brackets after a body's name are one short name of
 * that body, which the tagger may cut in two ("… Prevention (Africa CDC)").
 */

import { isBodyAlias, mentionOver } from '../mention-edits'
import type { TaggedMention } from '../tagger'
import type { EntityDocument } from '../types'

/**
 * Names filling the parentheses after a body's name are one short name of that body, which the
 * tagger may cut in two: "Africa Centres for Disease Control and Prevention (Africa CDC)".
 */
export function joinParenthesised(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const { text, tokens } = doc
  const joined: TaggedMention[] = []
  for (let m = 0; m < mentions.length; m++) {
    const first = mentions[m] as TaggedMention
    let k = m
    while (mentions[k + 1]?.firstToken === (mentions[k] as TaggedMention).lastToken + 1) k++
    const last = mentions[k] as TaggedMention
    const run = { firstToken: first.firstToken, lastToken: last.lastToken }
    if (k === m || last.type === 'LOC' || !isBodyAlias(tokens, run, joined[joined.length - 1])) {
      joined.push(first)
      continue
    }
    joined.push(mentionOver(text, tokens, first, first.firstToken, last.lastToken, 'ORG'))
    m = k
  }
  return joined
}
