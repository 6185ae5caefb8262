/**
 * Which entity a one-word mention stands for: a person's given name or surname ("Xi" for Xi
 * Jinping), a company's distinctive first word ("Halvard" for Halvard Rail Inc., not for a
 * product or work that opens on its maker's name), an acronym of
 * a longer name, a landscape name's second word ("the Leve"), a compass word ("the North"), or an
 * institution word ("the Agency"). Full names are indexed once under the words that may stand
 * for them.
 */

import type { Candidate, Cluster } from './candidate'
import { majority } from './candidate'
import {
  COMPASS_WORDS,
  FIRMS_NAMED_FOR_PEOPLE,
  INSTITUTION_HEADS,
  LANDSCAPE_OPENERS,
  MODEL_WORDS,
  PLACE_QUALIFIERS,
  bitsOf,
  isBodyName,
  isCountry,
  opensWithGivenName,
} from './lexicon'
import { acronymOf } from './names'
import type { MentionType } from './types'
import { propertyPattern } from '../text/patterns'

const STARTS_UPPER = propertyPattern(String.raw`^\p{Lu}`)

/** Words that open many unrelated names, so never stand for one of them alone. */
const GENERIC_NAME_WORDS = new Set([
  'new',
  'national',
  'united',
  'general',
  'first',
  'royal',
  'central',
  'international',
  'federal',
  'state',
  'american',
  'the',
  'north',
  'south',
  'east',
  'west',
  'great',
  'world',
  'global',
])

/**
 * A multi-word name, indexed under its first word, last word and acronym; a person's name of
 * three words or more also under its middle words, as one of two surnames can stand alone
 * ("Araújo" for "João Araújo Siqueira", "García" for "Gabriel García Márquez").
 */
export interface FullName {
  group: Cluster
  words: string[]
  acronym: string
  firstStart: number
  /**
   * The name reads as a product, a feature or a work: the text writes it as one somewhere (a
   * quoted title, a model name: a misc entity) or it ends on a model word ("Vision Pro"). Its
   * first word is then its maker or the app it belongs to ("Brask" of "Brask Vision Pro", "Halo"
   * of “Halo Eye Correction”), another entity, not a short form of it.
   */
  product: boolean
}

export function indexFullNames(clusters: readonly Cluster[]): Map<string, FullName[]> {
  const index = new Map<string, FullName[]>()
  const works = new Set<string>()
  for (const group of clusters) if (majority(group) === 'MISC') works.add(group.key)
  for (const group of clusters) {
    const representative = group.candidates[0] as Candidate
    if (representative.words.length < 2) continue
    const words = representative.key.split(' ')
    const entry: FullName = {
      group,
      words,
      acronym: acronymOf(representative.words),
      // A reduce, not Math.min(...): spreading a huge list overflows the call stack.
      firstStart: group.candidates.reduce((least, c) => Math.min(least, c.mention.start), Infinity),
      product:
        works.has(group.key) ||
        MODEL_WORDS.has(representative.words[representative.words.length - 1] as string),
    }
    const keys = [words[0] as string, words[words.length - 1] as string, entry.acronym]
    if (words.length > 2 && majority(group) === 'PER') {
      for (let k = 1; k < words.length - 1; k++) keys.push(words[k] as string)
    }
    // Each key once: a handful of words, so a scan is cheaper than a set.
    keys.forEach((key, k) => {
      if (key === '' || keys.indexOf(key) < k) return
      const list = index.get(key)
      if (list === undefined) index.set(key, [entry])
      else list.push(entry)
    })
  }
  return index
}

/**
 * A word that can stand for a company on its own ("Halvard" for "Halvard Rail Inc."): not a
 * place, nationality, title or generic body word, which open many unrelated names ("European",
 * "National", "New").
 */
function isDistinctiveWord(word: string): boolean {
  return bitsOf(word) === 0 && !GENERIC_NAME_WORDS.has(word)
}

/** The rank of a given name, after any surname of the same word. */
const SURNAME_FIRST = 0.5

/** Lower-case particles of names longer than three letters ("bint", "della"). */
const NAME_PARTICLES = new Set(['bint', 'della', 'delle', 'dello', 'degli', 'vander'])

/** A middle word that can be a surname: longer than an initial and not a particle. */
function isNameWord(word: string): boolean {
  return word.length > 3 && !NAME_PARTICLES.has(word)
}

/**
 * The type a full name is read with here: a person's if most of its mentions say so, or if the
 * tagger made a firm of two or three words that open with a known given name and hold no body
 * word ("the engineer Georges Claude"), as no firm a person founded is written so in a list of ours.
 */
export function readType(group: Cluster, words: readonly string[]): MentionType {
  const type = majority(group)
  if (type !== 'ORG' || words.length > 3 || !opensWithGivenName(words)) return type
  const name = words.join(' ')
  return isBodyName(name) || FIRMS_NAMED_FOR_PEOPLE.has(name) ? type : 'PER'
}

/** Whether a full name is a person's whose first or last word is `word`. */
function isNamesake(type: MentionType, words: readonly string[], word: string): boolean {
  return type === 'PER' && (words[0] === word || words[words.length - 1] === word)
}

/**
 * A person's surname: the last word, or the first before one hyphenated given name, in the order
 * of Korean and Chinese names ("Kim Yong-hyun").
 */
function isSurname(words: readonly string[], word: string): boolean {
  if (words.length === 2 && (words[1] as string).includes('-')) return words[0] === word
  return words[words.length - 1] === word
}

/**
 * The people who may hold `word`: when it is a known given name that is the surname of some of
 * them, only those ("Claude" after Georges Claude and Claude Vessel is Georges Claude).
 */
function holdersOf(entries: readonly FullName[], word: string): FullName[] {
  const holders = entries.filter(({ group, words }) =>
    isNamesake(readType(group, words), words, word),
  )
  if (!opensWithGivenName([word])) return holders
  const bySurname = holders.filter(({ words }) => isSurname(words, word))
  return bySurname.length > 0 ? bySurname : holders
}

/**
 * When two people or more share the word as a first or last name: the one named last before the
 * mention (null when none is named yet, or when it is the given name of all of them and the
 * surname of none). Undefined when the word names one person at most.
 */
function recentNamesake(
  entries: readonly FullName[],
  candidate: Candidate,
  firstAlone: number,
): Cluster | null | undefined {
  const holders = holdersOf(entries, candidate.key)
  if (new Set(holders.map(({ group }) => group)).size < 2) return undefined
  // A given name two people share names neither: "Ellen" beside Ellen Fetter and Ellen Marsh.
  // A surname shared in a family is read by recency ("Meadows" after his brother Scott Meadows).
  if (!holders.some(({ words }) => isSurname(words, candidate.key))) return null
  let recent: FullName | undefined
  for (const holder of holders) {
    if (holder.firstStart >= firstAlone) continue
    if (recent === undefined || holder.firstStart > recent.firstStart) recent = holder
  }
  return recent?.group ?? null
}

/**
 * The cluster a one-word mention abbreviates: a multi-word person whose first or last name it
 * is (preferred), a company whose first word it is, a multi-word name whose acronym it is, or a
 * person with a middle name it is.
 * Among several of the same kind, the one mentioned first wins; but among several people whose
 * first or last name it is, it is the one named most recently before the word is first
 * written alone ("Kim" after Margie Kim, then Kim Yong-hyun, is Kim Yong-hyun), and none if that
 * is before all of them: "Meadows" ahead of his brother Scott Meadows and wife Debbie Meadows is
 * Meadows himself.
 */
export function abbreviationTarget(
  index: ReadonlyMap<string, FullName[]>,
  candidate: Candidate,
  placeKeys: ReadonlySet<string>,
  firstAlone: number,
): Cluster | null {
  const word = candidate.key
  const entries = index.get(word) ?? []
  const namesake = recentNamesake(entries, candidate, firstAlone)
  let best: Cluster | null = null
  let bestStart = Infinity
  for (const { group, words, acronym: initials, firstStart, product } of entries) {
    const acronym =
      word.length >= 2 && initials === word && STARTS_UPPER.test(candidate.mention.text)
    // "Lower Manhattan" or "North Dade" is a part of a place, which its other words name; its
    // initials still stand for it ("CBD" for the Central Business District).
    if (PLACE_QUALIFIERS.has(words[0] as string) && words[0] !== word && !acronym) continue
    // "Vanto Japan" (a person to the tagger) is Vanto's arm in Japan, not Vanto.
    const arm =
      words[0] === word &&
      !PLACE_QUALIFIERS.has(word) &&
      !opensWithGivenName(words) &&
      isCountry(words[words.length - 1] as string)
    if (arm) continue
    const type = readType(group, words)
    // "United" of "United Kingdom" (read as a person) or "New": words that open many names.
    const nameWord = !GENERIC_NAME_WORDS.has(word)
    let rank: number
    // A country written as a place ("in Jordan") is no short form of a person named after it.
    const country =
      candidate.type === 'LOC' &&
      candidate.locative !== undefined &&
      isCountry(candidate.mention.text)
    if (namesake !== undefined && isNamesake(type, words, word)) {
      if (group !== namesake || country) continue
      rank = 0
    } else if (type === 'PER' && nameWord && !country && words[words.length - 1] === word) {
      rank = 0
    } else if (type === 'PER' && nameWord && !country && words[0] === word) {
      // A surname before a given name: "Claude" after Claude Vessel and Georges Claude is Claude.
      rank = SURNAME_FIRST
    } else if (
      type === 'PER' &&
      candidate.type === 'PER' &&
      nameWord &&
      isNameWord(word) &&
      !placeKeys.has(word)
    ) {
      rank = 1
    } else if (
      type === 'ORG' &&
      candidate.type !== 'LOC' &&
      words[0] === word &&
      isDistinctiveWord(word) &&
      !placeKeys.has(word) &&
      !product
    ) {
      rank = 1
    } else if (
      type === 'LOC' &&
      words.length === 2 &&
      LANDSCAPE_OPENERS.has(words[0] as string) &&
      words[1] === word
    ) {
      rank = 1
    } else if (
      type === 'LOC' &&
      words.length === 2 &&
      words[0] === word &&
      COMPASS_WORDS.has(word)
    ) {
      // "the North" after "North Korea".
      rank = 1
    } else if (type !== 'PER' && acronym) rank = 1
    else if (type === 'ORG' && words[words.length - 1] === word && INSTITUTION_HEADS.has(word)) {
      // "the Agency" after "the Environment Agency".
      rank = 2
    } else continue
    const start = rank * 1e9 + firstStart
    if (start < bestStart) {
      best = group
      bestStart = start
    }
  }
  return best
}
