/**
 * Pass name-part-types: a text names a person in full once, then by one part of the name, and the
 * tagger may type the part, or the full name, by its guess alone:
 *   - a one-word "place" or "body" that is the given name or the surname of one person named in
 *     full ("Fiona" after Fiona Parry, "Kaurinui" after Te Kaurinui) is that person;
 *   - a "body" or "place" of two words with no body word, whose last word the text writes alone
 *     as a person several times ("Gianluca Martino" beside "Martino said", "by Martino") is that
 *     person, who takes in the surname's mentions.
 * Not a name that a locative introduces ("in Jordan"), nor a country or a listed place, nor a
 * name a pass typed by its evidence. Method: one walk to index the people's name words, one to
 * fold the parts in.
 */

import { absorb, followsLocative, majority } from '../candidate'
import type { Cluster } from '../candidate'
import { BODY_WORDS, endsBody, isCountry, isListedPlace } from '../lexicon'

/** How many times a surname written alone must be read as a person to make its full name one. */
const SURE_SURNAME_MENTIONS = 2

/** A cluster of one-word mentions that no locative introduces and no list knows as a place. */
function isBarePart(group: Cluster): boolean {
  return group.candidates.every(
    (candidate) =>
      candidate.words.length === 1 &&
      !followsLocative(candidate) &&
      !isCountry(candidate.mention.text) &&
      !isListedPlace(candidate.mention.text),
  )
}

export function namePartTypes(clusters: Cluster[]): Cluster[] {
  // The people named in full by each of their first and last words; null when two share it.
  const holders = new Map<string, Cluster | null>()
  const surnames = new Map<string, Cluster>()
  for (const group of clusters) {
    if (majority(group) !== 'PER') continue
    const words = group.key.split(' ')
    if (words.length === 1) {
      if ((group.votes.get('PER') ?? 0) >= SURE_SURNAME_MENTIONS) surnames.set(group.key, group)
      continue
    }
    for (const word of [words[0] as string, words[words.length - 1] as string]) {
      const holder = holders.get(word)
      holders.set(word, holder === undefined || holder === group ? group : null)
    }
  }
  const absorbed = new Set<Cluster>()
  for (const group of clusters) {
    const type = majority(group)
    if (group.forcedType !== undefined || (type !== 'LOC' && type !== 'ORG')) continue
    const words = group.key.split(' ')
    if (words.length === 1) {
      const holder = holders.get(group.key)
      if (holder && isBarePart(group)) {
        // The part's votes must not outweigh the person the full name is.
        holder.forcedType ??= 'PER'
        absorb(holder, group)
        absorbed.add(group)
      }
      continue
    }
    const surname = words.length === 2 ? surnames.get(words[1] as string) : undefined
    if (surname === undefined || absorbed.has(surname) || endsBody(words[1] as string)) continue
    if (words.some((word) => BODY_WORDS.has(word)) || isListedPlace(group.key)) continue
    group.forcedType = 'PER'
    absorb(group, surname)
    absorbed.add(surname)
  }
  return absorbed.size === 0 ? clusters : clusters.filter((group) => !absorbed.has(group))
}
