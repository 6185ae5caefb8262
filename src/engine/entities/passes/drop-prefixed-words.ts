/**
 * Pass drop-prefixed-words: a name behind a lower-case prefix and a hyphen is an adjective or a
 * stance, not an entity: "anti-Brask sentiment", "pro-Ostvik rallies", "post-Halvard years". The
 * tagger marks such words misc; an editor lists none of them. Method: drop a mention of one token
 * that opens on a lower-case prefix of a closed list, then a hyphen and a capital. The name alone,
 * written elsewhere ("Brask said"), is still found there.
 */

import type { TaggedMention } from '../tagger'
import type { EntityDocument } from '../types'
import { propertyPattern } from '../../text/patterns'

/** A lower-case prefix, a hyphen and a capital: "anti-Brask", "non-EU", "mid-Ostvik". */
const PREFIXED_NAME = propertyPattern(
  String.raw`^(?:anti|pro|non|post|pre|neo|pan|mid|ex|un)[-\u2010\u2013]\p{Lu}[^\s]*$`,
)

export function dropPrefixedWords(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  return mentions.filter(
    (mention) =>
      mention.firstToken !== mention.lastToken ||
      !PREFIXED_NAME.test(doc.text.slice(mention.start, mention.end)),
  )
}
