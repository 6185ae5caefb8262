/**
 * Pass list-types: names listed together are of one kind. A "person" listed with places and no
 * person is a place, and "in A and B" with A a place covers B when B is named nowhere else.
 */

import type { Candidate, Cluster } from '../candidate'
import { followsLocative, followsNameLocative, majority } from '../candidate'
import { GAZETTEER_BITS } from '../gazetteer'
import {
  BODY_WORDS,
  FIRMS_NAMED_FOR_PEOPLE,
  bitsOf,
  isCountry,
  isListedPlace,
  opensWithGivenName,
} from '../lexicon'
import type { EntityDocument, MentionType } from '../types'

/** Separators of a coordination: "A, B and C". */
const LIST_SEPARATOR = /^(?:,\s*|,?\s+(?:and|or)\s+)$/

const LIST_CONJUNCTION = /\s(?:and|or)\s/

/** One mention in a coordination, with its entity. */
export interface ListItem {
  candidate: Candidate
  group: Cluster
}

/**
 * Calls `visit` with each coordination of the text, in order: names written one after the other
 * with only commas, "and" or "or" between them ("A, B and C", "A or B"). A list needs a
 * conjunction or three names, so that a name and its country ("Smith, Canada") are not read as one.
 */
export function forEachList(
  clusters: readonly Cluster[],
  text: string,
  visit: (list: ListItem[], conjunction: boolean) => void,
): void {
  const ordered: ListItem[] = []
  for (const group of clusters) {
    for (const candidate of group.candidates) ordered.push({ candidate, group })
  }
  ordered.sort((a, b) => a.candidate.mention.start - b.candidate.mention.start)
  let list: ListItem[] = []
  let conjunction = false
  const close = (): void => {
    if (list.length > 2 || (list.length === 2 && conjunction)) visit(list, conjunction)
    list = []
    conjunction = false
  }
  for (const item of ordered) {
    const previous = list[list.length - 1]
    if (previous !== undefined) {
      const between = text.slice(previous.candidate.mention.end, item.candidate.mention.start)
      if (!LIST_SEPARATOR.test(between)) close()
      else if (LIST_CONJUNCTION.test(between)) conjunction = true
    }
    list.push(item)
  }
  close()
}

/**
 * Names listed together are of one kind: a one-word "person" listed with places and no person
 * ("Embakasi, Kayole and South B") is a place.
 */
export function withListTypes(clusters: Cluster[], doc: EntityDocument): Cluster[] {
  forEachList(clusters, doc.text, (list, conjunction) => {
    const types = list.map((item) => majority(item.group))
    const places = types.filter((type) => type === 'LOC').length
    const people = list.filter((item, k) => types[k] === 'PER' && !isLoneName(item.group))
    const lonePeople = types.includes('PER')
    if (conjunction && people.length === 0 && lonePeople && 2 * places >= list.length - 1) {
      list.forEach((item, k) => {
        if (types[k] === 'PER') item.group.forcedType = 'LOC'
      })
    } else if (conjunction && people.length === 0) {
      retypeByKind(list, types)
    }
    // "in A and B" with A a place: the locative covers B too, when B is named nowhere else and
    // is a body or a "person" with no given name ("In Cần Thơ and Sóc Trăng we learned…").
    const opener = list[0] as ListItem
    if (conjunction && types[0] === 'LOC' && followsNameLocative(opener.candidate)) {
      list.forEach((item, k) => {
        if (item.group.candidates.length !== 1) return
        const { words, role } = item.candidate
        const unnamedPerson =
          types[k] === 'PER' && words.length > 1 && role === undefined && !opensWithGivenName(words)
        // A body of one word ("in Tokyo and Toyota cut…") or named as one is left alone.
        const unnamedBody =
          types[k] === 'ORG' &&
          words.length > 1 &&
          !words.some((word) => BODY_WORDS.has(word.toLowerCase())) &&
          !FIRMS_NAMED_FOR_PEOPLE.has(item.candidate.key)
        if (unnamedBody || unnamedPerson) item.group.forcedType = 'LOC'
      })
    }
  })
  return clusters
}

/**
 * In a list of no person and no place, the items the tagger alone typed take the kind of the
 * others: "ReactJS, Brask and Ost" are products like ReactJS, "Halvard News and Brask" bodies like
 * Halvard News. A "person" of one word, or a "place" of one word no list knows, is such an item;
 * a nationality is no product ("Dutch and Brask"). A body of one word is no sure kind ("between
 * Orlak and Brask", where the tagger read Brask as a body), a name of several words or a misc is.
 */
function retypeByKind(list: readonly ListItem[], types: readonly MentionType[]): void {
  const loose = (k: number): boolean => {
    const { group, candidate } = list[k] as ListItem
    if (types[k] === 'PER') return isLoneName(group)
    return (
      types[k] === 'LOC' &&
      candidate.words.length === 1 &&
      !followsLocative(candidate) &&
      !isCountry(candidate.mention.text) &&
      !isListedPlace(candidate.mention.text)
    )
  }
  const kinds = new Set<MentionType>()
  let anchored = false
  for (let k = 0; k < list.length; k++) {
    if (loose(k)) continue
    const { candidate } = list[k] as ListItem
    const type = types[k] as MentionType
    anchored ||= type === 'MISC' || candidate.words.length > 1
    const nationality = (bitsOf(candidate.key) & GAZETTEER_BITS.nationality) !== 0
    kinds.add(type === 'MISC' && nationality ? 'LOC' : type)
  }
  const kind = kinds.size === 1 ? [...kinds][0] : undefined
  if (!anchored || (kind !== 'MISC' && kind !== 'ORG')) return
  list.forEach((item, k) => {
    if (loose(k)) item.group.forcedType = kind
  })
}

/** A person cluster of one-word mentions only: nothing shows it is a person but the tagger. */
function isLoneName(group: Cluster): boolean {
  return group.candidates.every(
    (candidate) => candidate.words.length === 1 && candidate.role === undefined,
  )
}
