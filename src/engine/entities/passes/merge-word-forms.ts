/**
 * Pass merge-word-forms: a group of people named by a noun is written as the noun, its plural and
 * its adjective in -ic ("Democrat", "Democrats", "Democratic"; "Socialists", "the Socialist
 * Party"), and these are one entity, not two lines of the list. A form is read from the word's
 * ending alone: a plural in -s (of six letters or more, not -ss) and an adjective in -ic are
 * brought back to the noun, and "X Party" to X's noun. People and places are left out (a surname
 * may end in -s; a demonym folds into its country in fold-demonyms), and forms of different types
 * stay apart (the party "Democratic Party" and its voters "Democrats" may be typed as two).
 * The entity is named by a form that is not the adjective. Method: one walk keys each entity by
 * its noun; the first entity of a noun takes in the others.
 */

import type { Cluster } from '../candidate'
import { absorb, majority } from '../candidate'
import { GAZETTEER_BITS } from '../gazetteer'
import { bitsOf } from '../lexicon'

/** Shortest word read as a plural or an adjective in -ic: "Greens" yes, "Times" (Time) no. */
const MIN_FORM_LENGTH = 6

/** The noun a one-word name or "X Party" is a form of, or undefined. */
function nounOf(key: string): string | undefined {
  const words = key.split(' ')
  if (words.length > 2 || (words.length === 2 && words[1] !== 'party')) return undefined
  const word = words[0] as string
  if ((bitsOf(word) & GAZETTEER_BITS.nationality) !== 0) return undefined
  if (word.length < MIN_FORM_LENGTH) return word
  // "Catholics" → catholic → cathol, as "Catholic" is.
  const singular = word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word
  return singular.endsWith('ic') ? singular.slice(0, -2) : singular
}

export function mergeWordForms(clusters: readonly Cluster[]): Cluster[] {
  const byNoun = new Map<string, Cluster>()
  const merged = new Set<Cluster>()
  for (const group of clusters) {
    const type = majority(group)
    if (type === 'PER' || type === 'LOC') continue
    const noun = nounOf(group.key)
    if (noun === undefined) continue
    const key = `${type} ${noun}`
    const first = byNoun.get(key)
    if (first === undefined) {
      byNoun.set(key, group)
      continue
    }
    absorb(first, group)
    merged.add(group)
    // The group is named by its noun, not its adjective: "Democrats", not "Democratic".
    const nouns = first.candidates.filter((candidate) => !candidate.key.endsWith('ic'))
    if (nouns.length > 0) first.nameKeys = new Set(nouns.map((candidate) => candidate.key))
  }
  return merged.size === 0 ? [...clusters] : clusters.filter((group) => !merged.has(group))
}
