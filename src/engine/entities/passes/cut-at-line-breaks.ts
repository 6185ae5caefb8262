/**
 * Pass cut-at-line-breaks: a name never runs across a line break. The tagger reads a headline,
 * a caption or a list row without end punctuation as one sentence with the next line, and may
 * join the last words of one line to the first of the next; each line's part becomes its own
 * mention, of the same type.
 */

import { mentionOver } from '../mention-edits'
import type { TaggedMention } from '../tagger'
import type { Token } from '../tokenize'
import type { EntityDocument } from '../types'

export function cutAtLineBreaks(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const { text, tokens } = doc
  const line = (t: number): number => (tokens[t] as Token).line
  if (mentions.every((mention) => line(mention.firstToken) === line(mention.lastToken))) {
    return [...mentions]
  }
  const cut: TaggedMention[] = []
  for (const mention of mentions) {
    let first = mention.firstToken
    for (let t = first + 1; t <= mention.lastToken + 1; t++) {
      if (t <= mention.lastToken && line(t) === line(first)) continue
      cut.push(
        first === mention.firstToken && t === mention.lastToken + 1
          ? mention
          : mentionOver(text, tokens, mention, first, t - 1),
      )
      first = t
    }
  }
  return cut
}
