/**
 * Pass drop-opening-verbs: a verb or participle that opens a sentence, a heading or a numbered tip
 * ("Beware the hotel hairdryer", "5. Avoid the minibar", "Known as the Fens, the area…") is
 * capitalised only by its place, and the tagger may read it as a name. A one-word mention that
 * opens its sentence or its line (after a number or a bullet at most) and is followed by an article,
 * a possessive or "as" is dropped, unless the text names it elsewhere than at an opening. A name
 * opening a sentence is followed by its verb ("Halvard said", "Brask is"), rarely by "the". So is
 * a word opening a heading or a tip ("6. Mini bars lose money", "'Eureka' moments in the lab": a
 * line without a closing full stop) that the text names nowhere else.
 */

import { GAZETTEER_BITS } from '../gazetteer'
import { bitsOf } from '../lexicon'
import type { TaggedMention } from '../tagger'
import type { Token } from '../tokenize'
import type { EntityDocument } from '../types'
import { propertyPattern } from '../../text/patterns'

/** Words that follow a verb or a participle, not a name that is a subject. */
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'as', 'your', 'my', 'our', 'their'])
const LETTER = propertyPattern(String.raw`\p{L}`)
/** A capitalised word, hyphens allowed ("A-ha"); not in capitals ("NASA"). */
const CAPITALISED_WORD = propertyPattern(String.raw`^\p{Lu}[\p{Ll}'\u2019-]*\p{Ll}$`)
/** Longest heading, in tokens. */
const MAX_HEADING_TOKENS = 16
const FINAL_STOP = new Set(['.', '!', '?', '…'])
const QUOTES = new Set(["'", '"', '’', '‘', '“', '”'])
const LOWER = propertyPattern(String.raw`^\p{Ll}`)
/** Words a heading holds after its opening word. */
const MIN_HEADING_WORDS = 2
/** Words the lists know as names or adjectives of names: a heading may open with them. */
const KNOWN_NAME_BITS =
  GAZETTEER_BITS.country |
  GAZETTEER_BITS.place |
  GAZETTEER_BITS.firstName |
  GAZETTEER_BITS.nationality

/** Whether token `t` opens its line, after marks and numbers only ("5. Beware…", "- Avoid…"). */
function opensLine(tokens: readonly Token[], t: number): boolean {
  const line = (tokens[t] as Token).line
  for (let k = t - 1; k >= 0; k--) {
    const token = tokens[k] as Token
    if (token.line !== line) return true
    if (LETTER.test(token.text)) return false
  }
  return true
}

/**
 * Whether token `t` opens a heading: a short line of a few words more, the next one in lower case,
 * ending without a full stop (a ranked list's "1. Finland" holds the name alone, a table's "Leeds 3
 * Hull 1" goes on with numbers and names).
 */
function opensHeading(tokens: readonly Token[], t: number): boolean {
  const line = (tokens[t] as Token).line
  let next = t + 1
  while (QUOTES.has(tokens[next]?.text ?? '')) next++
  if (tokens[next]?.line !== line || !LOWER.test((tokens[next] as Token).text)) return false
  let last = t
  let words = 0
  while (tokens[last + 1]?.line === line) {
    last++
    if (last - t > MAX_HEADING_TOKENS) return false
    if (LETTER.test((tokens[last] as Token).text)) words++
  }
  return words >= MIN_HEADING_WORDS && !FINAL_STOP.has((tokens[last] as Token).text)
}

export function dropOpeningVerbs(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const { tokens } = doc
  const { sequences } = doc.tagged
  const isOpeningVerb = (mention: TaggedMention): boolean => {
    const t = mention.firstToken
    if (t !== mention.lastToken || !CAPITALISED_WORD.test(mention.text)) return false
    const line = opensLine(tokens, t)
    if (!line && sequences[mention.sentence]?.start !== t) return false
    const next = tokens[t + 1]
    const sameLine = next !== undefined && next.line === (tokens[t] as Token).line
    return (
      (sameLine && OBJECT_OPENERS.has(next.text)) ||
      (line &&
        mention.type !== 'MISC' &&
        (bitsOf(mention.text) & KNOWN_NAME_BITS) === 0 &&
        opensHeading(tokens, t))
    )
  }
  const verbs = mentions.filter(isOpeningVerb)
  if (verbs.length === 0) return [...mentions]
  const named = new Set(mentions.filter((m) => !verbs.includes(m)).map((m) => m.text))
  return mentions.filter((mention) => !verbs.includes(mention) || named.has(mention.text))
}
