/**
 * Pass merge-same-names: one name, one entity. Mentions of a name the tagger typed differently
 * ("Halvard" a company here and a person there) are one entity, whose type their votes decide.
 * A place and a body of the same name mostly stay apart: a city and its team, a capital and its
 * government ("Chicago beat Boston", "Washington said") are two entities, and CoNLL-2003 types
 * each such mention by what it stands for. A name of several words that only one mention reads as
 * a body is one place all the same (issue 15: an entity is listed once). When the votes of a merged name tie, the reading of its
 * first mention wins: a text introduces a name with its context ("the research firm Techscope")
 * and repeats it bare.
 */

import type { Candidate, Cluster } from '../candidate'
import { absorb, majority } from '../candidate'
import { isCountry, isListedPlace } from '../lexicon'

/** How many times as many mentions one reading needs to outvote the other of a place or body. */
const MAJORITY_RATIO = 3

/**
 * A place and a body of one name that may well be two entities: the tagger read each mention in
 * its context, and a city and its team, or a capital and its government, share a name. Only a
 * name no word list knows as a place, read one way at least three times as often as the other ("in
 * Halvard" once beside five mentions of the company), is one entity.
 */
function mayBeTwo(target: Cluster, other: Cluster): boolean {
  const types = new Set([majority(target), majority(other)])
  if (!types.has('LOC') || !types.has('ORG')) return false
  const name = (target.candidates[0] as Candidate).mention.text
  if (isCountry(name) || isListedPlace(name)) return true
  // A name of several words read once as a body is a misread place ("South Dade"); a city's
  // team is named again and again in a sports report ("New York" won, "New York" lost).
  const body = majority(target) === 'ORG' ? target : other
  if (name.includes(' ') && body.candidates.length === 1) return false
  return target.candidates.length < MAJORITY_RATIO * other.candidates.length
}

/** Whether the two most voted types of a cluster have as many votes each. */
function votesTie(group: Cluster): boolean {
  const counts = [...group.votes.values()].sort((a, b) => b - a)
  return counts.length > 1 && counts[0] === counts[1]
}

export function mergeSameNames(clusters: readonly Cluster[]): Cluster[] {
  const byKey = new Map<string, Cluster[]>()
  for (const group of clusters) {
    const same = byKey.get(group.key)
    if (same) same.push(group)
    else byKey.set(group.key, [group])
  }
  if (byKey.size === clusters.length) return [...clusters]
  const absorbed = new Set<Cluster>()
  for (const groups of byKey.values()) {
    if (groups.length < 2) continue
    // The cluster with most mentions takes in the others; the first in text order among equals.
    const target = groups.reduce((best, group) =>
      group.candidates.length > best.candidates.length ? group : best,
    )
    const firstReading = majority(groups[0] as Cluster)
    for (const group of groups) {
      if (group === target || mayBeTwo(target, group)) continue
      target.forcedType ??= group.forcedType
      absorb(target, group)
      absorbed.add(group)
    }
    if (!target.forcedType && votesTie(target)) target.forcedType = firstReading
  }
  return clusters.filter((group) => !absorbed.has(group))
}
