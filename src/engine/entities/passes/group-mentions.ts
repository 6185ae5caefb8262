/**
 * Stage group-mentions: groups candidates into clusters of one real-world entity each. Longest
 * names first, so that a short form finds the full name it stands for: the same name (a known
 * alias too: "US" for the United States), a part of a body's name the tagger cut it to, or a
 * one-word form (abbreviations.ts), or the last words of one person's full name ("Forrest Jones"
 * for "Michael Forrest Jones"). A name keeps its entity across types only for people.
 */

import { abbreviationTarget, indexFullNames, readType } from '../abbreviations'
import type { FullName } from '../abbreviations'
import type { Candidate, Cluster } from '../candidate'
import { QUANTITY_TYPES, byStart, majority } from '../candidate'
import { INSTITUTION_HEADS, INSTITUTION_NOUNS, KNOWN_ALIASES, PLACE_QUALIFIERS } from '../lexicon'
import { placeNames } from '../place-names'
import type { MentionType } from '../types'

/** Candidates by word count, most first, then in text order: bucketed, as names are short. */
function longestFirstOrder(candidates: readonly Candidate[]): Candidate[] {
  const buckets = new Map<number, Candidate[]>()
  for (const candidate of candidates) {
    const bucket = buckets.get(candidate.words.length)
    if (bucket) bucket.push(candidate)
    else buckets.set(candidate.words.length, [candidate])
  }
  const lengths = [...buckets.keys()].sort((a, b) => b - a)
  return lengths.flatMap((length) => byStart(buckets.get(length) as Candidate[]))
}

/**
 * The parts of a body's name of three words or more that the tagger may cut it to: without a
 * qualifier of its place ("Yorkshire Council" for "North Yorkshire Council"; not "Bank of Canada"
 * for "Royal Bank of Canada") or without a closing institution word ("European Marine Energy"
 * for "European Marine Energy Centre").
 */
function registerParts(partOf: Map<string, Cluster>, key: string, group: Cluster): void {
  // Names of one or two words, most of them, have no parts to register.
  const firstSpace = key.indexOf(' ')
  if (firstSpace < 0 || key.indexOf(' ', firstSpace + 1) < 0) return
  const words = key.split(' ')
  const parts: string[] = []
  if (PLACE_QUALIFIERS.has(words[0] as string)) parts.push(words.slice(1).join(' '))
  const cut = words.slice(0, -1)
  // Not when the shorter name is whole: "Cedar Rapids Public Library" and its Foundation.
  if (
    INSTITUTION_HEADS.has(words[words.length - 1] as string) &&
    !INSTITUTION_HEADS.has(cut[cut.length - 1] as string) &&
    !INSTITUTION_NOUNS.has(cut[cut.length - 1] as string)
  ) {
    parts.push(cut.join(' '))
  }
  for (const part of parts) if (!partOf.has(part)) partOf.set(part, group)
}

/** The article joined to an Arabic surname by a hyphen: "al-Bashir", "el-Sisi". */
const ARABIC_ARTICLE = /^(?:al|el|ad|as|ash|at|az)-(?=\S)/

/**
 * Registers the tails of two words or more of a person's name of three words or more ("Suk Yeol"
 * of "Yoon Suk Yeol"): a text shortens a full name from its front. A tail two people share
 * stands for neither (null).
 */
function registerTails(tailOf: Map<string, Cluster | null>, key: string, group: Cluster): void {
  const words = key.split(' ')
  const tails: string[] = []
  for (let from = 1; from <= words.length - 2; from++) tails.push(words.slice(from).join(' '))
  // "Bashir" for "Omar Hassan al-Bashir": a text often drops the article of an Arabic surname.
  const article = ARABIC_ARTICLE.exec(words[words.length - 1] as string)
  if (article) tails.push((words[words.length - 1] as string).slice(article[0].length))
  for (const tail of tails) {
    const holder = tailOf.get(tail)
    tailOf.set(tail, holder === undefined || holder === group ? group : null)
  }
}

/** Groups candidates into clusters of one real-world entity each. */
export function groupMentions(candidates: readonly Candidate[]): Cluster[] {
  const clusters: Cluster[] = []
  const byKey = new Map<string, Map<MentionType, Cluster>>()
  const register = (key: string, type: MentionType, group: Cluster): void => {
    let byType = byKey.get(key)
    if (byType === undefined) {
      byType = new Map()
      byKey.set(key, byType)
    }
    byType.set(type, group)
  }
  let index: Map<string, FullName[]> | undefined
  const add = (target: Cluster, candidate: Candidate): void => {
    target.candidates.push(candidate)
    target.votes.set(candidate.type, (target.votes.get(candidate.type) ?? 0) + 1)
  }
  const { placeKeys } = placeNames(candidates)
  // Full forms first, so a later (or earlier) short form finds the name it abbreviates.
  const longestFirst = longestFirstOrder(candidates)
  const partOf = new Map<string, Cluster>()
  const tailOf = new Map<string, Cluster | null>()
  // A name an apposition describes is one entity, whatever the tagger made of its other mentions,
  // before the apposition or after it.
  const describedKeys = new Set<string>()
  for (const candidate of candidates) {
    if (candidate.described !== undefined) {
      describedKeys.add(KNOWN_ALIASES.get(candidate.key) ?? candidate.key)
    }
  }
  const described = new Map<string, Cluster>()
  // Where each one-word name is first written alone: who it names is read there.
  const firstAlone = new Map<string, number>()
  for (const candidate of candidates) {
    if (candidate.words.length !== 1) continue
    const start = firstAlone.get(candidate.key)
    if (start === undefined || candidate.mention.start < start) {
      firstAlone.set(candidate.key, candidate.mention.start)
    }
  }
  for (const candidate of longestFirst) {
    const key = KNOWN_ALIASES.get(candidate.key) ?? candidate.key
    // A name keeps its entity across types only for people ("Park" read as a place after "Park
    // Jin"); a place and an organisation may share a name ("Japan" the country and the team).
    const byType = byKey.get(key)
    const same = described.get(key) ?? byType?.get('PER') ?? byType?.get(candidate.type)
    if (same) {
      add(same, candidate)
      if (describedKeys.has(key)) described.set(key, same)
      continue
    }
    const longer = candidate.type === 'ORG' && !placeKeys.has(key) ? partOf.get(key) : undefined
    if (longer !== undefined && majority(longer) === 'ORG') {
      add(longer, candidate)
      continue
    }
    const person = candidate.type === 'PER' ? tailOf.get(key) : undefined
    if (person) {
      add(person, candidate)
      continue
    }
    const abbreviation = candidate.words.length === 1 && !QUANTITY_TYPES.has(candidate.type)
    // One-word candidates come last, so every full name is in a cluster when this is built.
    if (abbreviation) index ??= indexFullNames(clusters)
    const target =
      index && abbreviation
        ? abbreviationTarget(
            index,
            candidate,
            placeKeys,
            firstAlone.get(candidate.key) ?? candidate.mention.start,
          )
        : null
    if (target) {
      // The full form decides the type: "US" in "US House" must not turn the country into a body.
      target.forcedType ??= readType(target, target.key.split(' '))
      add(target, candidate)
      register(key, majority(target), target)
      continue
    }
    const created: Cluster = { key, candidates: [], votes: new Map(), forcedType: undefined }
    add(created, candidate)
    clusters.push(created)
    register(key, candidate.type, created)
    if (describedKeys.has(key)) described.set(key, created)
    if (candidate.type === 'ORG') registerParts(partOf, key, created)
    if (candidate.type === 'PER' && candidate.words.length > 2) registerTails(tailOf, key, created)
  }
  return clusters
}
