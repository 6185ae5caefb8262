/**
 * The entity list of an article: one entry per real-world entity, its mentions merged and ranked.
 * Three steps (find, parse, shape):
 *   1. find: the tagger (tagger.ts) marks the mentions; mentions on boilerplate lines ("Leave a
 *      Comment", "Share this") are dropped, and a possessive inside a mention cuts off an owner
 *      named elsewhere ("WHO’s World Health Assembly");
 *   2. parse: leading titles are moved out of person names into `role`; the name's own words and
 *      its place in the text correct the tagger's type (a form of address makes a person, a
 *      company or institution word an organisation, as does a dateline's or a picture credit's
 *      agency; a street or landscape word makes a place). Mentions are grouped
 *      into entities: identical names, a person's surname or given name alone after the full name
 *      ("Park Jin" … "Park", "Xi Jinping" … "Xi"), a company's first word, a river's name, and
 *      acronyms of a longer name or a known alias ("United States", "US", "U.S."). Each entity
 *      takes the type most of its mentions got; a person keeps the type across surname mentions
 *      the tagger read otherwise; a name the text writes as a place ("in Zürich", "the Orkney
 *      islands", "North Yorkshire Council") is that place, and one-word "people" listed with
 *      places are places (a rule-based second pass over the tagger, in the spirit of the
 *      document-level consistency of Krishnan & Manning 2006);
 *   3. shape: name = fullest form, salience from mention count, first position, presence in the
 *      title and in the lead (the first two sentences), sorted by salience, with ids derived from
 *      name and type.
 */

import { hasLetterOrDigit } from '../text/chars'
import type { Sentence, Span } from '../types'
import { GAZETTEER, GAZETTEER_BITS } from './gazetteer'
import { tagText } from './tagger'
import type { ConllType, TaggedMention, TaggedText } from './tagger'
import { findQuantities } from './quantities'
import type { QuantityType } from './quantities'
import type { Token } from './tokenize'

export type EntityType = 'person' | 'place' | 'organization' | 'misc' | 'date' | 'money' | 'percent'

/** Type of a mention before merging: a tagger type or a pattern-found quantity. */
type MentionType = ConllType | QuantityType

export interface EntityMention {
  start: number
  end: number
  text: string
}

export interface Entity {
  /** Slug of the name and the type, e.g. `xi-jinping-person`; stable for the same text. */
  id: string
  /** Fullest form used in the text. */
  name: string
  type: EntityType
  /** Other forms used in the text, in order of first use. */
  aliases: string[]
  mentions: EntityMention[]
  count: number
  /** In [0, 1], 4 decimals. */
  salience: number
  /** UTF-16 offset of the first mention. */
  firstMention: number
  /** Title or office written before a person's name, e.g. "Chinese President". */
  role?: string
}

export interface EntityOptions {
  /**
   * Keep only these types. Default: the names (person, place, organization, misc); dates, money
   * and percentages are listed only when asked for here.
   */
  types?: readonly EntityType[]
  /** Keep at most this many entities, the most salient (default: all). */
  limit?: number
  /** Headline of the article: entities named in it gain salience. */
  title?: string
}

/** A text already split into sentences (by the sentence splitter). */
export interface SplitDocument {
  text: string
  sentences: readonly Sentence[]
}

const TYPE_NAMES: Record<MentionType, EntityType> = {
  PER: 'person',
  LOC: 'place',
  ORG: 'organization',
  MISC: 'misc',
  date: 'date',
  money: 'money',
  percent: 'percent',
}

/** Salience weights; they sum to 1 so salience stays in [0, 1]. */
const SALIENCE_COUNT = 0.4
const SALIENCE_POSITION = 0.2
const SALIENCE_TITLE = 0.2
const SALIENCE_LEAD = 0.2
/**
 * Misc entities are mostly nationalities and other adjectives ("Chinese", "European"): they say
 * where something comes from, not whom the article is about, yet are written as often as the
 * country itself and would head the list. Their salience is scaled down.
 */
const MISC_SALIENCE_SCALE = 0.5
/** Sentences that make up the lead. */
const LEAD_SENTENCES = 2
/** Longest dateline before its agency, in tokens ("SAN JOSE, Costa Rica, March 3 ("). */
const MAX_DATELINE_TOKENS = 12
/** Longest role, in tokens, read before a person's name. */
const MAX_ROLE_TOKENS = 4

const BOILERPLATE =
  /^\s*(?:leave a (?:comment|reply)|share (?:this|on)|follow us|sign up|subscribe|advertisement|click here|read more|related:|copyright|©|all rights reserved)/i

/** Names written in several ways; keys and values are normalised keys (see keyOf). */
const KNOWN_ALIASES = new Map<string, string>([
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

/** Last words of street and landscape names, which are places whatever the tagger says. */
const PLACE_WORDS = new Set([
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
const PLACE_ENDINGS = new Set([
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

const TITLE_BIT = GAZETTEER_BITS.title
const ORGANIZATION_BIT = GAZETTEER_BITS.organizationWord

/** Words of letters and digits joined by single spaces: keyOf only lower-cases them. */
function isPlainName(name: string): boolean {
  if (name.length === 0 || name.charCodeAt(0) === 32) return false
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i)
    if (code === 32) {
      if (i === name.length - 1 || name.charCodeAt(i + 1) === 32) return false
      continue
    }
    const letterOrDigit =
      (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
    if (!letterOrDigit) return false
  }
  return true
}

/** Normalised form for grouping: case, dots, possessives and spacing ignored. */
function keyOf(name: string): string {
  if (isPlainName(name)) return name.toLowerCase()
  return name
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

const NEEDS_UNICODE_SLUG = /[^\x20-\x7e]/

/** An ASCII name's slug in one pass: lower-case letters and digits, runs of others as one dash. */
function asciiSlug(name: string): string {
  let out = ''
  let dash = false
  for (let i = 0; i < name.length; i++) {
    let code = name.charCodeAt(i)
    if (code >= 65 && code <= 90) code += 32
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (dash && out !== '') out += '-'
      out += String.fromCharCode(code)
      dash = false
    } else {
      dash = true
    }
  }
  return out
}

function slug(name: string): string {
  if (!NEEDS_UNICODE_SLUG.test(name)) return asciiSlug(name)
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000
}

interface Candidate {
  mention: EntityMention
  type: MentionType
  role: string | undefined
  key: string
  words: string[]
  /**
   * The locative right before the name, as written ("in" Kayole, "In" Cần Thơ), if any. Only
   * names of several words take it at a sentence start: "At Wimbledon" opens many a sports report.
   */
  locative: string | undefined
  /** The locative follows a noun of holdings ("shares in Microsoft"): a body may stay a body. */
  holding: boolean
  /** The name opens a line in capitals, as a dateline does ("CEDAR RAPIDS, Iowa -"). */
  dateline: boolean
  /** A one-word name before a lower-case landscape word ("the Shetland islands"). */
  landscape: boolean
  /** The type an apposition gives the name ("Chłodnie Polarne, a refrigeration company"). */
  described: MentionType | undefined
  /** Where the name an apposition gives it starts ("Vaccine Alliance" in "Gavi, the Vaccine …"). */
  appositive: number | undefined
}

interface Cluster {
  key: string
  candidates: Candidate[]
  votes: Map<MentionType, number>
  forcedType: MentionType | undefined
}

/** Lines whose text is site furniture rather than article text. */
function boilerplateLines(text: string): Span[] {
  const spans: Span[] = []
  let start = 0
  for (const line of text.split('\n')) {
    if (BOILERPLATE.test(line)) spans.push({ start, end: start + line.length })
    start += line.length + 1
  }
  return spans
}

/** Gazetteer bits of a word, read also in the singular ("Ministers" → minister). */
function bitsOf(word: string): number {
  let lower = word.toLowerCase()
  if (lower.endsWith('.')) lower = lower.slice(0, -1)
  const bits = GAZETTEER.get(lower) ?? 0
  return lower.endsWith('s') ? bits | (GAZETTEER.get(lower.slice(0, -1)) ?? 0) : bits
}

function isTitleWord(word: string): boolean {
  return (bitsOf(word) & TITLE_BIT) !== 0
}

/**
 * Capitalised only because they open a sentence: never the first word of a name, though the
 * tagger sometimes takes them in ("Later Xi said").
 */
const SENTENCE_OPENERS = new Set([
  'later',
  'then',
  'but',
  'and',
  'meanwhile',
  'however',
  'when',
  'after',
  'before',
  'while',
  'yesterday',
  'today',
  'tomorrow',
  'also',
  'so',
  'if',
  'as',
  'since',
  'although',
  'though',
  'instead',
  'still',
  'now',
  'earlier',
  'separately',
  'elsewhere',
  'in',
  'on',
  'at',
  'for',
  'from',
  'alongside',
  'besides',
  'beside',
  'across',
  'with',
  'within',
  'without',
  'between',
  'despite',
  'during',
  'by',
  'to',
  'into',
  'unlike',
  'like',
  'under',
  'beyond',
  'outside',
  'inside',
])

/** Words that open a noun phrase and so end a role read backwards. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their'])

/** Forms of address: a name they open is a person's, whatever the tagger says ("Dr. Vos"). */
const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady',
])

/**
 * Last words that make a name a company or an institution even where the tagger read a place
 * or a person: legal forms, institutions, and the trade words companies are named with
 * ("Halvard Rail", "Skerrie Tidal"). Narrower than the gazetteer's organisation words, which
 * also hold "city" or "united" (Mexico City is a place).
 */
const BODY_WORDS = new Set([
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

/** Words before a one-word name that make it a place: "in Kayole", "near Flotta". */
const LOCATIVES = new Set(['in', 'at', 'near', 'outside', 'around', 'across'])
/** Nouns whose "in" points at a person, not a place: "faith in Elon Musk". */
const TRUST_NOUNS = new Set(['faith', 'trust', 'confidence', 'belief', 'interest', 'stake'])
/**
 * Nouns whose "in" often points at a body: "shares in Microsoft", "a stake in Halvard". They keep
 * a body a body, but do not make a place of anything else.
 */
const HOLDING_NOUNS = new Set([
  'shares',
  'stake',
  'stakes',
  'stock',
  'holding',
  'holdings',
  'investment',
  'investments',
])
/** The locatives that make a place of a "person" of several words too ("near Vĩnh Long"). */
const NAME_LOCATIVES = new Set(['in', 'near'])

/** First words of landscape names whose second word may stand alone ("River Leve" … "the Leve"). */
const LANDSCAPE_OPENERS = new Set(['river', 'lake', 'loch', 'mount', 'mt', 'lough'])

function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  return /^\p{Lu}/u.test(word)
}

/**
 * Moves leading title words out of a person mention and reads the role written before it
 * ("Chinese President Xi Jinping": role "Chinese President").
 */
function parsePerson(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
): { start: number; role: string | undefined } {
  let nameFirst = first
  while (nameFirst < last && isTitleWord((tokens[nameFirst] as Token).text)) nameFirst++
  let roleFirst = nameFirst
  let sawTitle = nameFirst > first
  while (roleFirst > 0 && nameFirst - roleFirst < MAX_ROLE_TOKENS) {
    const previous = tokens[roleFirst - 1] as Token
    // Roles are written capitalised before a name ("Foreign Minister"); a lower-case "judge" or
    // "coach" describes rather than titles, and a determiner opens the phrase.
    if (!isCapitalised(previous.text) || previous.line !== (tokens[nameFirst] as Token).line) break
    if (DETERMINERS.has(previous.text.toLowerCase())) break
    if (bitsOf(previous.text) & TITLE_BIT) sawTitle = true
    roleFirst--
  }
  while (roleFirst < nameFirst && !sawTitle) roleFirst = nameFirst
  const start = (tokens[nameFirst] as Token).start
  const role =
    roleFirst < nameFirst
      ? text.slice((tokens[roleFirst] as Token).start, (tokens[nameFirst - 1] as Token).end)
      : undefined
  return { start, role }
}

/** Countries written as a country ("the United States", "US", "Japan") are places. */
function isCountry(surface: string): boolean {
  const key = keyOf(surface)
  const canonical = KNOWN_ALIASES.get(key) ?? key
  if (COUNTRY_NAMES.has(canonical)) return true
  return !canonical.includes(' ') && (bitsOf(canonical) & GAZETTEER_BITS.country) !== 0
}

/** Every word of the name is in the gazetteer's lists of places, none in its body words. */
function isListedPlace(surface: string): boolean {
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
function isBodyName(surface: string): boolean {
  const words = surface.split(/\s+/)
  const bodyWord = (word: string): boolean => (bitsOf(word) & ORGANIZATION_BIT) !== 0
  return (
    bodyWord(words[words.length - 1] as string) ||
    words.every((word) => (bitsOf(word) & (TITLE_BIT | ORGANIZATION_BIT)) !== 0)
  )
}

const DASH_TOKENS = new Set(['—', '–', '-', '--'])

/**
 * A dateline's agency: "NAIROBI, Kenya (Precis Wire) — …", a name in brackets followed by a dash
 * on a line that opens with a word in capitals.
 */
function isDatelineAgency(tokens: readonly Token[], first: number, last: number): boolean {
  if (tokens[first - 1]?.text !== '(' || tokens[last + 1]?.text !== ')') return false
  if (!DASH_TOKENS.has(tokens[last + 2]?.text ?? '')) return false
  const line = (tokens[first] as Token).line
  let opener = first - 1
  while (opener > 0 && (tokens[opener - 1] as Token).line === line) opener--
  const word = (tokens[opener] as Token).text
  return first - opener <= MAX_DATELINE_TOKENS && isAllCaps(word) && word.length > 1
}

/** What may follow a dateline's place: "CEDAR RAPIDS, Iowa", "NAIROBI (Wire)", "OSLO —". */
const DATELINE_FOLLOWERS = new Set([',', '(', ...DASH_TOKENS])

/** Most tokens between a dateline's place and its dash ("LONDON, March 3, 2024 (Reuters) -"). */
const MAX_DATELINE_TAIL = 16

/**
 * Tokens first..last open their line in capitals, as a dateline's place does: what follows them
 * up to a dash reads as the rest of a dateline, that is commas, brackets, numbers and capitalised
 * words ("CEDAR RAPIDS, Iowa -", "NAIROBI, Kenya, March 3 (Precis Wire) —"). A headline goes on in
 * lower case ("NASA, ESA to launch joint mission — officials") and is no dateline.
 */
function opensDateline(tokens: readonly Token[], first: number, last: number): boolean {
  const line = (tokens[first] as Token).line
  if (tokens[first - 1]?.line === line) return false
  const next = tokens[last + 1]
  if (next === undefined || next.line !== line || !DATELINE_FOLLOWERS.has(next.text)) return false
  for (let t = first; t <= last; t++) {
    if (!isAllCaps((tokens[t] as Token).text)) return false
  }
  for (let t = last + 1; t <= last + 1 + MAX_DATELINE_TAIL; t++) {
    const token = tokens[t]
    if (token === undefined || token.line !== line) return false
    if (DASH_TOKENS.has(token.text)) return true
    if (!hasLetterOrDigit(token.text, 0, token.text.length)) continue
    if (!isCapitalised(token.text) && !/^\d/.test(token.text)) return false
  }
  return false
}

/** Object pronouns after which a sentence's capitalised first word is a verb ("Mind you"). */
const OBJECT_PRONOUNS = new Set(['you', 'me', 'us'])
/** Tokens that may come between a sentence start and its first word. */
const SENTENCE_START_MARKS = new Set(['“', '"', '‘', "'", '(', '.', '!', '?', ':'])

/**
 * A one-word "name" that opens a sentence with an object pronoun right after it ("Mind you,
 * listening's free") is a verb in the imperative, not a name.
 */
function isDiscourseOpener(tokens: readonly Token[], first: number): boolean {
  const token = tokens[first] as Token
  const next = tokens[first + 1]
  if (next === undefined || next.start !== token.end + 1 || !OBJECT_PRONOUNS.has(next.text)) {
    return false
  }
  const previous = tokens[first - 1]
  return (
    previous === undefined ||
    previous.line !== token.line ||
    SENTENCE_START_MARKS.has(previous.text)
  )
}

const CREDIT_WORDS = new Set(['photo', 'photograph', 'picture', 'image', 'credit', 'video'])

/** The agency of a picture credit: "(Photo: Jane Doe / Harbour Press)", the name after the slash. */
function isCreditAgency(tokens: readonly Token[], first: number): boolean {
  if (tokens[first - 1]?.text !== '/') return false
  const line = (tokens[first] as Token).line
  for (let k = first - 2; k > 0 && first - k <= MAX_DATELINE_TOKENS; k--) {
    const token = tokens[k] as Token
    if (token.line !== line) return false
    if (token.text === ':' && CREDIT_WORDS.has((tokens[k - 1] as Token).text.toLowerCase()))
      return true
  }
  return false
}

function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((tokens[middle] as Token).start < offset) low = middle + 1
    else high = middle
  }
  return low
}

const POSSESSIVE = /^['’][sS]$/
/** Legal forms: a company named after its founder keeps the possessive ("Boatmen's Bancshares Inc."). */
const LEGAL_FORMS = new Set(['inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'gmbh', 'ag', 'sa', 'nv'])

/**
 * Cuts a mention at a possessive inside it when the owner is named on its own elsewhere: "WHO’s
 * World Health Assembly" is the WHO and the World Health Assembly. "United Nations Children’s
 * Fund" stays whole, as "United Nations Children" names nothing else in the text.
 */
function splitPossessives(
  text: string,
  tokens: readonly Token[],
  mentions: readonly TaggedMention[],
): TaggedMention[] {
  const cut = (mention: TaggedMention): number => {
    // A possessive can only stand inside the name: a name of one or two tokens has no inside.
    if (mention.lastToken - mention.firstToken < 2) return -1
    const last = (tokens[mention.lastToken] as Token).text.toLowerCase().replace(/\.$/, '')
    if (LEGAL_FORMS.has(last)) return -1
    for (let t = mention.firstToken + 1; t < mention.lastToken; t++) {
      if (POSSESSIVE.test((tokens[t] as Token).text)) return t
    }
    return -1
  }
  if (mentions.every((mention) => cut(mention) < 0)) return [...mentions]
  const owners = new Map<string, ConllType>()
  for (const mention of mentions) {
    if (!owners.has(mention.text)) owners.set(mention.text, mention.type)
  }
  const split: TaggedMention[] = []
  for (const mention of mentions) {
    const at = cut(mention)
    const owner = at < 0 ? undefined : tokens[at - 1]
    const ownerText = owner ? text.slice(mention.start, owner.end) : ''
    const ownerType = owners.get(ownerText)
    if (!owner || ownerType === undefined) {
      split.push(mention)
      continue
    }
    const restStart = (tokens[at + 1] as Token).start
    split.push(
      { ...mention, end: owner.end, text: ownerText, type: ownerType, lastToken: at - 1 },
      {
        ...mention,
        start: restStart,
        text: text.slice(restStart, mention.end),
        firstToken: at + 1,
      },
    )
  }
  return split
}

/** `mention` moved to tokens [first, last], with its text, and typed `type`. */
function mentionOver(
  text: string,
  tokens: readonly Token[],
  mention: TaggedMention,
  first: number,
  last: number,
  type: ConllType = mention.type,
): TaggedMention {
  const start = (tokens[first] as Token).start
  const end = (tokens[last] as Token).end
  return {
    ...mention,
    start,
    end,
    text: text.slice(start, end),
    type,
    firstToken: first,
    lastToken: last,
  }
}

/**
 * Institution words that a name goes on after with "for", "on" or "of": "Africa Centres for
 * Disease Control and Prevention", "Expanded Programme on Immunisation", "Deutsche Gesellschaft
 * für Internationale Zusammenarbeit". The tagger often cuts such a name at the small word.
 */
const INSTITUTION_HEADS = new Set([
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
const INSTITUTION_LINKS = new Set(['for', 'of', 'on', 'für', 'de', 'pour'])
/** Endings of abstract nouns ("Prevention", "Development", "Training", "Security"). */
const ABSTRACT_NOUN = /^\p{Lu}\p{Ll}+(?:tion|sion|ment|ance|ence|ing|ity|ics|ure)$/u
const FIELD_WORDS = new Set(['services', 'affairs', 'studies', 'research', 'technology', 'trade'])

/**
 * The last word of a field an institution is named for: "Prevention", "Human Services". Not a
 * place, a name from the gazetteer or an institution word ("France", "Reading University").
 */
function isFieldWord(word: string): boolean {
  const lower = word.toLowerCase()
  if (FIELD_WORDS.has(lower)) return true
  return (
    ABSTRACT_NOUN.test(word) &&
    bitsOf(word) === 0 &&
    !INSTITUTION_HEADS.has(lower) &&
    !INSTITUTION_NOUNS.has(lower)
  )
}

/** A (lower-cased) last word that makes a body of a name: "Alliance", "Rail". */
function endsBody(word: string): boolean {
  return INSTITUTION_HEADS.has(word) || BODY_WORDS.has(word)
}

function isCapitalisedToken(token: Token | undefined): boolean {
  return token !== undefined && isCapitalised(token.text)
}

/** Whether tokens [from, to) hold a linking word: "Department of Energy and Climate Change". */
function linksWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    if (INSTITUTION_LINKS.has((tokens[t] as Token).text.toLowerCase())) return true
  }
  return false
}

/**
 * Cuts a body's name at "and" when the words before it already end in a company word or make a
 * known firm: "Siemens Mobility and Alstom", "Goldman Sachs and Morgan Stanley" are two
 * companies, where "Marks and Spencer" or "Department of Energy and Climate Change" is one.
 */
function splitCompanyPairs(
  text: string,
  tokens: readonly Token[],
  mentions: readonly TaggedMention[],
): TaggedMention[] {
  const split: TaggedMention[] = []
  for (const mention of mentions) {
    let first = mention.firstToken
    if (mention.type === 'ORG') {
      for (let t = first + 2; t < mention.lastToken; t++) {
        if ((tokens[t] as Token).text !== 'and') continue
        const before = (tokens[t - 1] as Token).text.toLowerCase().replace(/\.$/, '')
        const firm = (): boolean =>
          FIRMS_NAMED_FOR_PEOPLE.has(
            keyOf(text.slice((tokens[first] as Token).start, (tokens[t - 1] as Token).end)),
          )
        if (!BODY_WORDS.has(before) && !firm()) continue
        if (!isCapitalisedToken(tokens[t + 1]) || linksWithin(tokens, first, t)) continue
        split.push(mentionOver(text, tokens, mention, first, t - 1))
        first = t + 1
      }
    }
    if (first === mention.firstToken) {
      split.push(mention)
      continue
    }
    split.push(mentionOver(text, tokens, mention, first, mention.lastToken))
  }
  return split
}

/**
 * Takes in a capitalised street, landscape or body word the tagger left after a name: "Bridge"
 * then "Street" is the place "Bridge Street", "Network" then "Rail" the company "Network Rail",
 * not a body called "Bridge" or a person called "Network". Place words type the name by its last
 * word when it is read; a body word types it here.
 */
function withHeadWords(
  text: string,
  tokens: readonly Token[],
  mentions: readonly TaggedMention[],
): TaggedMention[] {
  return mentions.map((mention, m) => {
    const next = tokens[mention.lastToken + 1]
    // Not when more capitals follow: "UK Energy Secretary Ed Miliband" holds no body "UK Energy".
    if (
      next === undefined ||
      next.start !== mention.end + 1 ||
      next.line !== (tokens[mention.lastToken] as Token).line ||
      mentions[m + 1]?.firstToken === mention.lastToken + 1 ||
      !isCapitalised(next.text) ||
      isCapitalisedToken(tokens[mention.lastToken + 2])
    ) {
      return mention
    }
    const word = next.text.toLowerCase()
    // Company words only, not institution words: "Russian" then "Federation" is no body.
    const body = BODY_WORDS.has(word)
    if (!body && !PLACE_WORDS.has(word)) return mention
    const last = mention.lastToken + 1
    return mentionOver(text, tokens, mention, mention.firstToken, last, body ? 'ORG' : mention.type)
  })
}

/**
 * Joins a name ending in an institution word to the name after it across one linking word
 * ("Africa Centres" for "Disease Control" → one organisation), then takes in an "and" and the
 * capitalised words after it that the tagger left out ("… and Prevention"). A joined name is not
 * joined again: names of two linking words are rare, and each join is one more chance to err.
 */
function joinInstitutions(
  text: string,
  tokens: readonly Token[],
  mentions: readonly TaggedMention[],
): TaggedMention[] {
  const joined: TaggedMention[] = []
  for (let m = 0; m < mentions.length; m++) {
    const left = mentions[m] as TaggedMention
    const right = mentions[m + 1]
    const link = tokens[left.lastToken + 1]
    if (
      right === undefined ||
      right.sentence !== left.sentence ||
      right.firstToken !== left.lastToken + 2 ||
      link === undefined ||
      !INSTITUTION_LINKS.has(link.text.toLowerCase()) ||
      !INSTITUTION_HEADS.has((tokens[left.lastToken] as Token).text.toLowerCase())
    ) {
      joined.push(left)
      continue
    }
    m++
    let lastToken = right.lastToken
    const next = mentions[m + 1]
    if (tokens[lastToken + 1]?.text === 'and' && isCapitalisedToken(tokens[lastToken + 2])) {
      // Words after "and" join only if they end in a field's name, not in another name: one
      // tagged word, or capitalised words the tagger left out, on the same line.
      const taggedNext = next?.firstToken === lastToken + 2
      const line = (tokens[lastToken] as Token).line
      let t = lastToken + 2
      const runEnd = next === undefined ? tokens.length : next.firstToken
      while (
        !taggedNext &&
        t + 1 < runEnd &&
        isCapitalisedToken(tokens[t + 1]) &&
        (tokens[t + 1] as Token).line === line
      ) {
        t++
      }
      const single = !taggedNext || next.lastToken === next.firstToken
      if (single && (tokens[t] as Token).line === line && isFieldWord((tokens[t] as Token).text)) {
        lastToken = t
        if (taggedNext) m++
      }
    }
    joined.push(mentionOver(text, tokens, left, left.firstToken, lastToken, 'ORG'))
  }
  return joined
}

/**
 * Words the text writes alone: capitalised, with no capitalised word right after ("Lebed said").
 * Counted once per text, so that each name asks in constant time.
 */
function wordsWrittenAlone(tokens: readonly Token[]): Set<string> {
  const alone = new Set<string>()
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as Token
    if (isCapitalised(token.text) && !isCapitalisedToken(tokens[t + 1])) alone.add(token.text)
  }
  return alone
}

/**
 * Cuts a country off the end of a "person" that opens with no given name from the word list, when
 * the text also names the person without the country: a headline's "Lebed Chechnya peace plan"
 * names Lebed (written alone elsewhere) and Chechnya. "Michael Jordan" stays whole, and so does
 * "Steve Israel" when the text never writes "Steve" alone ("Steve Bannon" is not alone).
 */
function splitTrailingCountries(
  text: string,
  tokens: readonly Token[],
  mentions: readonly TaggedMention[],
): TaggedMention[] {
  let split: TaggedMention[] | undefined
  let alone: Set<string> | undefined
  mentions.forEach((mention, m) => {
    const { firstToken, lastToken } = mention
    const first = (tokens[firstToken] as Token).text
    if (
      mention.type !== 'PER' ||
      lastToken === firstToken ||
      opensWithGivenName([first]) ||
      !isCountry((tokens[lastToken] as Token).text) ||
      !(alone ??= wordsWrittenAlone(tokens)).has(first)
    ) {
      split?.push(mention)
      return
    }
    split ??= mentions.slice(0, m)
    split.push(
      mentionOver(text, tokens, mention, firstToken, lastToken - 1),
      mentionOver(text, tokens, mention, lastToken, lastToken, 'LOC'),
    )
  })
  return split ?? [...mentions]
}

/**
 * Replaces each pair of neighbouring mentions that `join` makes one (it returns the joined
 * mention) by that mention; a joined mention is not joined again.
 */
function joinPairs(
  mentions: readonly TaggedMention[],
  join: (left: TaggedMention, right: TaggedMention) => TaggedMention | undefined,
): TaggedMention[] {
  const joined: TaggedMention[] = []
  for (let m = 0; m < mentions.length; m++) {
    const left = mentions[m] as TaggedMention
    const right = mentions[m + 1]
    const pair = right === undefined ? undefined : join(left, right)
    joined.push(pair ?? left)
    if (pair !== undefined) m++
  }
  return joined
}

/**
 * Joins a compass word the tagger cut off to the name right after it: "North" and "Yorkshire
 * Council" are North Yorkshire Council, typed as the name it opens.
 */
function joinCompassWords(
  text: string,
  tokens: readonly Token[],
  mentions: readonly TaggedMention[],
): TaggedMention[] {
  return joinPairs(mentions, (compass, name) =>
    compass.firstToken === compass.lastToken &&
    name.firstToken === compass.lastToken + 1 &&
    name.start === compass.end + 1 &&
    name.sentence === compass.sentence &&
    COMPASS_WORDS.has(compass.text.toLowerCase())
      ? mentionOver(text, tokens, name, compass.firstToken, name.lastToken)
      : undefined,
  )
}

/** Last words of places that stand for a body: "Scotland Yard", "City Hall", "Downing Street". */
const METONYM_HEADS = new Set(['yard', 'hall', 'house', 'palace', 'castle', 'court', 'park'])

/** Last words of a body's full name, which may list its fields before them. */
const FORMAL_HEADS = new Set([...INSTITUTION_HEADS, 'company', 'corporation'])

/**
 * Joins a name of several words to the body's name after "and" that it is the first field of:
 * "Nairobi City Water and Sewerage Company", "Turkish Medicines and Medical Devices Agency". The
 * tagger cuts these in two, the first half often typed as a place or a nationality. Not when the
 * first half is a person, a country, a place or a body in its own right ("Siemens Mobility and
 * Alstom Holdings AG", "Scotland Yard and National Crime Agency"), nor when the second opens with
 * a given name.
 */
function joinFieldsOfBody(
  text: string,
  tokens: readonly Token[],
  mentions: readonly TaggedMention[],
): TaggedMention[] {
  return joinPairs(mentions, (left, right) =>
    fieldsOfBody(text, tokens, left, right)
      ? mentionOver(text, tokens, left, left.firstToken, right.lastToken, 'ORG')
      : undefined,
  )
}

function fieldsOfBody(
  text: string,
  tokens: readonly Token[],
  left: TaggedMention,
  right: TaggedMention,
): boolean {
  if (
    right.sentence !== left.sentence ||
    right.firstToken !== left.lastToken + 2 ||
    tokens[left.lastToken + 1]?.text !== 'and' ||
    left.type === 'PER' ||
    right.type !== 'ORG' ||
    left.lastToken === left.firstToken ||
    right.lastToken === right.firstToken
  ) {
    return false
  }
  const leftLast = (tokens[left.lastToken] as Token).text.toLowerCase().replace(/\.$/, '')
  const rightLast = (tokens[right.lastToken] as Token).text.toLowerCase().replace(/\.$/, '')
  return (
    FORMAL_HEADS.has(rightLast) &&
    !endsBody(leftLast) &&
    !PLACE_WORDS.has(leftLast) &&
    !PLACE_ENDINGS.has(leftLast) &&
    !METONYM_HEADS.has(leftLast) &&
    !LEGAL_FORMS.has(leftLast) &&
    !isCountry(left.text) &&
    !opensWithGivenName([(tokens[right.firstToken] as Token).text]) &&
    !FIRMS_NAMED_FOR_PEOPLE.has(keyOf(left.text))
  )
}

/**
 * Firms named after their founders, which read as people to the tagger (keys, see keyOf). Only
 * names of several words: "Ford" or "Bloomberg" alone may well be the person.
 */
const FIRMS_NAMED_FOR_PEOPLE = new Set([
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

/** Words that open the name of an institution in any language ("Universidad de Chile"). */
const INSTITUTION_OPENERS = new Set([
  'university',
  'universidad',
  'universidade',
  'université',
  'universität',
  'università',
  'instituto',
  'institut',
  'institute',
  'museum',
  'ministry',
  'academy',
])

/** Nouns that say an apposition describes a person: "Camila Ñancupil, an operations researcher". */
const PERSON_NOUNS = new Set([
  'researcher',
  'scientist',
  'professor',
  'economist',
  'analyst',
  'farmer',
  'teacher',
  'doctor',
  'nurse',
  'lawyer',
  'official',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'engineer',
  'student',
  'resident',
  'mother',
  'father',
  'activist',
  'author',
  'writer',
  'journalist',
  'senator',
  'lawmaker',
  'founder',
  'expert',
  'consultant',
  'adviser',
  'advisor',
  'veteran',
  'widow',
  'pensioner',
])

/** Nouns that say an apposition describes a body: "Chłodnie Polarne, a refrigeration company". */
const BODY_NOUNS = new Set([
  'company',
  'firm',
  'maker',
  'manufacturer',
  'producer',
  'supplier',
  'retailer',
  'startup',
  'start-up',
  'lender',
  'insurer',
  'charity',
  'nonprofit',
  'non-profit',
  'carrier',
  'conglomerate',
  'subsidiary',
  'consultancy',
  'broadcaster',
  'newspaper',
])

/** Nouns that say a body when they stand right before its name: "the energy regulator Ofgem". */
const BODY_DESCRIPTIONS = new Set([
  ...BODY_NOUNS,
  'regulator',
  'watchdog',
  'bank',
  'operator',
  'utility',
  'airline',
  'carmaker',
  'automaker',
  'agency',
])

/** Verbs whose object a body noun may be, with a new clause right after it. */
const REPORTING_VERBS = new Set(['told', 'tells', 'tell', 'informed', 'assured', 'warned', 'asked'])

/** Singular of a lower-case plural noun: "regulators" → regulator, "companies" → company. */
function singular(noun: string): string {
  if (noun.endsWith('ies')) return `${noun.slice(0, -3)}y`
  return noun.endsWith('s') ? noun.slice(0, -1) : noun
}

/**
 * The words right before a name say it is a body: a body noun ("the energy regulator Ofgem",
 * "the carmaker Volvo"), or a list of bodies it opens ("other regulators, including Swissmedic",
 * "lenders such as Barclays"). Not after a reporting verb, whose object the noun is ("told the
 * newspaper Starmer had…"); and the caller leaves alone a person whose name opens with a given
 * name ("the firm Michael Jones joined").
 */
function namedAsBody(tokens: readonly Token[], first: number): boolean {
  const line = (tokens[first] as Token).line
  const before = (k: number): string | undefined => {
    const token = tokens[first - k]
    return token !== undefined && token.line === line ? token.text : undefined
  }
  const previous = before(1)
  if (previous === undefined) return false
  // "told the newspaper Starmer had…": the noun is the object of the verb, the name a new subject.
  if (BODY_DESCRIPTIONS.has(previous)) return !REPORTING_VERBS.has(before(3) ?? '')
  let head = 2
  if (previous === 'as' && before(2) === 'such') head = 3
  else if (previous !== 'including') return false
  if (before(head) === ',') head++
  const noun = before(head)
  return noun !== undefined && noun.endsWith('s') && BODY_DESCRIPTIONS.has(singular(noun))
}

const INDEFINITE_ARTICLES = new Set(['a', 'an'])
/** Most words in the noun phrase of an apposition ("a small family-run refrigeration company"). */
const MAX_APPOSITION_WORDS = 5
/** Words that end the noun phrase of an apposition: "a researcher at …", "a company based in …". */
const APPOSITION_STOPS = new Set([
  'at',
  'of',
  'in',
  'for',
  'from',
  'with',
  'on',
  'near',
  'and',
  'based',
  'who',
  'which',
  'that',
])

/**
 * The type an apposition right after a name gives it: ", a/an" then up to a few lower-case words
 * ending in a person noun ("an operations researcher") or a body noun ("a refrigeration company").
 */
function appositionType(tokens: readonly Token[], lastToken: number): MentionType | undefined {
  if (tokens[lastToken + 1]?.text !== ',') return undefined
  const article = tokens[lastToken + 2]
  if (article?.text === 'the') return definiteAppositionType(tokens, lastToken + 3)
  if (article === undefined || !INDEFINITE_ARTICLES.has(article.text)) return undefined
  // The head is the last word of the noun phrase: "a company spokesman" is a person.
  let head: string | undefined
  for (let t = lastToken + 3; t <= lastToken + 2 + MAX_APPOSITION_WORDS; t++) {
    const word = tokens[t]?.text
    if (word === undefined || !/^\p{Ll}/u.test(word) || APPOSITION_STOPS.has(word)) break
    head = word
  }
  if (head === undefined) return undefined
  if (PERSON_NOUNS.has(head)) return 'PER'
  if (BODY_NOUNS.has(head)) return 'ORG'
  return undefined
}

/**
 * ", the" and a name that ends in an institution word, closing the apposition, gives a body:
 * "Gavi, the Vaccine Alliance, said". Not "Smith, the Foreign Office minister": a lower-case
 * noun after the name makes the name a qualifier of that noun.
 */
function definiteAppositionType(tokens: readonly Token[], first: number): MentionType | undefined {
  let t = first
  while (isCapitalisedToken(tokens[t])) t++
  if (t === first || !APPOSITION_ENDS.has(tokens[t]?.text ?? '.')) return undefined
  // "Kestrel, the Ocean Data Alliance, the Harbour Relief Fund, …" lists names instead.
  const after = tokens[t + 1]
  if (tokens[t]?.text === ',' && (after?.text === 'the' || isCapitalisedToken(after))) {
    return undefined
  }
  return endsBody((tokens[t - 1] as Token).text.toLowerCase()) ? 'ORG' : undefined
}

/** Marks that close an apposition. */
const APPOSITION_ENDS = new Set([',', '.', ';', ')', ':'])

/** Small words an abbreviation leaves out: "depreciation and amortisation" is D and A. */
const ABBREVIATION_GAPS = new Set(['and', 'of', 'the', 'for', 'on', 'in', 'to', '&'])

/**
 * A word in parentheses made of the initials of the lower-case words before it abbreviates a
 * common phrase, not a name: "earnings before interest, tax, depreciation and amortisation
 * (Ebitda)", "gross domestic product (GDP)".
 */
function abbreviatesCommonWords(tokens: readonly Token[], first: number, last: number): boolean {
  if (first !== last || tokens[first - 1]?.text !== '(' || tokens[last + 1]?.text !== ')') {
    return false
  }
  const letters = (tokens[first] as Token).text.toLowerCase()
  if (letters.length < 2) return false
  let k = letters.length - 1
  for (let t = first - 2; t >= 0 && k >= 0; t--) {
    const word = (tokens[t] as Token).text
    if (!/^\p{L}/u.test(word)) {
      if (word === ',') continue
      return false
    }
    if (ABBREVIATION_GAPS.has(word)) continue
    if (!/^\p{Ll}/u.test(word) || word[0] !== letters[k]) return false
    k--
  }
  return k < 0
}

/** Where the tagger's spans are known to go wrong: bodies cut or joined, street names cut. */
function repairMentions(
  text: string,
  tokens: readonly Token[],
  mentions: readonly TaggedMention[],
): TaggedMention[] {
  const split = splitCompanyPairs(
    text,
    tokens,
    joinCompassWords(text, tokens, splitTrailingCountries(text, tokens, mentions)),
  )
  const joined = joinInstitutions(text, tokens, joinFieldsOfBody(text, tokens, split))
  return joinParenthesised(text, tokens, withHeadWords(text, tokens, joined))
}

/** Whether the mention sits alone in parentheses right after a body's name: "… Prevention (X)". */
function isBodyAlias(
  tokens: readonly Token[],
  mention: { firstToken: number; lastToken: number },
  before: { lastToken: number; type: string } | undefined,
): boolean {
  return (
    before !== undefined &&
    before.type === 'ORG' &&
    before.lastToken === mention.firstToken - 2 &&
    tokens[mention.firstToken - 1]?.text === '(' &&
    tokens[mention.lastToken + 1]?.text === ')'
  )
}

/**
 * Names filling the parentheses after a body's name are one short name of that body, which the
 * tagger may cut in two: "Africa Centres for Disease Control and Prevention (Africa CDC)".
 */
function joinParenthesised(
  text: string,
  tokens: readonly Token[],
  mentions: readonly TaggedMention[],
): TaggedMention[] {
  const joined: TaggedMention[] = []
  for (let m = 0; m < mentions.length; m++) {
    const first = mentions[m] as TaggedMention
    let k = m
    while (mentions[k + 1]?.firstToken === (mentions[k] as TaggedMention).lastToken + 1) k++
    const last = mentions[k] as TaggedMention
    const run = { firstToken: first.firstToken, lastToken: last.lastToken }
    if (k === m || last.type === 'LOC' || !isBodyAlias(tokens, run, joined[joined.length - 1])) {
      joined.push(first)
      continue
    }
    joined.push(mentionOver(text, tokens, first, first.firstToken, last.lastToken, 'ORG'))
    m = k
  }
  return joined
}

/** What a tagged name says of itself, whatever its context: read once per distinct name. */
interface NameReading {
  /** A title or a landscape word alone ("Dame", "President", "Road") names nothing. */
  skip: boolean
  type: MentionType
  several: boolean
}

function readName(tagged: string, taggedType: ConllType): NameReading {
  const taggedWords = tagged.split(/\s+/)
  const several = taggedWords.length > 1
  let type: MentionType = taggedType
  const firstWord = (taggedWords[0] as string).toLowerCase()
  const lastWord = (taggedWords[taggedWords.length - 1] as string).toLowerCase()
  const skip =
    taggedWords.every((word) => isTitleWord(word)) || (!several && PLACE_WORDS.has(firstWord))
  if (several && HONORIFICS.has(firstWord.replace(/\.$/, ''))) type = 'PER'
  else if (several && BODY_WORDS.has(lastWord.replace(/\.$/, ''))) type = 'ORG'
  else if (type === 'PER' && (isBodyName(tagged) || INSTITUTION_HEADS.has(lastWord))) type = 'ORG'
  else if (several && INSTITUTION_OPENERS.has(firstWord)) type = 'ORG'
  else if (several && FIRMS_NAMED_FOR_PEOPLE.has(keyOf(tagged))) type = 'ORG'
  if (type === 'ORG' && isCountry(tagged)) type = 'LOC'
  if (!several && LANGUAGES.has(firstWord)) type = 'MISC'
  // "Ocean Data Alliance" ends as a body whatever word it opens with.
  const bodyEnd = endsBody(lastWord)
  if (several && ((PLACE_WORDS.has(firstWord) && !bodyEnd) || PLACE_WORDS.has(lastWord))) {
    type = 'LOC'
  } else if (several && type !== 'PER' && PLACE_ENDINGS.has(lastWord)) type = 'LOC'
  return { skip, type, several }
}

function candidatesOf(text: string, tokens: readonly Token[], mentions: readonly TaggedMention[]) {
  const boilerplate = boilerplateLines(text)
  const candidates: Candidate[] = []
  // News repeats its names: each distinct name is read, keyed and split once.
  const readings = new Map<ConllType, Map<string, NameReading>>()
  const forms = new Map<string, { key: string; words: string[] }>()
  let previousRead: { lastToken: number; type: MentionType } | undefined
  for (const mention of mentions) {
    if (boilerplate.some((line) => mention.start >= line.start && mention.start < line.end)) {
      continue
    }
    let role: string | undefined
    const tagged = text.slice(mention.start, mention.end)
    let ofType = readings.get(mention.type)
    if (ofType === undefined) {
      ofType = new Map()
      readings.set(mention.type, ofType)
    }
    let reading = ofType.get(tagged)
    if (reading === undefined) {
      reading = readName(tagged, mention.type)
      ofType.set(tagged, reading)
    }
    if (reading.skip || abbreviatesCommonWords(tokens, mention.firstToken, mention.lastToken)) {
      continue
    }
    let type = reading.type
    const several = reading.several
    const { firstToken, lastToken } = mention
    if (
      type !== 'ORG' &&
      (isDatelineAgency(tokens, firstToken, lastToken) ||
        isCreditAgency(tokens, firstToken) ||
        ((type === 'MISC' || (type === 'PER' && !opensWithGivenName(tagged.split(/\s+/)))) &&
          namedAsBody(tokens, firstToken)))
    ) {
      type = 'ORG'
    }
    const previousToken = tokens[firstToken - 1]
    const nounBefore = tokens[firstToken - 2]?.text.toLowerCase() ?? ''
    const locative =
      previousToken !== undefined &&
      previousToken.line === (tokens[firstToken] as Token).line &&
      LOCATIVES.has(previousToken.text.toLowerCase()) &&
      !TRUST_NOUNS.has(nounBefore)
        ? previousToken.text
        : undefined
    const holding = locative !== undefined && HOLDING_NOUNS.has(nounBefore)
    const nextToken = tokens[lastToken + 1]
    if (!several && isDiscourseOpener(tokens, firstToken)) continue
    const landscape =
      !several &&
      nextToken !== undefined &&
      nextToken.start === mention.end + 1 &&
      PLACE_WORDS.has(nextToken.text)
    let first = firstToken
    if (type === 'PER') {
      const parsed = parsePerson(text, tokens, firstToken, lastToken)
      role = parsed.role
      first = tokenIndexAt(tokens, parsed.start)
    }
    while (first < tokens.length && (tokens[first] as Token).end < mention.end) {
      const word = (tokens[first] as Token).text.toLowerCase()
      if (!SENTENCE_OPENERS.has(word)) break
      first++
    }
    const start = (tokens[first] as Token).start
    const surface = start === mention.start ? tagged : text.slice(start, mention.end)
    // "Alongside Nigeria" or "From São Paulo" read as a body is the place once the opener is gone.
    if (surface !== tagged && type === 'ORG' && (isCountry(surface) || isListedPlace(surface))) {
      type = 'LOC'
    }
    let form = forms.get(surface)
    if (form === undefined) {
      if (!/[\p{L}\p{N}]/u.test(surface)) continue
      form = { key: keyOf(surface), words: surface.split(/\s+/) }
      forms.set(surface, form)
    }
    const definite = tokens[lastToken + 2]?.text === 'the'
    // After a place ("Canada, the European Union,") or after a list item itself written ", the …"
    // ("…, the Ocean Data Alliance, the Harbour Relief Fund,"), a ", the" name is the next item.
    const listed =
      type === 'LOC' ||
      (tokens[firstToken - 1]?.text === 'the' && tokens[firstToken - 2]?.text === ',')
    const described = definite && listed ? undefined : appositionType(tokens, lastToken)
    const appositive = described !== undefined && definite
    // "(TİTCK)" after the agency's name is that agency; a place is not ("Bayern Munich (Germany)").
    const previous = candidates[candidates.length - 1]
    if (previous !== undefined && type !== 'LOC' && isBodyAlias(tokens, mention, previousRead)) {
      previous.appositive ??= start
    }
    previousRead = { lastToken, type: described ?? type }
    candidates.push({
      mention: { start, end: mention.end, text: surface },
      type: described ?? type,
      role,
      key: form.key,
      words: form.words,
      locative,
      holding,
      dateline: opensDateline(tokens, first, lastToken),
      landscape,
      described,
      appositive: appositive ? (tokens[lastToken + 3] as Token).start : undefined,
    })
  }
  return candidates
}

const QUANTITY_TYPES = new Set<MentionType>(['date', 'money', 'percent'])
const QUANTITY_ENTITY_TYPES = new Set<EntityType>(['date', 'money', 'percent'])
const NAME_TYPES: readonly EntityType[] = ['person', 'place', 'organization', 'misc']

/**
 * The first of `sorted` (non-overlapping spans, by start) that overlaps `span`, by binary search
 * so that long texts stay linear-logarithmic.
 */
function overlapping<T extends Span>(sorted: readonly T[], span: Span): T | undefined {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((sorted[middle] as T).end <= span.start) low = middle + 1
    else high = middle
  }
  const found = sorted[low]
  return found !== undefined && found.start < span.end ? found : undefined
}

/**
 * Adds dates, money and percentages to the name candidates. A name inside an amount ("US$" in
 * "US$12 million") gives way to the amount; an amount overlapping a name otherwise gives way.
 */
function withQuantities(text: string, names: readonly Candidate[]): Candidate[] {
  const boilerplate = boilerplateLines(text)
  const spans = findQuantities(text).filter(
    (span) => !boilerplate.some((line) => span.start >= line.start && span.start < line.end),
  )
  const inside = (name: Candidate): boolean => {
    const span = overlapping(spans, name.mention)
    return span !== undefined && span.start <= name.mention.start && name.mention.end <= span.end
  }
  const keptNames = names.filter((name) => !inside(name))
  const nameSpans = keptNames.map((name) => name.mention).sort((a, b) => a.start - b.start)
  const quantities = spans
    .filter((span) => overlapping(nameSpans, span) === undefined)
    .map((span) => ({
      mention: { start: span.start, end: span.end, text: span.text },
      type: span.type,
      role: undefined,
      key: keyOf(span.text),
      words: span.text.split(/\s+/),
      locative: undefined,
      holding: false,
      dateline: false,
      landscape: false,
      described: undefined,
      appositive: undefined,
    }))
  return [...keptNames, ...quantities]
}

function acronymOf(words: readonly string[]): string {
  return words
    .filter((word) => isCapitalised(word))
    .map((word) => word[0] as string)
    .join('')
    .toLowerCase()
}

/** In text order, unless already: a copy sorted by start. */
function byStart(candidates: readonly Candidate[]): Candidate[] {
  for (let k = 1; k < candidates.length; k++) {
    if (
      (candidates[k] as Candidate).mention.start < (candidates[k - 1] as Candidate).mention.start
    ) {
      return [...candidates].sort((a, b) => a.mention.start - b.mention.start)
    }
  }
  return [...candidates]
}

/** Candidates by word count, most first, then in text order: bucketed, as names are short. */
function longestFirstOrder(candidates: readonly Candidate[]): Candidate[] {
  const buckets = new Map<number, Candidate[]>()
  for (const candidate of candidates) {
    const bucket = buckets.get(candidate.words.length)
    if (bucket) bucket.push(candidate)
    else buckets.set(candidate.words.length, [candidate])
  }
  const lengths = [...buckets.keys()].sort((a, b) => b - a)
  return lengths.flatMap((length) => byStart(buckets.get(length) as Candidate[]))
}

/** Nouns that end a whole institution's name, besides the institution words. */
const INSTITUTION_NOUNS = new Set([
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

/** Compass words, which stand alone for a place named with them ("the North" for North Korea). */
const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west'])

/** First words that only qualify the place a body's name holds ("North Yorkshire Council"). */
const PLACE_QUALIFIERS = new Set([
  'north',
  'south',
  'east',
  'west',
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
 * The parts of a body's name of three words or more that the tagger may cut it to: without a
 * qualifier of its place ("Yorkshire Council" for "North Yorkshire Council"; not "Bank of Canada"
 * for "Royal Bank of Canada") or without a closing institution word ("European Marine Energy"
 * for "European Marine Energy Centre").
 */
function registerParts(partOf: Map<string, Cluster>, key: string, group: Cluster): void {
  // Names of one or two words, most of them, have no parts to register.
  const firstSpace = key.indexOf(' ')
  if (firstSpace < 0 || key.indexOf(' ', firstSpace + 1) < 0) return
  const words = key.split(' ')
  const parts: string[] = []
  if (PLACE_QUALIFIERS.has(words[0] as string)) parts.push(words.slice(1).join(' '))
  const cut = words.slice(0, -1)
  // Not when the shorter name is whole: "Cedar Rapids Public Library" and its Foundation.
  if (
    INSTITUTION_HEADS.has(words[words.length - 1] as string) &&
    !INSTITUTION_HEADS.has(cut[cut.length - 1] as string) &&
    !INSTITUTION_NOUNS.has(cut[cut.length - 1] as string)
  ) {
    parts.push(cut.join(' '))
  }
  for (const part of parts) if (!partOf.has(part)) partOf.set(part, group)
}

/** Groups candidates into clusters of one real-world entity each. */
function cluster(candidates: readonly Candidate[]): Cluster[] {
  const clusters: Cluster[] = []
  const byKey = new Map<string, Map<MentionType, Cluster>>()
  const register = (key: string, type: MentionType, group: Cluster): void => {
    let byType = byKey.get(key)
    if (byType === undefined) {
      byType = new Map()
      byKey.set(key, byType)
    }
    byType.set(type, group)
  }
  let index: Map<string, FullName[]> | undefined
  const add = (target: Cluster, candidate: Candidate): void => {
    target.candidates.push(candidate)
    target.votes.set(candidate.type, (target.votes.get(candidate.type) ?? 0) + 1)
  }
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
    const words = candidate.key.split(' ')
    const last = words[words.length - 1] as string
    if (words.length > 1 && last === 'council') landscapeKeys.add(words.slice(0, -1).join(' '))
    if (words.length !== 2) continue
    if (PLACE_WORDS.has(last)) landscapeKeys.add(words[0] as string)
    if (LANDSCAPE_OPENERS.has(words[0] as string)) landscapeKeys.add(last)
  }
  for (const key of landscapeKeys) placeKeys.add(key)
  // Full forms first, so a later (or earlier) short form finds the name it abbreviates.
  const longestFirst = longestFirstOrder(candidates)
  const partOf = new Map<string, Cluster>()
  // A name an apposition describes is one entity, whatever the tagger made of its other mentions,
  // before the apposition or after it.
  const describedKeys = new Set<string>()
  for (const candidate of candidates) {
    if (candidate.described !== undefined) {
      describedKeys.add(KNOWN_ALIASES.get(candidate.key) ?? candidate.key)
    }
  }
  const described = new Map<string, Cluster>()
  for (const candidate of longestFirst) {
    const key = KNOWN_ALIASES.get(candidate.key) ?? candidate.key
    // A name keeps its entity across types only for people ("Park" read as a place after "Park
    // Jin"); a place and an organisation may share a name ("Japan" the country and the team).
    const byType = byKey.get(key)
    const same = described.get(key) ?? byType?.get('PER') ?? byType?.get(candidate.type)
    if (same) {
      add(same, candidate)
      if (describedKeys.has(key)) described.set(key, same)
      continue
    }
    const longer = candidate.type === 'ORG' && !placeKeys.has(key) ? partOf.get(key) : undefined
    if (longer !== undefined && majority(longer) === 'ORG') {
      add(longer, candidate)
      continue
    }
    const abbreviation = candidate.words.length === 1 && !QUANTITY_TYPES.has(candidate.type)
    // One-word candidates come last, so every full name is in a cluster when this is built.
    if (abbreviation) index ??= indexFullNames(clusters)
    const target = index && abbreviation ? abbreviationTarget(index, candidate, placeKeys) : null
    if (target) {
      // The full form decides the type: "US" in "US House" must not turn the country into a body.
      target.forcedType ??= majority(target)
      add(target, candidate)
      register(key, majority(target), target)
      continue
    }
    const created: Cluster = { key, candidates: [], votes: new Map(), forcedType: undefined }
    add(created, candidate)
    clusters.push(created)
    register(key, candidate.type, created)
    if (describedKeys.has(key)) described.set(key, created)
    if (candidate.type === 'ORG') registerParts(partOf, key, created)
  }
  return withAppositives(mergePlacesAndBodies(clusters, landscapeKeys).map(withLocativeType)).map(
    withDescribedType,
  )
}

/**
 * A name the text also writes as a place (`placeNames`) is that place: its mentions read as a
 * body ("Orkney", "Zürich" tagged as organisations) join the place. Otherwise a place and a body
 * may share a name (a city and its team).
 */
function mergePlacesAndBodies(
  clusters: readonly Cluster[],
  placeNames: ReadonlySet<string>,
): Cluster[] {
  const kept: Cluster[] = []
  const byKey = new Map<string, Cluster>()
  for (const group of clusters) {
    const type = majority(group)
    const written = placeNames.has(group.key) && (type === 'LOC' || type === 'ORG')
    if (written) group.forcedType = 'LOC'
    const same = written ? byKey.get(group.key) : undefined
    if (!same) {
      if (written) byKey.set(group.key, group)
      kept.push(group)
      continue
    }
    for (const candidate of group.candidates) same.candidates.push(candidate)
    for (const [vote, count] of group.votes)
      same.votes.set(vote, (same.votes.get(vote) ?? 0) + count)
  }
  return kept
}

/** Separators of a coordination: "A, B and C". */
const LIST_SEPARATOR = /^(?:,\s*|,?\s+(?:and|or)\s+)$/
const LIST_CONJUNCTION = /\s(?:and|or)\s/

/**
 * Names listed together are of one kind: a one-word "person" listed with places and no person
 * ("Embakasi, Kayole and South B") is a place. A list needs a conjunction, so that a name and
 * its country ("Smith, Canada") are not read as one.
 */
function withListTypes(text: string, clusters: Cluster[]): Cluster[] {
  const ordered: { candidate: Candidate; group: Cluster }[] = []
  for (const group of clusters) {
    for (const candidate of group.candidates) ordered.push({ candidate, group })
  }
  ordered.sort((a, b) => a.candidate.mention.start - b.candidate.mention.start)
  let list: { candidate: Candidate; group: Cluster }[] = []
  let conjunction = false
  const close = (): void => {
    if (list.length > 2 || (list.length === 2 && conjunction)) {
      const types = list.map((item) => majority(item.group))
      const places = types.filter((type) => type === 'LOC').length
      const people = list.filter((item, k) => types[k] === 'PER' && !isLoneName(item.group))
      if (conjunction && people.length === 0 && 2 * places >= list.length - 1) {
        list.forEach((item, k) => {
          if (types[k] === 'PER') item.group.forcedType = 'LOC'
        })
      }
      // "in A and B" with A a place: the locative covers B too, when B is named nowhere else and
      // is a body or a "person" with no given name ("In Cần Thơ and Sóc Trăng we learned…").
      const opener = list[0] as { candidate: Candidate; group: Cluster }
      if (conjunction && types[0] === 'LOC' && followsNameLocative(opener.candidate)) {
        list.forEach((item, k) => {
          if (item.group.candidates.length !== 1) return
          const { words, role } = item.candidate
          const unnamedPerson =
            types[k] === 'PER' &&
            words.length > 1 &&
            role === undefined &&
            !opensWithGivenName(words)
          // A body of one word ("in Tokyo and Toyota cut…") or named as one is left alone.
          const unnamedBody =
            types[k] === 'ORG' &&
            words.length > 1 &&
            !words.some((word) => BODY_WORDS.has(word.toLowerCase())) &&
            !FIRMS_NAMED_FOR_PEOPLE.has(item.candidate.key)
          if (unnamedBody || unnamedPerson) item.group.forcedType = 'LOC'
        })
      }
    }
    list = []
    conjunction = false
  }
  for (const item of ordered) {
    const previous = list[list.length - 1]
    if (previous !== undefined) {
      const between = text.slice(previous.candidate.mention.end, item.candidate.mention.start)
      if (!LIST_SEPARATOR.test(between)) close()
      else if (LIST_CONJUNCTION.test(between)) conjunction = true
    }
    list.push(item)
  }
  close()
  return clusters
}

/** A person cluster of one-word mentions only: nothing shows it is a person but the tagger. */
function isLoneName(group: Cluster): boolean {
  return group.candidates.every(
    (candidate) => candidate.words.length === 1 && candidate.role === undefined,
  )
}

/** A lower-case locative comes right before the name ("in Kayole"). */
function followsLocative(candidate: Candidate): boolean {
  return candidate.locative !== undefined && LOCATIVES.has(candidate.locative)
}

/** "in" or "near", at a sentence start too, comes right before the name ("In Cần Thơ"). */
function followsNameLocative(candidate: Candidate): boolean {
  return candidate.locative !== undefined && NAME_LOCATIVES.has(candidate.locative.toLowerCase())
}

function opensWithGivenName(words: readonly string[]): boolean {
  return (bitsOf(words[0] as string) & GAZETTEER_BITS.firstName) !== 0
}

/**
 * A one-word "person" never written with a given name, and found "in" somewhere, is a place; so
 * is a "person" of several words found only ever "in" ("In Cần Thơ and Sóc Trăng we learned").
 */
function withLocativeType(group: Cluster): Cluster {
  const type = majority(group)
  if (type === 'ORG') return withPlaceOfLocative(group)
  if (type !== 'PER') return group
  const { candidates } = group
  const oneWordPerson = candidates.every(
    (candidate) => candidate.words.length === 1 && candidate.type === 'PER',
  )
  if (
    (oneWordPerson && candidates.some(followsLocative)) ||
    candidates.every(
      (candidate) =>
        followsNameLocative(candidate) &&
        candidate.role === undefined &&
        !opensWithGivenName(candidate.words),
    )
  ) {
    group.forcedType = 'LOC'
  }
  return group
}

/**
 * A "body" of one plain capitalised word, with no body word in it, found only ever "in" or "near"
 * somewhere is a place: "an oil company in Aberdeen". On CoNLL-2003 train, one-word names after
 * "in" are places 30 times as often as bodies; an acronym ("in NATO") and a body word ("in
 * Congress") are left to the tagger. Not "from": "joined from Siemens" names a company.
 */
function withPlaceOfLocative(group: Cluster): Cluster {
  const placed = group.candidates.every(
    (candidate) =>
      candidate.words.length === 1 &&
      TITLE_CASE.test(candidate.mention.text) &&
      (bitsOf(candidate.mention.text) & ORGANIZATION_BIT) === 0 &&
      followsNameLocative(candidate) &&
      !candidate.holding,
  )
  if (placed) group.forcedType = 'LOC'
  return group
}

/**
 * A name and the name an apposition gives it are one entity: "Gavi, the Vaccine Alliance," joins
 * the entity of the Vaccine Alliance to that of Gavi.
 */
function withAppositives(clusters: readonly Cluster[]): Cluster[] {
  const linking = clusters.some((group) =>
    group.candidates.some((candidate) => candidate.appositive !== undefined),
  )
  if (!linking) return [...clusters]
  // Union-find over the clusters, so that chains ("A, the B Alliance, the C Fund") join whole.
  const clusterAt = new Map<number, number>()
  clusters.forEach((group, i) => {
    for (const candidate of group.candidates) clusterAt.set(candidate.mention.start, i)
  })
  const parent = clusters.map((_, i) => i)
  const root = (i: number): number => {
    let r = i
    while (parent[r] !== r) r = parent[r] as number
    return r
  }
  for (let i = 0; i < clusters.length; i++) {
    for (const candidate of (clusters[i] as Cluster).candidates) {
      const j = candidate.appositive === undefined ? undefined : clusterAt.get(candidate.appositive)
      if (j === undefined) continue
      const head = root(i)
      const other = root(j)
      if (head !== other) parent[other] = head
    }
  }
  const kept: Cluster[] = []
  clusters.forEach((group, i) => {
    const r = root(i)
    if (r === i) {
      kept.push(group)
      return
    }
    const target = clusters[r] as Cluster
    for (const moved of group.candidates) target.candidates.push(moved)
    for (const [vote, count] of group.votes) {
      target.votes.set(vote, (target.votes.get(vote) ?? 0) + count)
    }
  })
  return kept
}

/** What an apposition says a name is outweighs the tagger and the locative rule. */
function withDescribedType(group: Cluster): Cluster {
  let person = 0
  let body = 0
  for (const candidate of group.candidates) {
    if (candidate.described === 'PER') person++
    else if (candidate.described === 'ORG') body++
  }
  if (person > body) group.forcedType = 'PER'
  else if (body > person) group.forcedType = 'ORG'
  return group
}

/** Most mentions of a one-word name that a lower-case use of the word can undo. */
const COMMON_WORD_MENTIONS = 2
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u
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

/**
 * A multi-word name, indexed under its first word, last word and acronym; a person's name of
 * three words or more also under its middle words, as one of two surnames can stand alone
 * ("Araújo" for "João Araújo Siqueira", "García" for "Gabriel García Márquez").
 */
interface FullName {
  group: Cluster
  words: string[]
  acronym: string
  firstStart: number
}

function indexFullNames(clusters: readonly Cluster[]): Map<string, FullName[]> {
  const index = new Map<string, FullName[]>()
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
    }
    const keys = new Set([words[0], words[words.length - 1], entry.acronym])
    if (words.length > 2 && majority(group) === 'PER') {
      for (const word of words.slice(1, -1)) keys.add(word)
    }
    for (const key of keys) {
      if (key === undefined || key === '') continue
      const list = index.get(key) ?? []
      list.push(entry)
      index.set(key, list)
    }
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

/** Lower-case particles of names longer than three letters ("bint", "della"). */
const NAME_PARTICLES = new Set(['bint', 'della', 'delle', 'dello', 'degli', 'vander'])

/** A middle word that can be a surname: longer than an initial and not a particle. */
function isNameWord(word: string): boolean {
  return word.length > 3 && !NAME_PARTICLES.has(word)
}

/**
 * The cluster a one-word mention abbreviates: a multi-word person whose first or last name it
 * is (preferred), a company whose first word it is, a multi-word name whose acronym it is, or a
 * person with a middle name it is.
 * Among several of the same kind, the one mentioned first wins.
 */
function abbreviationTarget(
  index: ReadonlyMap<string, FullName[]>,
  candidate: Candidate,
  placeKeys: ReadonlySet<string>,
): Cluster | null {
  const word = candidate.key
  let best: Cluster | null = null
  let bestStart = Infinity
  for (const { group, words, acronym: initials, firstStart } of index.get(word) ?? []) {
    const type = majority(group)
    const acronym = word.length >= 2 && initials === word && /^\p{Lu}/u.test(candidate.mention.text)
    let rank: number
    if (type === 'PER' && (words[0] === word || words[words.length - 1] === word)) rank = 0
    else if (
      type === 'PER' &&
      candidate.type === 'PER' &&
      isNameWord(word) &&
      !placeKeys.has(word)
    ) {
      rank = 1
    } else if (
      type === 'ORG' &&
      candidate.type !== 'LOC' &&
      words[0] === word &&
      isDistinctiveWord(word) &&
      !placeKeys.has(word)
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

const TYPE_ORDER: readonly MentionType[] = ['PER', 'ORG', 'LOC', 'MISC', 'date', 'money', 'percent']

function majority(group: Cluster): MentionType {
  if (group.forcedType) return group.forcedType
  let best: MentionType = 'MISC'
  let bestVotes = -1
  for (const type of TYPE_ORDER) {
    const votes = group.votes.get(type) ?? 0
    if (votes > bestVotes) {
      best = type
      bestVotes = votes
    }
  }
  return best
}

function isAllCaps(form: string): boolean {
  return form === form.toUpperCase() && form !== form.toLowerCase()
}

/** "CEDAR RAPIDS" → "Cedar Rapids", "WINSTON-SALEM" → "Winston-Salem", "İZMİR" → "İzmir". */
function titleCase(form: string): string {
  // Each word keeps its first letter as written ("İ" lower-cases to "i" and a combining dot);
  // particles after the first word are lower case ("RIO DE JANEIRO" → Rio de Janeiro).
  return form.replace(
    /(\p{L})(\p{L}*)/gu,
    (word: string, first: string, rest: string, at: number) => {
      const restLower = rest.toLowerCase().replace(/i\u0307/g, 'i')
      const lower = first.toLowerCase() + restLower
      return at > 0 && PLACE_PARTICLES.has(lower) ? lower : first + restLower
    },
  )
}

/** Small words inside place names: "Rio de Janeiro", "Castellón de la Plana". */
const PLACE_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'la', 'le', 'el', 'al'])

function mentionsTitle(title: string | undefined, forms: readonly string[]): boolean {
  if (!title) return false
  const normalTitle = ` ${keyOf(title).replace(/[^\p{L}\p{N}]+/gu, ' ')} `
  return forms.some((form) => {
    const normal = keyOf(form)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
    return normal.length > 0 && normalTitle.includes(` ${normal} `)
  })
}

function shape(
  text: string,
  clusters: readonly Cluster[],
  options: EntityOptions,
  leadEnd: number,
): Entity[] {
  const maxCount = clusters.reduce((most, group) => Math.max(most, group.candidates.length), 1)
  const length = Math.max(1, text.length)
  const entities = clusters.map((group) => {
    const candidates = byStart(group.candidates)
    const first = candidates[0] as Candidate
    const forms: string[] = []
    const wordCounts: number[] = []
    for (const candidate of candidates) {
      const form = candidate.mention.text
      if (forms.includes(form)) continue
      forms.push(form)
      wordCounts.push(candidate.words.length)
    }
    // Fullest form: most words, then longest, then a cased form over a headline's capitals.
    let fullest = 0
    for (let k = 1; k < forms.length; k++) {
      const form = forms[k] as string
      const best = forms[fullest] as string
      const order =
        (wordCounts[k] as number) - (wordCounts[fullest] as number) ||
        form.length - best.length ||
        Number(isAllCaps(best)) - Number(isAllCaps(form))
      if (order > 0) fullest = k
    }
    const fullestForm = forms[fullest] as string
    // A dateline's capitals are not the name's spelling: "CEDAR RAPIDS" is Cedar Rapids.
    const name = candidates.some(
      (candidate) => candidate.dateline && candidate.mention.text === fullestForm,
    )
      ? titleCase(fullestForm)
      : fullestForm
    const type = TYPE_NAMES[majority(group)]
    const count = candidates.length
    const salience =
      (type === 'misc' ? MISC_SALIENCE_SCALE : 1) *
      (SALIENCE_COUNT * (count / maxCount) +
        SALIENCE_POSITION * (1 - first.mention.start / length) +
        SALIENCE_TITLE * (mentionsTitle(options.title, forms) ? 1 : 0) +
        SALIENCE_LEAD * (first.mention.start < leadEnd ? 1 : 0))
    const role = candidates.find((candidate) => candidate.role !== undefined)?.role
    const entity: Entity = {
      id: '',
      name,
      type,
      aliases: forms.filter((form) => form !== name),
      mentions: candidates.map((candidate) => candidate.mention),
      count,
      salience: round(salience),
      firstMention: first.mention.start,
    }
    if (role !== undefined && type === 'person') entity.role = role
    return entity
  })
  entities.sort(
    (a, b) =>
      b.salience - a.salience ||
      a.firstMention - b.firstMention ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  )
  const used = new Map<string, number>()
  for (const entity of entities) {
    const base = `${slug(entity.name) || 'entity'}-${entity.type}`
    const seen = used.get(base) ?? 0
    used.set(base, seen + 1)
    entity.id = seen === 0 ? base : `${base}-${seen + 1}`
  }
  const wanted = options.types ?? NAME_TYPES
  const filtered = entities.filter((entity) => wanted.includes(entity.type))
  return options.limit === undefined ? filtered : filtered.slice(0, Math.max(0, options.limit))
}

/**
 * Prepositions of place: a capitalised word right after one is most often a place. Not "on" or
 * "at", which as often take a platform or a body ("on Twitter", "at Harvard").
 */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'off', 'beyond'])
/**
 * Prepositions of place or motion ("beyond Eday", "off Eday", "to Westray"): a word the tagger
 * passed over must follow two different ones, so that one turn of phrase, even repeated ("a
 * degree in Semiotics and a chair in Semiotics"), makes no place. Not "on" or "at", which take
 * platforms and firms as often ("on Twitter", "at Citadel").
 */
const SPATIAL_PREPOSITIONS = new Set([
  ...PLACE_PREPOSITIONS,
  'to',
  'from',
  'into',
  'across',
  'around',
  'outside',
])
const MIN_SPATIAL_PREPOSITIONS = 2

/** Languages that are no nationality's name: `misc`, never a place ("in Swahili"). */
const LANGUAGES = new Set([
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

/** Capitalised words after prepositions of place that name no place: days, holidays, units. */
const NOT_PLACES = new Set([
  ...LANGUAGES,
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
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

/**
 * Adds, as places, the one-word names the tagger passed over right after a preposition of place
 * ("beyond Eday", "in Arbil"): a title-case word that opens no sentence, stands alone (the word
 * after it is neither capitalised nor a number), is in none of the word lists, is no day, month,
 * holiday, unit, language or abstract noun ("Compliance"), is never written in lower case in the
 * text, and follows two different prepositions of place or motion. Every other lone occurrence of
 * such a word inside a sentence is that place too ("grew up on Eday").
 */
function withPassedOverPlaces(tagged: TaggedText): TaggedMention[] {
  const { tokens, sequences, mentions, writesLower } = tagged
  const covered = new Uint8Array(tokens.length)
  for (const mention of mentions) covered.fill(1, mention.firstToken, mention.lastToken + 1)
  const standsAlone = (t: number, end: number): boolean => {
    const token = tokens[t] as Token
    const next = t + 1 < end ? (tokens[t + 1] as Token) : undefined
    // Not the first word of a longer name, nor a label before a number ("in Year 9").
    return (
      covered[t] === 0 &&
      TITLE_CASE.test(token.text) &&
      (next === undefined || (!isCapitalised(next.text) && !/^\d/.test(next.text)))
    )
  }
  // Words seen after a preposition of place, and the prepositions of place or motion each follows.
  const afterPlacePreposition = new Set<string>()
  const spatialUses = new Map<string, Set<string>>()
  for (const { start, end } of sequences) {
    for (let t = start + 1; t < end; t++) {
      // Most tokens are lower-case or tagged: ruled out by one character before any lookup.
      const code = (tokens[t] as Token).text.charCodeAt(0)
      if (covered[t] === 1 || code < 65 || (code > 90 && code < 128)) continue
      const previous = (tokens[t - 1] as Token).text
      if (!SPATIAL_PREPOSITIONS.has(previous) || !standsAlone(t, end)) continue
      const word = (tokens[t] as Token).text
      const prepositions = spatialUses.get(word) ?? new Set<string>()
      spatialUses.set(word, prepositions.add(previous))
      if (PLACE_PREPOSITIONS.has(previous)) afterPlacePreposition.add(word)
    }
  }
  const places = new Set<string>()
  for (const word of afterPlacePreposition) {
    const lower = word.toLowerCase()
    if ((spatialUses.get(word)?.size ?? 0) < MIN_SPATIAL_PREPOSITIONS || ABSTRACT_NOUN.test(word)) {
      continue
    }
    if (!GAZETTEER.has(lower) && !NOT_PLACES.has(lower) && !writesLower(lower)) places.add(word)
  }
  if (places.size === 0) return [...mentions]
  const added: TaggedMention[] = []
  sequences.forEach(({ start, end }, sentence) => {
    for (let t = start + 1; t < end; t++) {
      const token = tokens[t] as Token
      if (!places.has(token.text) || !standsAlone(t, end)) continue
      added.push({
        start: token.start,
        end: token.end,
        text: token.text,
        type: 'LOC',
        sentence,
        firstToken: t,
        lastToken: t,
      })
    }
  })
  return [...mentions, ...added].sort((a, b) => a.start - b.start)
}

function run(text: string, sentences: readonly Span[] | undefined, options: EntityOptions) {
  const tagged = tagText(text, sentences)
  const recalled = withPassedOverPlaces(tagged)
  const names = candidatesOf(
    text,
    tagged.tokens,
    splitPossessives(text, tagged.tokens, repairMentions(text, tagged.tokens, recalled)),
  )
  const quantities = options.types?.some((type) => QUANTITY_ENTITY_TYPES.has(type)) === true
  const candidates = quantities ? withQuantities(text, names) : names
  const leadSequence = tagged.sequences[Math.min(LEAD_SENTENCES, tagged.sequences.length) - 1]
  const leadEnd = leadSequence ? (tagged.tokens[leadSequence.end - 1] as Token).end : 0
  const clusters = withListTypes(text, cluster(candidates)).filter(
    (group) => !isCommonWord(group, tagged.writesLower),
  )
  return shape(text, clusters, options, leadEnd)
}

/**
 * Lists the people, places, organisations and other names (`misc`: nationalities, events) of a
 * text, most salient first.
 *
 * @example
 * extractEntities('Chinese President Xi Jinping met Park Jin. Xi said ...')
 * // [{ id: 'xi-jinping-person', name: 'Xi Jinping', type: 'person', role: 'Chinese President',
 * //    aliases: ['Xi'], count: 2, mentions: [...], ... }, ...]
 */
export function extractEntities(text: string, options: EntityOptions = {}): Entity[] {
  return run(text, undefined, options)
}

/** As extractEntities, over a text the sentence splitter has already split. */
export function extractEntitiesFromDocument(
  document: SplitDocument,
  options: EntityOptions = {},
): Entity[] {
  return run(document.text, document.sentences, options)
}
