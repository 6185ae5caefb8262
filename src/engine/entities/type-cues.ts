/**
 * The words around one mention of a name that say what kind of thing it names, read from the
 * tokens right before and after it. Each cue gives a type and a weight: strong when the words
 * rarely go with anything else ("Halvard's shareholders", "the city of Brask", "Brask, 45,"),
 * weak when they mostly do ("Halvard acquired", "Halvard said it"). The context-types pass adds
 * up the cues of every mention of an entity.
 */

import type { Token } from './tokenize'
import type { MentionType } from './types'
import { unicodePattern } from '../text/patterns'

const STARTS_UPPER = unicodePattern(String.raw`^\p{Lu}`)
const STARTS_LOWER_OR_COMMA = unicodePattern(String.raw`^(?:\p{Ll}|,)`)

export const STRONG_CUE = 3
export const WEAK_CUE = 2

export interface TypeCue {
  type: MentionType
  weight: number
}

/** Nouns a body owns, after its possessive: "Halvard's shares", "Halvard's chief executive". */
const BODY_POSSESSIONS = new Set([
  'shares',
  'stock',
  'ceo',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'customers',
  'shareholders',
  'investors',
  'subscribers',
  'users',
  'app',
  'platform',
  'products',
  'subsidiary',
  'headquarters',
  'stores',
  'employees',
  'executives',
  'revenue',
  'profits',
  'earnings',
  'website',
  'board',
  'valuation',
  'acquisition',
  'buyout',
  'takeover',
])

/**
 * Nouns a body's or a product's name qualifies, right after it: "Halvard drivers", "a Halvard
 * page", "Halvard users". A person's name qualifies others ("the Brask campaign", "Brask family").
 */
const BODY_QUALIFIED = new Set([
  'drivers',
  'users',
  'customers',
  'subscribers',
  'employees',
  'executives',
  'shareholders',
  'stores',
  'page',
  'pages',
  'account',
  'accounts',
  'app',
  'platform',
  'ecosystem',
  'servers',
  'versions',
  'subsidiary',
  'founder',
  'headquarters',
  'acquisition',
])

/** Verbs of buying, selling and making after a name: mostly a company's ("Halvard acquired"). */
const BODY_VERBS = new Set([
  'bought',
  'acquired',
  'acquires',
  'launched',
  'launches',
  'unveiled',
  'unveils',
  'shipped',
  'ships',
  'employs',
  'owns',
  'operates',
  'invested',
  'invests',
])

/** Verbs of buying right before a name: "bought Halvard", "to acquire Halvard". */
const BUYING_VERBS = new Set([
  'bought',
  'buy',
  'buys',
  'buying',
  'acquired',
  'acquire',
  'acquiring',
])

/** "sale to Halvard", "buyout of Halvard", "posted on Halvard": a noun or verb, then a link. */
const BODY_LINKS = new Map<string, ReadonlySet<string>>([
  ['to', new Set(['sale', 'sold', 'selling', 'payable', 'posted', 'uploaded'])],
  ['of', new Set(['buyout', 'acquisition', 'takeover', 'purchase', 'shareholders', 'owner'])],
  ['on', new Set(['posted', 'published', 'shared', 'wrote', 'uploaded', 'listed'])],
  ['in', new Set(['shares', 'stake', 'stakes'])],
  [',', new Set(['publisher', 'label', 'employer', 'owner', 'operator', 'company', 'firm'])],
])

/** "moved to Brask": verbs of going somewhere to live, then "to". */
const PLACE_LINKS = new Map<string, ReadonlySet<string>>([
  ['to', new Set(['moved', 'returned', 'emigrated', 'relocated', 'travelled', 'traveled'])],
  ['the', new Set(['along'])],
])

/** Compass adjectives before a place: "eastern Brask", "central Brask". */
const COMPASS_ADJECTIVES = new Set([
  'eastern',
  'western',
  'northern',
  'southern',
  'central',
  'north-eastern',
  'north-western',
  'south-eastern',
  'south-western',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
])

/** Nouns of a body in an apposition after its name: "Halvard, the maker of pumps,". */
const BODY_APPOSITIVES = new Set([
  'maker',
  'owner',
  'operator',
  'company',
  'firm',
  'retailer',
  'manufacturer',
  'producer',
  'publisher',
  'developer',
  'chain',
])

/** The same with people too: "a deal with Halvard", "an agreement with Brask". */
const WEAK_BODY_LINKS = new Map<string, ReadonlySet<string>>([
  ['with', new Set(['agreement', 'deal', 'merger', 'partnership', 'contract'])],
])

/** Nouns that say a body when right before its name: "the taxi service Halvard". */
const BODY_HEADS = new Set([
  'company',
  'firm',
  'startup',
  'service',
  'platform',
  'app',
  'retailer',
  'chain',
  'giant',
  'network',
  'site',
  'website',
  'studio',
  'brand',
  'grocer',
  'supermarket',
])

/** Plural nouns a list of bodies opens with: "competitors such as Halvard, Brask and Ost". */
const BODY_LIST_HEADS = new Set([
  'companies',
  'firms',
  'competitors',
  'rivals',
  'retailers',
  'chains',
  'grocers',
  'supermarkets',
  'brands',
  'platforms',
  'apps',
  'services',
  'startups',
  'giants',
  'websites',
  'sites',
  'networks',
  'publishers',
])

/** Legal forms after a name the tagger left outside it ("Halvard Inc."). */
const LEGAL_FORMS_AFTER = new Set(['inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'llc', 'plc'])

/** Nouns a place owns: "Brask's mayor", "Brask's residents". */
const PLACE_POSSESSIONS = new Set([
  'capital',
  'mayor',
  'governor',
  'population',
  'residents',
  'citizens',
  'borders',
  'coastline',
  'suburbs',
  'streets',
  'neighbourhoods',
  'neighborhoods',
])

/**
 * Nouns a product's or a work's name qualifies, right after it: "the Halvard protocol", "Halvard
 * developer Ost". Misc, as CoNLL-2003 types products and works. Not "players" nor "franchise",
 * which a sports team has too ("Brask players", "the Brask franchise").
 */
const PRODUCT_QUALIFIED = new Set([
  'game',
  'games',
  'software',
  'protocol',
  'framework',
  'technology',
  'technologies',
  'feature',
  'features',
  'update',
  'updates',
  'version',
  'versions',
  'developer',
  'saga',
  'trilogy',
  'calls',
  'settings',
])

/** Nouns of a product or a work right before its name: "the game Halvard", "the musical Brask". */
const PRODUCT_HEADS = new Set([
  'game',
  'software',
  'protocol',
  'framework',
  'technology',
  'language',
  'feature',
  'film',
  'movie',
  'musical',
  'opera',
  'novel',
  'album',
  'song',
  'sitcom',
  'franchise',
])

/**
 * Verbs done to a product right before its name: "to install Halvard". Not "play", which a team
 * does to another ("will play Brask on Saturday").
 */
const PRODUCT_VERBS = new Set([
  'download',
  'downloaded',
  'downloading',
  'install',
  'installed',
  'installing',
  'uninstall',
  'uninstalled',
])

/** Verbs of using right before a name: mostly a product's ("uses Halvard"), at times a body's. */
const USING_VERBS = new Set(['use', 'uses', 'using'])

/** Nouns a product owns, after its possessive: "Halvard's settings", "Halvard's source code". */
const PRODUCT_POSSESSIONS = new Set(['settings', 'code', 'protocol', 'interface'])

/** "a bug in Halvard", "versions of Halvard": a part or a release of a product, then a link. */
const PRODUCT_LINKS = new Map<string, ReadonlySet<string>>([
  ['in', new Set(['bug', 'bugs', 'flaw', 'vulnerability', 'feature', 'features', 'glitch'])],
  ['of', new Set(['version', 'versions', 'release', 'edition', 'editions', 'sequel'])],
])

/** Plural nouns a list of products opens with: "technologies like Halvard, Brask and Ost". */
const PRODUCT_LIST_HEADS = new Set([
  'technologies',
  'languages',
  'frameworks',
  'tools',
  'skills',
  'games',
  'programs',
])

/** Nouns of a venue right after its name: "the Brask cabaret", "the Brask theatre". */
const VENUE_QUALIFIED = new Set([
  'cabaret',
  'theatre',
  'theater',
  'hotel',
  'casino',
  'stadium',
  'arena',
  'museum',
  'cinema',
  'ballroom',
])

/** Nouns of settlements before "of": "the city of Brask". */
const SETTLEMENT_NOUNS = new Set(['city', 'town', 'village', 'province', 'borough', 'region'])

const POSSESSIVES = new Set(["'s", '’s'])
const SAID = new Set(['said', 'says'])
const PERSONAL_PRONOUNS = new Set(['he', 'she'])
/** Tokens that may stand between the items of a list: "Halvard, Brask and Ost". */
const LIST_LINKS = new Set([',', 'and', 'or', '"', '“', '”'])
/** Most tokens a list may hold before its item: a few names and their commas. */
const MAX_LIST_TOKENS = 12

/** A list's opening head noun before "such as", "including" or "like", walking back over its items. */
function listHead(tokens: readonly Token[], first: number, word: (k: number) => string): string {
  let k = first - 1
  const stop = Math.max(0, first - MAX_LIST_TOKENS)
  while (k > stop) {
    const text = word(k)
    if (text === 'including' || text === 'like' || (text === 'as' && word(k - 1) === 'such')) {
      break
    }
    const token = tokens[k] as Token
    if (!LIST_LINKS.has(text) && !STARTS_UPPER.test(token.text)) return ''
    k--
  }
  if (k <= stop) return ''
  let head = word(k) === 'as' ? k - 2 : k - 1
  if (word(head) === ',') head--
  return word(head)
}

/** The cues around the mention whose tokens run from `first` to `last`. */
export function typeCuesAround(tokens: readonly Token[], first: number, last: number): TypeCue[] {
  const word = (k: number): string => tokens[k]?.text.toLowerCase() ?? ''
  const cues: TypeCue[] = []
  const cue = (type: MentionType, weight: number): void => {
    cues.push({ type, weight })
  }
  const after = word(last + 1)
  const afterNext = word(last + 2)
  if (POSSESSIVES.has(after)) {
    const owned = afterNext === 'chief' ? word(last + 3) : afterNext
    if (BODY_POSSESSIONS.has(owned) || owned === 'executive') cue('ORG', STRONG_CUE)
    else if (PLACE_POSSESSIONS.has(owned)) cue('LOC', STRONG_CUE)
    else if (PRODUCT_POSSESSIONS.has(owned)) cue('MISC', STRONG_CUE)
  } else if (LEGAL_FORMS_AFTER.has(after) || BODY_QUALIFIED.has(after)) cue('ORG', STRONG_CUE)
  else if (PRODUCT_QUALIFIED.has(after)) cue('MISC', STRONG_CUE)
  else if (VENUE_QUALIFIED.has(after)) cue('LOC', STRONG_CUE)
  else if (after === 'officials' || (after === ',' && afterNext === 'which')) {
    // "Brask officials said", "Brask, which maintains": a body or a place, not a person.
    cue('ORG', WEAK_CUE)
  } else if (after === ',' && afterNext === 'the' && BODY_APPOSITIVES.has(word(last + 3))) {
    cue('ORG', STRONG_CUE)
  } else if (SAID.has(after) && afterNext === 'it') cue('ORG', WEAK_CUE)
  else if (SAID.has(after) && PERSONAL_PRONOUNS.has(afterNext)) cue('PER', STRONG_CUE)
  else if (BODY_VERBS.has(after)) cue('ORG', WEAK_CUE)
  else if (after === ',' && /^\d{1,3}$/.test(afterNext) && word(last + 3) === ',') {
    // "Brask, 45, said": an age in commas.
    cue('PER', STRONG_CUE)
  }
  // A body noun or link before the name is lower-case: "Service" may open the name itself.
  const before = STARTS_LOWER_OR_COMMA.test(tokens[first - 1]?.text ?? '') ? word(first - 1) : ''
  const beforeThat = word(first - 2)
  if (
    (before === 'of' && SETTLEMENT_NOUNS.has(beforeThat) && word(first - 3) === 'the') ||
    PLACE_LINKS.get(before)?.has(beforeThat) === true ||
    COMPASS_ADJECTIVES.has(before)
  ) {
    cue('LOC', STRONG_CUE)
  } else if (BODY_LINKS.get(before)?.has(beforeThat) === true || BODY_HEADS.has(before)) {
    cue('ORG', STRONG_CUE)
  } else if (
    PRODUCT_LINKS.get(before)?.has(beforeThat) === true ||
    PRODUCT_HEADS.has(before) ||
    PRODUCT_VERBS.has(before)
  ) {
    cue('MISC', STRONG_CUE)
  } else if (BUYING_VERBS.has(before) || WEAK_BODY_LINKS.get(before)?.has(beforeThat) === true) {
    cue('ORG', WEAK_CUE)
  } else if (USING_VERBS.has(before)) cue('MISC', WEAK_CUE)
  else {
    const head = listHead(tokens, first, word)
    if (BODY_LIST_HEADS.has(head)) cue('ORG', STRONG_CUE)
    else if (PRODUCT_LIST_HEADS.has(head)) cue('MISC', STRONG_CUE)
    else if (before === 'across' || before === 'throughout') cue('LOC', WEAK_CUE)
  }
  return cues
}

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
])

/** Last words of a family firm's name after "&" or "and": "Harlow & Sons". */
const FAMILY_FIRM_ENDINGS = new Set(['sons', 'daughters', 'brothers', 'bros', 'bros.'])

/**
 * The cues in a name's own words, which its reading (read-name.ts) leaves to the tagger: a place's
 * opener or a landform's last word; a family firm's "& Sons"; a law's "Act" or "Code". Not a name that opens with a given
 * name ("Tiger Woods") nor one that ends in a body word ("Port Authority"): the caller checks both.
 */
export function typeCuesOfName(words: readonly string[]): TypeCue[] {
  if (words.length < 2) return []
  const firstWord = (words[0] as string).toLowerCase()
  const lastWord = (words[words.length - 1] as string).toLowerCase()
  const link = (words[words.length - 2] as string).toLowerCase()
  if (FAMILY_FIRM_ENDINGS.has(lastWord) && (link === '&' || link === 'and')) {
    return [{ type: 'ORG', weight: STRONG_CUE }]
  }
  if (PLACE_OPENERS.has(firstWord) || LANDFORM_ENDINGS.has(lastWord)) {
    return [{ type: 'LOC', weight: STRONG_CUE }]
  }
  if (LAW_ENDINGS.has(lastWord)) return [{ type: 'MISC', weight: STRONG_CUE }]
  return []
}
