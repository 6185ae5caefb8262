/** A strong cue of `type`, the one cue a name's own words give. */
function strongCue(type: TypeCue['type']): TypeCue[] {
  return [{ type, weight: STRONG_CUE }]
}

/**
 * The cues in a name's own words: the head-noun rules of a name of several words, which its
 * reading (read-name.ts) leaves to the tagger. A name says what it is by its last word or by its
 * institution word: "Raven Crag" and "Brask Central Station" are places, "Brask Flag Code" and
 * "Brask Music Festival" are misc (a law, an event: CoNLL-2003 types events misc), "Centre on
 * Ageing and Care" and "Brask Department of Water" are bodies, "Harlow & Sons" a firm, "Brask
 * Maps" a service (misc), "Central Business District" a
 * place and "Brask School District" a body. Method:
 * look at the first and last word, and at an institution word followed by "of", "for" or "on".
 * The context-types pass adds these cues to those around the mentions; it does not ask them of
 * a name that opens with a given name ("Doris Day") or ends in a body word ("Port Authority").
 */

import { WEEKDAYS } from './lexicon'
import { STRONG_CUE } from './type-cues'
import type { TypeCue } from './type-cues'

/** First words of a place's name: "Mount Brask", "Monte Sarro"; not "Port" ("Port Vale" FC). */
const PLACE_OPENERS = new Set(['mount', 'monte', 'mont', 'cape', 'lake', 'loch', 'lower', 'upper'])

/** Last words of the name of a law or a document: "Brask Flag Code", "the First Amendment". */
const LAW_ENDINGS = new Set([
  'code',
  'act',
  'amendment',
  'amendments',
  'bill',
  'treaty',
  'constitution',
  'charter',
  'directive',
])

/** Last words of the name of a landform: "Skellan Head", "Raven Crag", "Harlow Edge". */
const LANDFORM_ENDINGS = new Set([
  'head',
  'point',
  'crag',
  'tarn',
  'hills',
  'edge',
  'beach',
  'fell',
  'moor',
  'falls',
  'ness',
  'islands',
  'isles',
])

/**
 * Last words of the name of a place built or laid out by people: "Brask Central Station", "the
 * Ostvik Strip", "Harlow Transitway". Not "park" nor "county", which end clubs and surnames
 * ("Derby County") as often.
 */
const PLACE_HEADS = new Set([
  'station',
  'strip',
  'transitway',
  'busway',
  'borough',
  'expressway',
  'highway',
  'motorway',
  'freeway',
  'airport',
  'bridge',
  'tunnel',
  'canyon',
  'gulf',
  'glacier',
  'reef',
])

/**
 * Last words of the name of an event or a period: "Brask Music Festival", "the Ostvik Cup",
 * "Great Slump War". Misc, as CoNLL-2003 types events and periods.
 */
const EVENT_HEADS = new Set([
  'day',
  'week',
  'festival',
  'games',
  'olympics',
  'cup',
  'open',
  'championship',
  'championships',
  'marathon',
  'prix',
  'trophy',
  'award',
  'awards',
  'prize',
  'war',
  'revolution',
  'depression',
])

/**
 * Last words of the name of a product's part, a technical unit or a standard: "Block Place
 * Packet", "Night Reading Mode", "Eye Contact Correction", "Gold Standard", "Super Brask Run" (a
 * game). Misc, as CoNLL-2003 types products and works. A closed list: each of these words names a
 * kind of thing made or specified, and no person's name ends in one. "Standard", "Action" and
 * "Run" end a few bodies' names too ("the Harbour Standard", a paper; "Party of Civic Action"):
 * an institution word or a body's cue around the name outweighs them.
 */
const PRODUCT_ENDINGS = new Set([
  'packet',
  'packets',
  'protocol',
  'format',
  'standard',
  'correction',
  'action',
  'run',
  'edition',
  'mode',
  'engine',
  'toolkit',
  'firmware',
  'update',
  'patch',
  'algorithm',
  'interface',
  'plugin',
  'extension',
])

/**
 * Institution words that a name goes on after with "of", "for" or "on": "Brask Department of
 * Water", "Centre on Ageing and Care". Narrower than lexicon's INSTITUTION_HEADS: no "union"
 * ("Union of Soviet …") nor "fund".
 */
const INSTITUTION_WORDS = new Set([
  'centre',
  'centres',
  'center',
  'centers',
  'institute',
  'department',
  'ministry',
  'office',
  'bureau',
  'agency',
  'council',
  'commission',
  'committee',
  'association',
  'society',
  'federation',
  'foundation',
  'academy',
  'authority',
  'board',
  'league',
])

const INSTITUTION_LINKS = new Set(['of', 'for', 'on'])

/**
 * Last words of the name of an online service, one of several a firm runs under its brand:
 * "Ostvik Maps", "Halvard Pay", "Brask Translate". Misc, as CoNLL-2003 types products. Not
 * "Drive" ("Rodeo Drive"), "News" ("Brask News" is a paper or a channel, a body) nor "Jobs",
 * a surname after a given name the gazetteer may not know ("Steve Jobs").
 */
const SERVICE_ENDINGS = new Set([
  'maps',
  'photos',
  'docs',
  'sheets',
  'pay',
  'wallet',
  'translate',
  'assistant',
])

/**
 * Words before "District" that make a body of it: "Brask Unified School District", "Ostvik Water
 * District". Any other district is a place: "Central Business District", "Brask District".
 */
const DISTRICT_BODIES = new Set([
  'school',
  'schools',
  'water',
  'fire',
  'sanitation',
  'irrigation',
  'hospital',
  'health',
  'utility',
  'transit',
  'library',
  'park',
  'parks',
  'conservation',
  'improvement',
])

/** Whether an institution word is followed by its link in the name: "Department of …". */
function hasInstitutionHead(words: readonly string[]): boolean {
  for (let k = 0; k < words.length - 2; k++) {
    const word = (words[k] as string).toLowerCase()
    if (INSTITUTION_WORDS.has(word) && INSTITUTION_LINKS.has(words[k + 1] as string)) return true
  }
  return false
}

/** Last words of a family firm's name after "&" or "and": "Harlow & Sons". */
const FAMILY_FIRM_ENDINGS = new Set(['sons', 'daughters', 'brothers', 'bros', 'bros.'])

/**
 * The cues in a name's own words: an institution word with its link, a family firm's "& Sons", a
 * place's opener or last word, a law's, an event's or a product part's last word.
 */
export function typeCuesOfName(words: readonly string[]): TypeCue[] {
  if (words.length < 2) return []
  const firstWord = (words[0] as string).toLowerCase()
  const lastWord = (words[words.length - 1] as string).toLowerCase()
  const link = (words[words.length - 2] as string).toLowerCase()
  if (
    hasInstitutionHead(words) ||
    (FAMILY_FIRM_ENDINGS.has(lastWord) && (link === '&' || link === 'and')) ||
    (lastWord === 'district' && DISTRICT_BODIES.has(link))
  ) {
    return strongCue('ORG')
  }
  if (lastWord === 'district') return strongCue('LOC')
  if (PLACE_OPENERS.has(firstWord) || LANDFORM_ENDINGS.has(lastWord) || PLACE_HEADS.has(lastWord)) {
    return strongCue('LOC')
  }
  if (
    LAW_ENDINGS.has(lastWord) ||
    EVENT_HEADS.has(lastWord) ||
    PRODUCT_ENDINGS.has(lastWord) ||
    SERVICE_ENDINGS.has(lastWord) ||
    // A weekday ends the name of a day of two words ("Super Tuesday", "Black Friday"); a longer
    // name with one is a paper's ("Mail on Sunday").
    (words.length === 2 && WEEKDAYS.has(lastWord))
  ) {
    return strongCue('MISC')
  }
  return []
}
