/**
 * The word lists several passes share, and what the gazetteer (gazetteer.ts) says of a word or a
 * name: a title, a country, a place, a body's name. Lists only one pass reads live in that pass.
 */

import { listedBitsOfWord } from './gazetteer-lookup'
import { GAZETTEER_BITS } from './gazetteer'
import { keyOf } from './names'
import { propertyPattern } from '../text/patterns'

export const TITLE_BIT = GAZETTEER_BITS.title

export const ORGANIZATION_BIT = GAZETTEER_BITS.organizationWord

/** Gazetteer bits of a word, read also in the singular ("Ministers" → minister). */
export function bitsOf(word: string): number {
  return listedBitsOfWord(word)
}

export function isTitleWord(word: string): boolean {
  return (bitsOf(word) & TITLE_BIT) !== 0
}

/** Names written in several ways; keys and values are normalised keys (see keyOf). */
export const KNOWN_ALIASES = new Map<string, string>([
  ['us', 'united states'],
  ['usa', 'united states'],
  ['america', 'united states'],
  ['united states of america', 'united states'],
  ['uk', 'united kingdom'],
  ['britain', 'united kingdom'],
  ['great britain', 'united kingdom'],
  ['un', 'united nations'],
  ['eu', 'european union'],
])

/** Country names of several words, as normalised keys. */
const COUNTRY_NAMES = new Set([
  'united states',
  'united kingdom',
  'south korea',
  'north korea',
  'new zealand',
  'south africa',
  'saudi arabia',
  'sri lanka',
  'united arab emirates',
  'czech republic',
])

/** Last words of street and landscape names, which are places whatever the tagger says. */
export const PLACE_WORDS = new Set([
  'street',
  'st.',
  'road',
  'lane',
  'avenue',
  'boulevard',
  'square',
  'river',
  'lake',
  'bay',
  'valley',
  'island',
  'islands',
  'mountains',
  'sea',
  'ocean',
  'peninsula',
  'strait',
])

/**
 * Words that make a place of the name they end ("Mekong Delta", "Upper West Region"), but not of
 * one they open ("Delta Air Lines", "Coast Guard"). Not "county" ("Notts County" is a club) nor
 * "district" ("Unified School District").
 */
export const PLACE_ENDINGS = new Set([
  'delta',
  'region',
  'province',
  'coast',
  'desert',
  'canal',
  'hills',
  'heights',
  'highlands',
  'plateau',
])

/** First words of landscape names whose second word may stand alone ("River Leve" … "the Leve"). */
export const LANDSCAPE_OPENERS = new Set(['river', 'lake', 'loch', 'mount', 'mt', 'lough'])

/** Compass words, which stand alone for a place named with them ("the North" for North Korea). */
export const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west'])

/**
 * First words that qualify a place: "North Yorkshire Council" names Yorkshire's north, "Lower
 * Manhattan" a part of Manhattan, which is another place.
 */
export const PLACE_QUALIFIERS = new Set([
  ...COMPASS_WORDS,
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'greater',
  'upper',
  'lower',
])

/**
 * Last words that make a name a company or an institution even where the tagger read a place
 * or a person: legal forms, institutions, and the trade words companies are named with
 * ("Halvard Rail", "Skerrie Tidal"). Narrower than the gazetteer's organisation words, which
 * also hold "city" or "united" (Mexico City is a place).
 */
export const BODY_WORDS = new Set([
  'inc',
  'corp',
  'corporation',
  'co',
  'ltd',
  'plc',
  'llc',
  'gmbh',
  'ag',
  'company',
  'group',
  'holdings',
  'university',
  'college',
  'institute',
  'council',
  'agency',
  'ministry',
  'commission',
  'committee',
  'organization',
  'organisation',
  'foundation',
  'association',
  'airlines',
  'airways',
  'lines',
  'rail',
  'railways',
  'signal',
  'tidal',
  'power',
  'energy',
  'mining',
  'wire',
  'mobility',
  'telecom',
  'pharmaceuticals',
  'logistics',
  'systems',
  'technologies',
  'securities',
  'partners',
])

/** Legal forms: a company named after its founder keeps the possessive ("Boatmen's Bancshares Inc."). */
export const LEGAL_FORMS = new Set([
  'inc',
  'corp',
  'co',
  'ltd',
  'plc',
  'llc',
  'gmbh',
  'ag',
  'sa',
  'nv',
])

/**
 * Institution words that a name goes on after with "for", "on" or "of": "Africa Centres for
 * Disease Control and Prevention", "Expanded Programme on Immunisation", "Deutsche Gesellschaft
 * für Internationale Zusammenarbeit". The tagger often cuts such a name at the small word.
 */
export const INSTITUTION_HEADS = new Set([
  'centre',
  'centres',
  'center',
  'centers',
  'programme',
  'program',
  'institute',
  'agency',
  'ministry',
  'department',
  'office',
  'bureau',
  'council',
  'commission',
  'committee',
  'fund',
  'foundation',
  'association',
  'society',
  'federation',
  'union',
  'alliance',
  'organisation',
  'organization',
  'academy',
  'authority',
  'board',
  'coalition',
  'league',
  'gesellschaft',
  'instituto',
  'institut',
])

export const INSTITUTION_LINKS = new Set(['for', 'of', 'on', 'für', 'de', 'pour'])

/** Nouns that end a whole institution's name, besides the institution words. */
export const INSTITUTION_NOUNS = new Set([
  'library',
  'university',
  'college',
  'school',
  'hospital',
  'museum',
  'bank',
  'church',
  'court',
  'police',
  'party',
  'club',
])

/** Endings of abstract nouns ("Prevention", "Development", "Training", "Security"). */
export const ABSTRACT_NOUN = propertyPattern(
  String.raw`^\p{Lu}\p{Ll}+(?:tion|sion|ment|ance|ence|ing|ity|ics|ure)$`,
)

/**
 * Firms named after their founders, which read as people to the tagger (keys, see keyOf). Only
 * names of several words: "Ford" or "Bloomberg" alone may well be the person.
 */
export const FIRMS_NAMED_FOR_PEOPLE = new Set([
  'jp morgan',
  'jp morgan chase',
  'goldman sachs',
  'morgan stanley',
  'merrill lynch',
  'wells fargo',
  'lehman brothers',
  'salomon brothers',
  'smith barney',
  'dow jones',
  'ernst & young',
  'johnson & johnson',
  'procter & gamble',
  'marks & spencer',
  'marks and spencer',
  'price waterhouse',
  'arthur andersen',
  'warner bros',
  'thomson reuters',
])

/** Words that end a product's model name: "PlayStation 4 Pro", "Galaxy S10 Plus", "iPad Air". */
export const MODEL_WORDS: ReadonlySet<string> = new Set(
  'Pro Plus Max Mini Ultra Lite Air XL SE Ti'.split(' '),
)

/** Days of the week, lower-cased. */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
])

/** Capitalised words of the calendar and of measure, which name no one: days, months, holidays. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'christmas',
  'easter',
  'ramadan',
  'thanksgiving',
  'diwali',
  'hanukkah',
  'passover',
  'fahrenheit',
  'celsius',
])

/** Languages that are no nationality's name: `misc`, never a place ("in Swahili"). */
export const LANGUAGES = new Set([
  'swahili',
  'mandarin',
  'cantonese',
  'hindi',
  'urdu',
  'bengali',
  'arabic',
  'hebrew',
  'latin',
  'yiddish',
  'tagalog',
  'amharic',
  'hausa',
  'yoruba',
  'igbo',
  'zulu',
  'xhosa',
  'farsi',
  'pashto',
  'esperanto',
])

/** Countries written as a country ("the United States", "US", "Japan") are places. */
export function isCountry(surface: string): boolean {
  const key = keyOf(surface)
  const canonical = KNOWN_ALIASES.get(key) ?? key
  if (COUNTRY_NAMES.has(canonical)) return true
  return !canonical.includes(' ') && (bitsOf(canonical) & GAZETTEER_BITS.country) !== 0
}

/** Every word of the name is in the gazetteer's lists of places, none in its body words. */
export function isListedPlace(surface: string): boolean {
  const words = surface.split(/\s+/)
  const placeBits = GAZETTEER_BITS.country | GAZETTEER_BITS.place
  return words.every((word) => {
    const bits = bitsOf(word)
    return (bits & placeBits) !== 0 && (bits & ORGANIZATION_BIT) === 0
  })
}

/**
 * Names of bodies the tagger may read as people: only office words ("Foreign Ministry"), or a
 * name ending in a company or institution word ("Meridian Logistics").
 */
export function isBodyName(surface: string): boolean {
  const words = surface.split(/\s+/)
  return (
    (bitsOf(words[words.length - 1] as string) & ORGANIZATION_BIT) !== 0 ||
    words.every((word) => (bitsOf(word) & (TITLE_BIT | ORGANIZATION_BIT)) !== 0)
  )
}

/** A (lower-cased) last word that makes a body of a name: "Alliance", "Rail". */
export function endsBody(word: string): boolean {
  return INSTITUTION_HEADS.has(word) || BODY_WORDS.has(word)
}

export function opensWithGivenName(words: readonly string[]): boolean {
  return (bitsOf(words[0] as string) & GAZETTEER_BITS.firstName) !== 0
}
