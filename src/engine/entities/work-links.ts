/**
 * The words that say a name is a work's title (a film, a show, a book, a game) or a publication's,
 * beside the product nouns and work verbs of type-cues.ts and work-cues.ts. Read from the tokens
 * right around one mention, and added by the context-types pass to the name's other cues:
 *   - a verb of acting or appearing, then "in": "starred in Brask", "appears in Ostvik" (a work);
 *     not when the name is a place or a body by its own words ("appeared in Brask Crown Court");
 *   - a noun of a work's kin, then its link: "the sequel to Brask", "an episode of Ostvik",
 *     "a remake of Brask" (a work);
 *   - an apposition headed by a work's noun after the name: "Brask, the 2019 film,", "Ostvik, a
 *     television series," (a work; not "Brask, a film critic,");
 *   - a publication's noun right before it: "the journal Brask", "the magazine Ostvik" (a body, as
 *     CoNLL-2003 types newspapers and journals);
 *   - a verb of watching right before it: "watched Brask" (weak: people are watched too).
 */

import { endsBody, isListedPlace } from './lexicon'
import { lowerReader } from './tokenize'
import type { Token } from './tokenize'
import { STRONG_CUE, WEAK_CUE } from './type-cues'
import type { TypeCue } from './type-cues'

/** Verbs that a work's name follows with "in": "starred in Brask", "appears in Ostvik". */
const APPEARING_VERBS = new Set([
  'starred',
  'stars',
  'starring',
  'appeared',
  'appears',
  'appearing',
  'featured',
  'features',
  'cast',
  'role',
  'roles',
  'cameo',
])

/** Nouns of a work's kin and the link that names the work: "the sequel to Brask". */
const WORK_KIN = new Map<string, ReadonlySet<string>>([
  ['to', new Set(['sequel', 'prequel', 'follow-up', 'successor'])],
  [
    'of',
    new Set([
      'episode',
      'episodes',
      'season',
      'seasons',
      'remake',
      'adaptation',
      'spin-off',
      'spinoff',
      'sequel',
      'reboot',
      'cast',
      'finale',
      'premiere',
    ]),
  ],
])

/** Nouns of a work in an apposition after its name: "Brask, the 2019 film,". */
const WORK_NOUNS = new Set([
  'film',
  'movie',
  'series',
  'show',
  'sitcom',
  'drama',
  'documentary',
  'novel',
  'book',
  'memoir',
  'album',
  'single',
  'song',
  'musical',
  'play',
  'opera',
  'game',
  'podcast',
  'franchise',
  'app',
])

/** Most words between the article and the work's noun: "Brask, the acclaimed 2019 film,". */
const MAX_APPOSITION_WORDS = 3
const ARTICLES = new Set(['the', 'a', 'an'])
const APPOSITION_STOPS = new Set([',', '.', ';', ':', 'of', 'by', 'and', 'who', 'which', 'that'])
/**
 * What may follow the work's noun that heads the apposition: "Brask, the 2019 film by Ost,". Not
 * a noun it qualifies: "Brask, a film critic," is a person.
 */
const WORK_NOUN_ENDS = new Set([
  ',',
  '.',
  ';',
  ':',
  ')',
  '—',
  '–',
  'by',
  'about',
  'from',
  'that',
  'which',
  'in',
  'on',
  'with',
  'starring',
  'directed',
  'written',
  'and',
])

/**
 * Last words of a place where people appear that "appeared in" takes: "appeared in Brask Crown
 * Court", "starred in the Ostvik Theatre". Such a name is a place or a body, not a work.
 */
const VENUE_ENDINGS = new Set([
  'court',
  'hall',
  'theatre',
  'theater',
  'arena',
  'stadium',
  'centre',
  'center',
  'square',
  'park',
  'house',
])

/** Nouns of a publication right before its name: "the journal Brask", "the magazine Ostvik". */
const PUBLICATION_NOUNS = new Set(['journal', 'magazine', 'newspaper', 'tabloid', 'periodical'])

/**
 * Verbs a publication's noun follows when a person's name comes next: "told the newspaper Keir
 * Brask that", "said the magazine Ost Hale had". The name is the speaker's subject there.
 */
const TELLING_VERBS = new Set(['told', 'tells', 'telling', 'said', 'says', 'wrote', 'writes'])

/** Verbs of watching right before a name: "watched Brask", "streaming Ostvik". */
const WATCHING_VERBS = new Set(['watch', 'watched', 'watching', 'binge', 'binged', 'rewatched'])

/** Whether "Brask, the 2019 film" follows from token `at` (the comma after the name). */
function workApposition(word: (k: number) => string, at: number): boolean {
  if (word(at) !== ',' || !ARTICLES.has(word(at + 1))) return false
  for (let k = at + 2; k < at + 2 + MAX_APPOSITION_WORDS; k++) {
    const text = word(k)
    if (WORK_NOUNS.has(text)) return WORK_NOUN_ENDS.has(word(k + 1))
    if (APPOSITION_STOPS.has(text) || text === '') return false
  }
  return false
}

/** The work and publication cues around the mention from token `first` to `last`. */
export function workLinksAround(tokens: readonly Token[], first: number, last: number): TypeCue[] {
  const word = lowerReader(tokens)
  const before = word(first - 1)
  const beforeThat = word(first - 2)
  if (PUBLICATION_NOUNS.has(before)) {
    const told = TELLING_VERBS.has(word(first - 3))
    return told ? [] : [{ type: 'ORG', weight: STRONG_CUE }]
  }
  if (WATCHING_VERBS.has(before)) return [{ type: 'MISC', weight: WEAK_CUE }]
  const linked =
    (before === 'in' && APPEARING_VERBS.has(beforeThat)) ||
    WORK_KIN.get(before)?.has(beforeThat) === true ||
    workApposition(word, last + 1)
  if (!linked) return []
  // "appeared in Brask Crown Court", "starred in Leeds": a place or a body by its own words.
  const words = tokens.slice(first, last + 1).map((token) => token.text)
  const lastWord = (words[words.length - 1] as string).toLowerCase()
  if (isListedPlace(words.join(' ')) || endsBody(lastWord) || VENUE_ENDINGS.has(lastWord)) {
    return []
  }
  return [{ type: 'MISC', weight: STRONG_CUE }]
}
