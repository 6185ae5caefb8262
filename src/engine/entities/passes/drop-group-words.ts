/**
 * Pass drop-group-words: the words that describe people by race or identity are capitalised by
 * many style guides ("Black and Latinx youth", "Black voters", "BIPOC artists", "LGBTQ couples")
 * and name no one: they are adjectives or group nouns, not a place or a body. A mention that is one
 * of them alone is dropped, unless the text writes the word inside a longer name too, where it is
 * a surname ("Jack Black … Black said") or part of a name ("Black Sea", "White House").
 *
 * Nationalities and ethnic names ("Latino", "Hispanic", "Somali") stay: they are misc entities.
 */

import type { TaggedMention } from '../tagger'
import { words } from '../../text/furniture/vocabulary'

/** Colour words used of people, and umbrella terms of identity, in their written forms. */
const GROUP_WORDS = words(
  'Black Blacks White Whites Brown Latinx Latine BIPOC POC AAPI LGBT LGBTQ LGBTQ+ LGBTQIA ' +
    'LGBTQIA+ LGBTQ2S+ Indigenous',
)

export function dropGroupWords(mentions: readonly TaggedMention[]): TaggedMention[] {
  const alone = (mention: TaggedMention): boolean =>
    mention.firstToken === mention.lastToken && GROUP_WORDS.has(mention.text)
  if (!mentions.some(alone)) return [...mentions]
  // Words written inside longer names: "Jack Black", "Black Sea".
  const named = new Set<string>()
  for (const mention of mentions) {
    if (mention.firstToken !== mention.lastToken) {
      for (const word of mention.text.split(' ')) named.add(word)
    }
  }
  return mentions.filter((mention) => !alone(mention) || named.has(mention.text))
}
