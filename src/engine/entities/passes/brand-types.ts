/**
 * Pass brand-types: a name built on a body the text names elsewhere belongs to that body, when
 * the tagger alone typed it. Firms name their arms, services and products after themselves, and a
 * text writes a firm both in full and by its first word:
 *   - "<Body> <country or continent>" ("Vantio Japan", "Kestrel Europe") is the body's arm there,
 *     a body (never a person, as the tagger often reads it); with a country, only when the text
 *     names the body alone, as many a surname is a country's name ("Ada Holland");
 *   - a name read as a person that opens with the whole name of a body of two words or more
 *     ("Stack Harbour Jobs" beside Stack Harbour) is the body's service, a body too;
 *   - a one-word guess (tagger-guesses.ts) that opens a firm's name ending in a firm's word
 *     ("Rhodium" beside Rhodium Group, "Ostvik" beside Ostvik.com Inc.) is that firm.
 * Method: one walk over the entities to collect the bodies' keys, one to retype. A name that opens
 * with a given name, or has a title, is a person's and is left alone.
 */

import type { Cluster } from '../candidate'
import { majority } from '../candidate'
import { isCountry, opensWithGivenName } from '../lexicon'
import { isTaggerGuess } from '../tagger-guesses'

/** Last words of a firm's or a foundation's name: "Rhodium Group", "Kestrel Holdings". */
const FIRM_ENDINGS = new Set([
  'inc',
  'inc.',
  'corp',
  'corp.',
  'corporation',
  'co',
  'co.',
  'ltd',
  'ltd.',
  'plc',
  'llc',
  'group',
  'holdings',
  'foundation',
  'technologies',
  'labs',
])

/** Regions no one is named after, that a firm names its arms for: "Kestrel Europe". */
const CONTINENTS = new Set(['europe', 'asia', 'africa', 'americas', 'emea', 'apac'])

/** A web address's ending inside a firm's name: "Ostvik.com Inc." opens with Ostvik. */
const WEB_ENDING = /\.(?:com|net|org)$/

/** A body the text types as one for sure: named in several words, several times, or by cues. */
function isSureBody(group: Cluster): boolean {
  if (majority(group) !== 'ORG') return false
  return group.key.includes(' ') || group.candidates.length > 1 || group.forcedType === 'ORG'
}

/** A person the tagger read with no title and no given name: it may be a body's name. */
function isUntitledPerson(group: Cluster): boolean {
  return (
    majority(group) === 'PER' &&
    group.candidates.every(
      (candidate) => candidate.role === undefined && !opensWithGivenName(candidate.words),
    )
  )
}

export function brandTypes(clusters: Cluster[]): Cluster[] {
  const bodies = new Set<string>()
  const firmOpeners = new Set<string>()
  for (const group of clusters) {
    if (!isSureBody(group)) continue
    bodies.add(group.key)
    const words = group.key.split(' ')
    if (words.length > 1 && FIRM_ENDINGS.has(words[words.length - 1] as string)) {
      firmOpeners.add((words[0] as string).replace(WEB_ENDING, ''))
    }
  }
  for (const group of clusters) {
    if (isTaggerGuess(group)) {
      if (firmOpeners.has(group.key)) group.forcedType = 'ORG'
      continue
    }
    if (!isUntitledPerson(group)) continue
    const words = group.key.split(' ')
    if (words.length < 2) continue
    const last = words[words.length - 1] as string
    const owner = bodies.has(words.slice(0, -1).join(' '))
    const arm = CONTINENTS.has(last) || (owner && isCountry(last) && !isCountry(group.key))
    let service = false
    for (let cut = words.length - 1; cut >= 2 && !service; cut--) {
      service = bodies.has(words.slice(0, cut).join(' '))
    }
    if (arm || service) group.forcedType = 'ORG'
  }
  return clusters
}
