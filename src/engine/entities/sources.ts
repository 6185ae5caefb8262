/**
 * Where a story names its source rather than its subject: the journal a study was "published in
 * the journal Harbour Science" or "in Proceedings of the Academy of Tides", and the city of a
 * dateline ("OSLO —"). Such names say where the story comes from, so they count for less in
 * salience than the people, places and bodies it is about (see shape.ts).
 *
 * Method: the words right before the mention. Skipping "the" and "of", a venue follows a
 * publication noun ("journal", "proceedings") or "published in".
 */

import type { Candidate } from './candidate'
import { tokenIndexAt } from './mention-edits'
import type { Token } from './tokenize'

/** Nouns that introduce the venue of a paper. */
const VENUE_NOUNS = new Set(['journal', 'proceedings'])
/** Verbs of publishing before "in": "published in Harbour Science". */
const PUBLISHING_VERBS = new Set(['published', 'publishes'])
const SKIPPED = new Set(['the', 'of'])
/** Tokens looked at before a mention. */
const LOOK_BACK = 4

/** True when the mention names the venue a paper was published in. */
export function namesVenue(tokens: readonly Token[], candidate: Candidate): boolean {
  let t = tokenIndexAt(tokens, candidate.mention.start) - 1
  const stop = t - LOOK_BACK
  while (t >= 0 && t > stop) {
    const word = (tokens[t] as Token).text.toLowerCase()
    if (VENUE_NOUNS.has(word)) return true
    if (word === 'in') return PUBLISHING_VERBS.has(tokens[t - 1]?.text.toLowerCase() ?? '')
    if (!SKIPPED.has(word)) return false
    t--
  }
  return false
}

/** The first candidate that names the entity in the story, not in a dateline or as a venue. */
export function firstInStory(
  tokens: readonly Token[],
  candidates: readonly Candidate[],
): Candidate | undefined {
  return candidates.find((candidate) => !candidate.dateline && !namesVenue(tokens, candidate))
}
