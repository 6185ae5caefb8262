/**
 * Pass drop-nicknames: a nickname is not the name. A text gives a person's nickname in quote
 * marks after "dubbed" or "nicknamed" (critics dubbed her “Gilt Mira”), built on the name; read
 * as a mention, it joins the person's entity and, being the longer form, renames it. Method: one
 * walk over the mentions: a mention hugged by quote marks with a nicknaming verb a few tokens
 * before them on its line is dropped when one of its words is a word of a person's name the text
 * writes outside such quotes ("Mira"). A nickname that is the only name the text gives ('a
 * hacker dubbed “Velvetfox”') stays: it is all the text calls them.
 */

import { followsNaming } from '../mention-edits'
import type { TaggedMention } from '../tagger'
import type { Token } from '../tokenize'
import type { EntityDocument } from '../types'
import { CLOSING_QUOTES, OPENING_QUOTES } from '../../text/quoted-titles'

/** Punctuation a nickname may carry inside its closing mark: “Gilt Mira,” */
const INNER_PUNCTUATION = new Set([',', '.'])

function isNickname(mention: TaggedMention, tokens: readonly Token[]): boolean {
  const open = tokens[mention.firstToken - 1]
  let close = tokens[mention.lastToken + 1]
  if (close !== undefined && INNER_PUNCTUATION.has(close.text))
    close = tokens[mention.lastToken + 2]
  return (
    open !== undefined &&
    close !== undefined &&
    OPENING_QUOTES.has(open.text) &&
    open.end === mention.start &&
    CLOSING_QUOTES.has(close.text) &&
    followsNaming(tokens, mention.firstToken - 1)
  )
}

export function dropNicknames(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const { tokens } = doc
  const nicknames = new Set(mentions.filter((mention) => isNickname(mention, tokens)))
  if (nicknames.size === 0) return [...mentions]
  const personWords = new Set<string>()
  for (const mention of mentions) {
    if (mention.type !== 'PER' || nicknames.has(mention)) continue
    for (const word of mention.text.split(' ')) personWords.add(word)
  }
  return mentions.filter(
    (mention) =>
      !nicknames.has(mention) || !mention.text.split(' ').some((word) => personWords.has(word)),
  )
}
