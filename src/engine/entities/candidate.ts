/**
 * A candidate is one mention as the passes read it (span, type, role and the context cues found
 * around it); a cluster is the candidates of one real-world entity, with the votes of their types.
 * A cluster's type is its forced type if a pass set one, else the type most candidates got.
 */

import { keyOf } from './names'
import type { EntityMention, MentionType } from './types'

export interface Candidate {
  mention: EntityMention
  type: MentionType
  role: string | undefined
  key: string
  words: string[]
  /**
   * The locative right before the name, as written ("in" Kayole, "In" Cần Thơ), if any. Only
   * names of several words take it at a sentence start: "At Wimbledon" opens many a sports report.
   */
  locative: string | undefined
  /** The locative follows a noun of holdings ("shares in Microsoft"): a body may stay a body. */
  holding: boolean
  /** The name opens a line in capitals, as a dateline does ("CEDAR RAPIDS, Iowa -"). */
  dateline: boolean
  /** A one-word name before a lower-case landscape word ("the Shetland islands"). */
  landscape: boolean
  /** The type an apposition gives the name ("Chłodnie Polarne, a refrigeration company"). */
  described: MentionType | undefined
  /** Where the name an apposition gives it starts ("Vaccine Alliance" in "Gavi, the Vaccine …"). */
  appositive: number | undefined
}

export interface Cluster {
  key: string
  candidates: Candidate[]
  votes: Map<MentionType, number>
  forcedType: MentionType | undefined
  /** The keys of the forms that name the entity, when a pass chose them ("Israel", not "Israelis"). */
  nameKeys?: ReadonlySet<string>
}

export const QUANTITY_TYPES = new Set<MentionType>(['date', 'money', 'percent'])

const TYPE_ORDER: readonly MentionType[] = ['PER', 'ORG', 'LOC', 'MISC', 'date', 'money', 'percent']

/**
 * The type with the most votes, the first in TYPE_ORDER winning a tie; a type with no entry has
 * none, so with no votes at all the first type wins. Read from the entries the cluster has (one
 * or two), not by a lookup per type: the passes ask this of every cluster many times.
 */
export function majority(group: Cluster): MentionType {
  if (group.forcedType) return group.forcedType
  let best = TYPE_ORDER[0] as MentionType
  let bestVotes = 0
  let bestRank = 0
  for (const [type, votes] of group.votes) {
    const rank = TYPE_ORDER.indexOf(type)
    if (votes > bestVotes || (votes === bestVotes && rank < bestRank)) {
      best = type
      bestVotes = votes
      bestRank = rank
    }
  }
  return best
}

/** Words before a one-word name that make it a place: "in Kayole", "near Flotta". */
export const LOCATIVES = new Set(['in', 'at', 'near', 'outside', 'around', 'across'])

/** The locatives that make a place of a "person" of several words too ("near Vĩnh Long"). */
const NAME_LOCATIVES = new Set(['in', 'near'])

/** A lower-case locative comes right before the name ("in Kayole"). */
export function followsLocative(candidate: Candidate): boolean {
  return candidate.locative !== undefined && LOCATIVES.has(candidate.locative)
}

/** "in" or "near", at a sentence start too, comes right before the name ("In Cần Thơ"). */
export function followsNameLocative(candidate: Candidate): boolean {
  return candidate.locative !== undefined && NAME_LOCATIVES.has(candidate.locative.toLowerCase())
}

/** In text order, unless already: a copy sorted by start. */
export function byStart(candidates: readonly Candidate[]): Candidate[] {
  for (let k = 1; k < candidates.length; k++) {
    if (
      (candidates[k] as Candidate).mention.start < (candidates[k - 1] as Candidate).mention.start
    ) {
      return [...candidates].sort((a, b) => a.mention.start - b.mention.start)
    }
  }
  return [...candidates]
}

/** Moves the candidates and votes of `group` into `target`. */
export function absorb(target: Cluster, group: Cluster): void {
  for (const candidate of group.candidates) target.candidates.push(candidate)
  for (const [vote, count] of group.votes) {
    target.votes.set(vote, (target.votes.get(vote) ?? 0) + count)
  }
}

/** A candidate with no context cue: a quantity, or a name as the passes received it. */
export function plainCandidate(mention: EntityMention, type: MentionType): Candidate {
  return {
    mention,
    type,
    role: undefined,
    key: keyOf(mention.text),
    words: mention.text.split(/\s+/),
    locative: undefined,
    holding: false,
    dateline: false,
    landscape: false,
    described: undefined,
    appositive: undefined,
  }
}
