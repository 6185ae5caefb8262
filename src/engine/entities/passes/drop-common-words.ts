/**
 * Pass drop-common-words: a one-word name mentioned once or twice that the text also writes in
 * lower case is a common word a heading or a sentence start capitalised ("Health", "Tidal").
 */

import type { Candidate, Cluster } from '../candidate'
import { QUANTITY_TYPES, majority } from '../candidate'
import { TITLE_CASE } from '../names'
import type { EntityDocument } from '../types'

/** Most mentions of a one-word name that a lower-case use of the word can undo. */
const COMMON_WORD_MENTIONS = 2

/** Parties named with common words: "Labour" stays a name beside "labour shortages". */
const PARTY_WORDS = new Set([
  'labour',
  'conservative',
  'conservatives',
  'liberal',
  'liberals',
  'democrat',
  'democrats',
  'republican',
  'republicans',
  'green',
  'greens',
  'socialist',
  'socialists',
  'reform',
])

/**
 * A one-word name mentioned once or twice whose word the text also writes in lower case is a
 * common word capitalised by a heading, a title or a sentence start: "Health" in "Minister of
 * State for Health" where the article speaks of health, "Tidal" where it speaks of tidal power.
 */
function isCommonWord(group: Cluster, writesLower: (word: string) => boolean): boolean {
  const { candidates } = group
  if (candidates.length > COMMON_WORD_MENTIONS) return false
  if (!candidates.every((candidate) => candidate.words.length === 1)) return false
  const word = (candidates[0] as Candidate).mention.text
  const lower = word.toLowerCase()
  return (
    writesLower(lower) &&
    // Capitals ("WHO" beside "who") are an acronym, and parties are named with common words.
    TITLE_CASE.test(word) &&
    !PARTY_WORDS.has(lower) &&
    !QUANTITY_TYPES.has(majority(group))
  )
}

export function dropCommonWords(clusters: Cluster[], doc: EntityDocument): Cluster[] {
  return clusters.filter((group) => !isCommonWord(group, doc.tagged.writesLower))
}
