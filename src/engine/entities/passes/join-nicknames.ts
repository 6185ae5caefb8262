/**
 * Pass join-nicknames: a quoted nickname between a person's given name and surname is part of
 * the name (Earvin "Magic" Johnson), which the tagger reads as two people and a misc.
 */

import { capitalisedRun, isCapitalisedToken, replaceTokens } from '../mention-edits'
import type { TaggedMention } from '../tagger'
import type { Token } from '../tokenize'
import type { EntityDocument } from '../types'
import { CLOSING_QUOTES, OPENING_QUOTES } from '../../text/quoted-titles'

/** Most words in a nickname. */
const MAX_NICKNAME_WORDS = 3

export function joinNicknames(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const { tokens } = doc
  let joined: TaggedMention[] | undefined
  for (let t = 1; t + 3 < tokens.length; t++) {
    const open = tokens[t] as Token
    if (!OPENING_QUOTES.has(open.text) || !isCapitalisedToken(tokens[t - 1])) continue
    const line = open.line
    const nicknameEnd = capitalisedRun(tokens, t + 1, 1)
    const close = tokens[nicknameEnd + 1]
    if (!isCapitalisedToken(tokens[t + 1]) || nicknameEnd - t > MAX_NICKNAME_WORDS) continue
    if (close === undefined || !CLOSING_QUOTES.has(close.text) || close.line !== line) continue
    if (!isCapitalisedToken(tokens[nicknameEnd + 2])) continue
    if (
      (tokens[nicknameEnd + 2] as Token).line !== line ||
      (tokens[t - 1] as Token).line !== line
    ) {
      continue
    }
    // The quote marks hug the nickname: "Magic", not a quotation that opens after a name.
    if (
      open.end !== (tokens[t + 1] as Token).start ||
      close.start !== (tokens[nicknameEnd] as Token).end
    ) {
      continue
    }
    const first = capitalisedRun(tokens, t - 1, -1)
    const last = capitalisedRun(tokens, nicknameEnd + 2, 1)
    const current = joined ?? mentions
    const person = current.some(
      (m) => m.type === 'PER' && m.lastToken >= first && m.firstToken <= last,
    )
    if (person) joined = replaceTokens(current, doc, first, last, 'PER')
  }
  return joined ?? [...mentions]
}
