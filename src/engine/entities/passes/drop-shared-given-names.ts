/**
 * Pass drop-shared-given-names: a bare given name that two people or more in the text carry
 * ("Ellen" beside Ellen Fetter and Ellen Marsh) names neither of them for sure, so it is left out
 * rather than listed as a person of its own or given to the wrong one. Grouping (abbreviations.ts)
 * gives such a word to no one; this pass drops the one-word entity it leaves (not a place). A word that is the
 * surname of one of them stays with the rules of grouping ("Claude" after Georges Claude).
 * Method: one walk counts the people of several words by their first word, and one by last word.
 */

import type { Cluster } from '../candidate'
import { majority } from '../candidate'

/** Whether every mention of the entity is one word. */
function isBare(group: Cluster): boolean {
  return group.candidates.every((candidate) => candidate.words.length === 1)
}

export function dropSharedGivenNames(clusters: readonly Cluster[]): Cluster[] {
  const givenBy = new Map<string, number>()
  const surnames = new Set<string>()
  for (const group of clusters) {
    if (majority(group) !== 'PER' || isBare(group)) continue
    const words = group.key.split(' ')
    if (words.length < 2) continue
    const first = words[0] as string
    givenBy.set(first, (givenBy.get(first) ?? 0) + 1)
    surnames.add(words[words.length - 1] as string)
  }
  if (givenBy.size === 0) return [...clusters]
  return clusters.filter(
    (group) =>
      !(
        // The tagger may read the bare name as a body ("Ellen said"); a place it may be.
        majority(group) !== 'LOC' &&
        isBare(group) &&
        (givenBy.get(group.key) ?? 0) >= 2 &&
        !surnames.has(group.key)
      ),
  )
}
