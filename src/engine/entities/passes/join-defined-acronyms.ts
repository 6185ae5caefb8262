/**
 * Pass join-defined-acronyms: a text that defines an acronym writes the full name, then the
 * acronym in brackets ("Heat Assisted Magnetic Recording (HAMR)", "Ostland Grid Operator (OGO)"),
 * and uses the acronym after that. The two are one entity whatever the tagger typed each: a
 * definition is the surest sign of an alias a text gives. The acronym must be the initials of
 * the full name's capitalised words, so "Baltic Ferries (BF)" joins and "Ana Ruiz (PSOE)", a
 * person and her party, does not.
 * Method: one walk indexes the names of several words by where each mention ends; each acronym
 * entity looks up the name right before its bracket.
 */

import type { Candidate, Cluster } from '../candidate'
import { absorb } from '../candidate'
import { acronymOf, isAllCaps } from '../names'
import type { EntityDocument } from '../types'

/** Shortest acronym read: two letters ("EU") and more. */
const MIN_ACRONYM_LENGTH = 2

/** The full name the candidate defines, when it sits in brackets right after a mention of it. */
function definedName(
  candidate: Candidate,
  text: string,
  namesEndingAt: ReadonlyMap<number, Cluster>,
): Cluster | undefined {
  const { start, end } = candidate.mention
  if (text[start - 1] !== '(' || text[end] !== ')' || text[start - 2] !== ' ') return undefined
  const full = namesEndingAt.get(start - 2)
  if (full === undefined) return undefined
  const words = (full.candidates[0] as Candidate).words
  return acronymOf(words) === candidate.key ? full : undefined
}

export function joinDefinedAcronyms(clusters: readonly Cluster[], doc: EntityDocument): Cluster[] {
  const namesEndingAt = new Map<number, Cluster>()
  for (const group of clusters) {
    for (const candidate of group.candidates) {
      if (candidate.words.length > 1) namesEndingAt.set(candidate.mention.end, group)
    }
  }
  if (namesEndingAt.size === 0) return [...clusters]
  const joined = new Set<Cluster>()
  for (const group of clusters) {
    const first = group.candidates[0] as Candidate
    if (first.words.length !== 1 || group.key.length < MIN_ACRONYM_LENGTH) continue
    if (!isAllCaps(first.mention.text)) continue
    for (const candidate of group.candidates) {
      const full = definedName(candidate, doc.text, namesEndingAt)
      if (full === undefined || full === group || joined.has(full)) continue
      absorb(full, group)
      joined.add(group)
      break
    }
  }
  return clusters.filter((group) => !joined.has(group))
}
