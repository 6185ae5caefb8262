/**
 * Pass locative-types: names found only ever after "in" or "near" are places when nothing else
 * shows what they are: a one-word "person" never written with a given name, a "person" of several
 * words with none, a one-word "body" with no body word.
 */

import type { Cluster } from '../candidate'
import { followsLocative, followsNameLocative, majority } from '../candidate'
import { ORGANIZATION_BIT, bitsOf, opensWithGivenName } from '../lexicon'
import { TITLE_CASE } from '../names'

/**
 * A one-word "person" never written with a given name, and found "in" somewhere, is a place; so
 * is a "person" of several words found only ever "in" ("In Cần Thơ and Sóc Trăng we learned").
 */
function withLocativeType(group: Cluster): Cluster {
  const type = majority(group)
  if (type === 'ORG') return withPlaceOfLocative(group)
  if (type !== 'PER') return group
  const { candidates } = group
  const oneWordPerson = candidates.every(
    (candidate) => candidate.words.length === 1 && candidate.type === 'PER',
  )
  if (
    (oneWordPerson && candidates.some(followsLocative)) ||
    candidates.every(
      (candidate) =>
        followsNameLocative(candidate) &&
        candidate.role === undefined &&
        !opensWithGivenName(candidate.words),
    )
  ) {
    group.forcedType = 'LOC'
  }
  return group
}

/**
 * A "body" of one plain capitalised word, with no body word in it, found only ever "in" or "near"
 * somewhere is a place: "an oil company in Aberdeen". On CoNLL-2003 train, one-word names after
 * "in" are places 30 times as often as bodies; an acronym ("in NATO") and a body word ("in
 * Congress") are left to the tagger. Not "from": "joined from Siemens" names a company.
 */
function withPlaceOfLocative(group: Cluster): Cluster {
  const placed = group.candidates.every(
    (candidate) =>
      candidate.words.length === 1 &&
      TITLE_CASE.test(candidate.mention.text) &&
      (bitsOf(candidate.mention.text) & ORGANIZATION_BIT) === 0 &&
      followsNameLocative(candidate) &&
      !candidate.holding,
  )
  if (placed) group.forcedType = 'LOC'
  return group
}

export function locativeTypes(clusters: Cluster[]): Cluster[] {
  return clusters.map(withLocativeType)
}
