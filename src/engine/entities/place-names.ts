/**
 * The names a text writes as places, read from all its candidates: with a landscape word ("Orkney
 * islands", "River Leve", "the Shetland islands"), as the area of a council ("North Yorkshire
 * Council"), or after a locative ("in Zürich"); and, besides those, one-word names tagged places.
 */

import type { Candidate } from './candidate'
import { followsLocative } from './candidate'
import { LANDSCAPE_OPENERS, PLACE_QUALIFIERS, PLACE_WORDS } from './lexicon'

export interface PlaceNames {
  /** Names written as places (landscapeKeys), and one-word names tagged as places. */
  placeKeys: Set<string>
  /** Names written as places. */
  landscapeKeys: Set<string>
}

export function placeNames(candidates: Iterable<Candidate>): PlaceNames {
  // Words that also stand alone as places ("Orkney") do not abbreviate a body they open.
  const placeKeys = new Set<string>()
  // Names written as places: with a landscape word ("Orkney islands", "River Leve", "the
  // Shetland islands"), as the area of a council ("North Yorkshire Council"), or after a
  // locative ("in Zürich").
  const landscapeKeys = new Set<string>()
  const keysRead = new Set<string>()
  for (const candidate of candidates) {
    if (candidate.type === 'LOC' && candidate.words.length === 1) placeKeys.add(candidate.key)
    const oneWord = candidate.words.length === 1
    if (
      (oneWord && followsLocative(candidate) && candidate.type !== 'ORG') ||
      candidate.landscape
    ) {
      landscapeKeys.add(candidate.key)
    }
    if (keysRead.has(candidate.key)) continue
    keysRead.add(candidate.key)
    // The key's first and last words, read without splitting it: most keys are one word.
    const { key } = candidate
    const lastSpace = key.lastIndexOf(' ')
    if (lastSpace < 0) continue
    const last = key.slice(lastSpace + 1)
    if (last === 'council') landscapeKeys.add(key.slice(0, lastSpace))
    if (key.indexOf(' ') !== lastSpace) continue
    const first = key.slice(0, lastSpace)
    if (PLACE_WORDS.has(last)) landscapeKeys.add(first)
    // A place written with a qualifier names the place it qualifies: "the East Bronx", the Bronx.
    if (candidate.type === 'LOC' && PLACE_QUALIFIERS.has(first)) landscapeKeys.add(last)
    if (LANDSCAPE_OPENERS.has(first)) landscapeKeys.add(last)
  }
  for (const key of landscapeKeys) placeKeys.add(key)
  return { placeKeys, landscapeKeys }
}
