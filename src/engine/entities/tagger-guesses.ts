/**
 * Which entities the tagger alone typed: names of one word with nothing around them that says what
 * they are. The tagger reads an unknown capitalised word from a few words on either side, so its
 * type for such a name is a guess ("Vantio" a person, "Kestrix" a place); the passes that look for
 * the document's other evidence (brand-types, coordination-types) retype only these.
 */

import type { Cluster } from './candidate'
import { followsLocative, majority } from './candidate'
import { isCountry, isListedPlace, opensWithGivenName } from './lexicon'

/**
 * Most mentions of a guess: a name the tagger read alike in three places or more was read from
 * three contexts ("Martino sold", "by Martino", "Martino and Smart Projects"), which is evidence.
 */
const MAX_GUESSED_MENTIONS = 2

/**
 * Whether `group` is a person or a place of one or two one-word mentions, which no pass has typed,
 * no title, apposition or locative introduces and no list of places or given names knows.
 */
export function isTaggerGuess(group: Cluster): boolean {
  if (group.forcedType !== undefined || group.candidates.length > MAX_GUESSED_MENTIONS) return false
  const type = majority(group)
  if (type !== 'PER' && type !== 'LOC') return false
  return group.candidates.every(
    (candidate) =>
      candidate.words.length === 1 &&
      candidate.role === undefined &&
      candidate.described === undefined &&
      !followsLocative(candidate) &&
      !opensWithGivenName(candidate.words) &&
      !isCountry(candidate.mention.text) &&
      !isListedPlace(candidate.mention.text),
  )
}
