/**
 * Pass drop-compound-adjectives: a name joined by a hyphen to a participle or a noun of place
 * makes an adjective ("a Houston-area salon", "a Maryland-based lawyer", "Turkish-speaking users",
 * "Iran-backed groups"), which describes something else and names nothing itself. The tokenizer
 * keeps such a compound as one token, so the tagger's mention of it is the whole adjective; a
 * one-token mention ending in one of these suffixes is dropped.
 *
 * Names that hold a hyphen stay: "Rolls-Royce", "Baden-Württemberg", "Al-Shifa" end in no such
 * word, and "Bosnia-Herzegovina" joins two names.
 */

import type { TaggedMention } from '../tagger'
import { words } from '../../text/furniture/vocabulary'

/** Words after the hyphen that make the compound an adjective. */
const ADJECTIVE_TAILS = words(
  'area based born bred raised speaking led backed owned run made style focused funded ' +
    'headquartered registered listed flagged allied aligned leaning controlled occupied ' +
    'bound themed inspired',
)

function isCompoundAdjective(text: string): boolean {
  const hyphen = text.lastIndexOf('-')
  return hyphen > 0 && ADJECTIVE_TAILS.has(text.slice(hyphen + 1))
}

export function dropCompoundAdjectives(mentions: readonly TaggedMention[]): TaggedMention[] {
  return mentions.filter(
    (mention) => mention.firstToken !== mention.lastToken || !isCompoundAdjective(mention.text),
  )
}
