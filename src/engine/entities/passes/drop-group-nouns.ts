/**
 * Pass drop-group-nouns: a capitalised follower's noun, "Islamists", "an Islamist", "Marxists",
 * "Trotskyites", names a kind of people, not one entity: the suffixes -ist and -ite make a noun of
 * a doctrine's or a leader's follower ("Islamist", "Jacobite"), and its plural is a group of any
 * number of them; a nationality before it only says where they are ("Tunisian Islamists").
 * Method: a cluster every mention of which is such a word (plural in -ists or -ites, or singular
 * in -ist), after nationalities only, is dropped. Kept: parties and faiths' people named so
 * ("Socialists", "Shiites"), "Christ", and surnames ending in -quist or -qvist.
 */

import type { Candidate, Cluster } from '../candidate'
import { GAZETTEER_BITS } from '../gazetteer'
import { bitsOf } from '../lexicon'
import { propertyPattern } from '../../text/patterns'

/**
 * A title-case follower's noun: "Islamists", "Trotskyites", "Islamist". Not a singular in -ite,
 * which ends surnames and common words ("White", "Kite").
 */
const FOLLOWERS = propertyPattern(String.raw`^\p{Lu}\p{Ll}{2,}(?:ists?|ites)$`)

/** Words of that shape that name a party, a faith's people or one person: kept as names. */
const KEPT = new Set([
  'socialist',
  'socialists',
  'communist',
  'communists',
  'nationalist',
  'nationalists',
  'shiites',
  'sunnites',
  'christ',
  'antichrist',
])

const SURNAME_ENDINGS = /(?:quist|qvist)$/

function isFollowerWord(word: string): boolean {
  const lower = word.toLowerCase()
  return FOLLOWERS.test(word) && !KEPT.has(lower) && !SURNAME_ENDINGS.test(lower)
}

/** "Islamists", "Tunisian Islamists": a follower's noun after nationalities only. */
function isGroupMention(candidate: Candidate): boolean {
  const { words } = candidate
  const head = words[words.length - 1] as string
  return (
    isFollowerWord(head) &&
    words
      .slice(0, -1)
      .every((word) => (bitsOf(word.toLowerCase()) & GAZETTEER_BITS.nationality) !== 0)
  )
}

export function dropGroupNouns(clusters: Cluster[]): Cluster[] {
  return clusters.filter((group) => !group.candidates.every(isGroupMention))
}
