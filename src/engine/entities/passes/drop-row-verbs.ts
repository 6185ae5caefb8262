/**
 * Pass drop-row-verbs: a list row of advice opens with a verb ("- Drink plenty of water", "• Check
 * on elderly neighbours"), capitalised only because it opens the row; the tagger may read it as a
 * name. One word after a bullet, followed by a lower-case word and named nowhere else in the text,
 * is dropped, unless the word lists says it is a place or a given name ("- Paris remains the
 * favourite", "- Maria said no" stay).
 */

import { GAZETTEER_BITS } from '../gazetteer'
import { bitsOf } from '../lexicon'
import type { TaggedMention } from '../tagger'
import type { Token } from '../tokenize'
import type { EntityDocument } from '../types'
import { propertyPattern } from '../../text/patterns'

const BULLETS = new Set(['-', '–', '—', '•', '*', '·', '▪', '►'])
const KNOWN_NAME_BITS = GAZETTEER_BITS.country | GAZETTEER_BITS.place | GAZETTEER_BITS.firstName
const LOWER = propertyPattern(String.raw`^\p{Ll}`)

/** Whether the one-token mention at `t` opens a bulleted row before a lower-case word. */
function opensRow(tokens: readonly Token[], t: number): boolean {
  const bullet = tokens[t - 1]
  const before = tokens[t - 2]
  const next = tokens[t + 1]
  const token = tokens[t] as Token
  return (
    bullet !== undefined &&
    BULLETS.has(bullet.text) &&
    bullet.line === token.line &&
    (before === undefined || before.line !== token.line) &&
    next !== undefined &&
    next.line === token.line &&
    LOWER.test(next.text)
  )
}

export function dropRowVerbs(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const { tokens } = doc
  const rowVerb = (mention: TaggedMention) =>
    mention.firstToken === mention.lastToken &&
    opensRow(tokens, mention.firstToken) &&
    (bitsOf(mention.text) & KNOWN_NAME_BITS) === 0
  const verbs = mentions.filter(rowVerb)
  if (verbs.length === 0) return [...mentions]
  const named = new Set(mentions.filter((mention) => !rowVerb(mention)).map((m) => m.text))
  return mentions.filter((mention) => !verbs.includes(mention) || named.has(mention.text))
}
