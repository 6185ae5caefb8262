/**
 * The words around one mention of a name that say what kind of thing it names, read from the
 * tokens right before and after it. Each cue gives a type and a weight: strong when the words
 * rarely go with anything else ("Halvard's shareholders", "the city of Brask", "Brask, 45,"),
 * weak when they mostly do ("Halvard acquired", "Halvard said it"). The context-types pass adds
 * up the cues of every mention of an entity.
 */

import { listHead, listTail } from './list-heads'
import { lowerReader } from './tokenize'
import type { Token } from './tokenize'
import type { MentionType } from './types'
import { propertyPattern } from '../text/patterns'

const ALL_CAPITALS = propertyPattern(String.raw`^\p{Lu}{2,}$`)
const CAPITALISED_PLURAL = propertyPattern(String.raw`^\p{Lu}\p{Ll}+s$`)

const STARTS_LOWER_OR_COMMA = propertyPattern(String.raw`^(?:\p{Ll}|,)`)

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
  // "the MP for Brask": a seat in a parliament is named for its place.
  ['for', new Set(['mp', 'mps', 'msp', 'mep', 'senator', 'congressman', 'congresswoman'])],
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
  'app',
  'apps',
  'code',
  'plugin',
  'plugins',
  'container',
  'containers',
  'script',
  'scripts',
  'library',
  'libraries',
  'packet',
  'packets',
  'format',
  'extension',
  'extensions',
  'programming',
  'syntax',
  'beta',
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
  'deploy',
  'deploys',
  'deployed',
  'deploying',
])

/** Verbs of using right before a name: mostly a product's ("uses Halvard"), at times a body's. */
const USING_VERBS = new Set(['use', 'uses', 'using'])

/**
 * What a name is said to be, after "is a", "known as" or "called": "Brask is a scripting
 * language", "a file format known as Brask", "a firm called Halvard". The first kind noun within
 * a few words decides; a place noun only as the kind itself ("is a city"), a person's never.
 */
const KIND_NOUNS = new Map<string, MentionType>([
  ['language', 'MISC'],
  ['framework', 'MISC'],
  ['library', 'MISC'],
  ['tool', 'MISC'],
  ['format', 'MISC'],
  ['protocol', 'MISC'],
  ['standard', 'MISC'],
  ['technology', 'MISC'],
  ['technique', 'MISC'],
  ['app', 'MISC'],
  ['application', 'MISC'],
  ['software', 'MISC'],
  ['feature', 'MISC'],
  ['game', 'MISC'],
  ['musical', 'MISC'],
  ['film', 'MISC'],
  ['movie', 'MISC'],
  ['novel', 'MISC'],
  ['album', 'MISC'],
  ['drink', 'MISC'],
  ['skill', 'MISC'],
  ['company', 'ORG'],
  ['firm', 'ORG'],
  ['startup', 'ORG'],
  ['retailer', 'ORG'],
  ['chain', 'ORG'],
  ['publisher', 'ORG'],
  ['manufacturer', 'ORG'],
  ['charity', 'ORG'],
  ['nonprofit', 'ORG'],
  ['website', 'ORG'],
  ['city', 'LOC'],
  ['town', 'LOC'],
  ['village', 'LOC'],
  ['county', 'LOC'],
  ['borough', 'LOC'],
  ['suburb', 'LOC'],
  ['neighbourhood', 'LOC'],
  ['neighborhood', 'LOC'],
])

/** Words that end the description a kind noun is looked for in: "is a member of the …". */
const KIND_STOPS = new Set([',', '.', 'of', 'that', 'which', 'who', 'with', 'in', 'for', 'and'])
/** Most words between "is a" and its kind noun: "is a popular open-source scripting language". */
const MAX_KIND_WORDS = 4
const ARTICLES = new Set(['a', 'an', 'the'])
const COPULAS = new Set(['is', 'was', 'as'])
const NAMING_VERBS = new Set(['called', 'named', 'dubbed'])

/** The type of the first kind noun from token `from` on, before a stop word. */
function kindFrom(word: (k: number) => string, from: number): MentionType | undefined {
  for (let k = from; k < from + MAX_KIND_WORDS; k++) {
    const text = word(k)
    if (KIND_STOPS.has(text) || text === '') return undefined
    const kind = KIND_NOUNS.get(text)
    if (kind !== undefined) return kind
  }
  return undefined
}

/** "Brask is a scripting language": the kind a copula after the name gives it. */
function kindAfter(word: (k: number) => string, at: number): MentionType | undefined {
  if (!COPULAS.has(word(at)) || !ARTICLES.has(word(at + 1))) return undefined
  return kindFrom(word, at + 2)
}

/** "a file format known as Brask", "a firm called Halvard": the kind named before the name. */
function kindBefore(word: (k: number) => string, first: number): MentionType | undefined {
  let verb = first - 1
  if (word(verb) === 'as' && word(verb - 1) === 'known') verb--
  else if (!NAMING_VERBS.has(word(verb))) return undefined
  const kind = KIND_NOUNS.get(word(verb - 1))
  // A place is the kind itself only after its article: "a town called Brask".
  return kind === 'LOC' && !ARTICLES.has(word(verb - 2)) ? undefined : kind
}

/** Most words between "among" and the plural noun of its group: "among the most dreaded tools". */
const MAX_GROUP_WORDS = 5

/** "ranked Brask among the most dreaded tools": the plural noun of the group after "among". */
function groupAfter(word: (k: number) => string, at: number): string {
  if (word(at) !== 'among') return ''
  for (let k = at + 1; k <= at + MAX_GROUP_WORDS; k++) {
    const text = word(k)
    if (PRODUCT_LIST_HEADS.has(text) || BODY_LIST_HEADS.has(text)) return text
    if (KIND_STOPS.has(text) || text === '') return ''
  }
  return ''
}

/** Nouns a product owns, after its possessive: "Halvard's settings", "Halvard's source code". */
const PRODUCT_POSSESSIONS = new Set(['settings', 'code', 'protocol', 'interface'])

/** "a bug in Halvard", "versions of Halvard": a part or a release of a product, then a link. */
const PRODUCT_LINKS = new Map<string, ReadonlySet<string>>([
  [
    'in',
    new Set(['bug', 'bugs', 'flaw', 'vulnerability', 'feature', 'features', 'glitch', 'written']),
  ],
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

/**
 * Nouns of a people right after its name: "Brask elders", "the Brask people", "Brask culture". The
 * name is a people's or a faith's, misc as CoNLL-2003 types nationalities and faiths.
 */
const PEOPLE_QUALIFIED = new Set([
  'people',
  'peoples',
  'community',
  'communities',
  'culture',
  'heritage',
  'tradition',
  'traditions',
  'descent',
  'ancestry',
  'elders',
  'design',
  'designs',
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

/**
 * Words of number before a group of people named by a capitalised plural: "many Brasks", "fellow
 * Ostvikers". Misc, as CoNLL-2003 types nationalities, faiths and a party's members.
 */
const GROUP_QUANTIFIERS = new Set(['many', 'most', 'some', 'few', 'fellow', 'million', 'millions'])

const POSSESSIVES = new Set(["'s", '’s'])
/** Closing quotes skipped to reach the noun a quoted name qualifies: "the “Brask” feature". */
const CLOSING_QUOTES = new Set(['”', '"', '’'])
const SAID = new Set(['said', 'says'])
const PERSONAL_PRONOUNS = new Set(['he', 'she'])
/** Adds a cue to `cues`; a closure made here has no name to keep (see lowerReader). */
function pushTo(cues: TypeCue[]): (type: MentionType, weight: number) => void {
  return (type, weight) => {
    cues.push({ type, weight })
  }
}

/** The cues around the mention whose tokens run from `first` to `last`. */
export function typeCuesAround(tokens: readonly Token[], first: number, last: number): TypeCue[] {
  const word = lowerReader(tokens)
  const cues: TypeCue[] = []
  const cue = pushTo(cues)
  // The noun a name qualifies may stand after its closing quote or its abbreviation in brackets:
  // "the “Brask” feature", "Halvard Assisted Storage (HAS) technology".
  let at = last + 1
  if (CLOSING_QUOTES.has(word(at))) at++
  else if (
    word(at) === '(' &&
    word(at + 2) === ')' &&
    ALL_CAPITALS.test(tokens[at + 1]?.text ?? '')
  ) {
    at += 3
  }
  const after = word(at)
  const afterNext = word(at + 1)
  const kind = kindAfter(word, at)
  if (POSSESSIVES.has(after)) {
    const owned = afterNext === 'chief' ? word(at + 2) : afterNext
    if (BODY_POSSESSIONS.has(owned) || owned === 'executive') cue('ORG', STRONG_CUE)
    else if (PLACE_POSSESSIONS.has(owned)) cue('LOC', STRONG_CUE)
    else if (PRODUCT_POSSESSIONS.has(owned)) cue('MISC', STRONG_CUE)
  } else if (LEGAL_FORMS_AFTER.has(after) || BODY_QUALIFIED.has(after)) cue('ORG', STRONG_CUE)
  else if (PRODUCT_QUALIFIED.has(after)) cue('MISC', STRONG_CUE)
  else if (VENUE_QUALIFIED.has(after)) cue('LOC', STRONG_CUE)
  else if (PEOPLE_QUALIFIED.has(after) && first === last) cue('MISC', STRONG_CUE)
  else if (kind !== undefined) cue(kind, STRONG_CUE)
  else if (after === 'officials' || (after === ',' && afterNext === 'which')) {
    // "Brask officials said", "Brask, which maintains": a body or a place, not a person.
    cue('ORG', WEAK_CUE)
  } else if (after === ',' && afterNext === 'the' && BODY_APPOSITIVES.has(word(at + 2))) {
    cue('ORG', STRONG_CUE)
  } else if (SAID.has(after) && afterNext === 'it') cue('ORG', WEAK_CUE)
  else if (SAID.has(after) && PERSONAL_PRONOUNS.has(afterNext)) cue('PER', STRONG_CUE)
  else if (BODY_VERBS.has(after)) cue('ORG', WEAK_CUE)
  else if (after === ',' && /^\d{1,3}$/.test(afterNext) && word(at + 2) === ',') {
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
  else if (
    GROUP_QUANTIFIERS.has(before) &&
    first === last &&
    CAPITALISED_PLURAL.test(tokens[first]?.text ?? '')
  ) {
    cue('MISC', STRONG_CUE)
  } else {
    const named = kindBefore(word, first)
    // The first of the heads that names a kind: "the skills they require, such as Brask, Ost,
    // and other tools" opens on no kind's noun and closes on one.
    const head =
      [listHead(tokens, first, word), listTail(tokens, last, word), groupAfter(word, at)].find(
        (noun) => BODY_LIST_HEADS.has(noun) || PRODUCT_LIST_HEADS.has(noun),
      ) ?? ''
    if (named !== undefined) cue(named, STRONG_CUE)
    else if (BODY_LIST_HEADS.has(head)) cue('ORG', STRONG_CUE)
    else if (PRODUCT_LIST_HEADS.has(head)) cue('MISC', STRONG_CUE)
    else if (before === 'across' || before === 'throughout') cue('LOC', WEAK_CUE)
  }
  return cues
}
