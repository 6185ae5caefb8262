/**
 * What the words around a name say it is: an apposition after it (", a refrigeration company",
 * ", an operations researcher", ", the Vaccine Alliance,") or a body noun before it ("the energy
 * regulator Ofgem", "lenders such as Barclays").
 */

import { endsBody } from './lexicon'
import { isCapitalisedToken } from './mention-edits'
import type { Token } from './tokenize'
import type { MentionType } from './types'
import { propertyPattern } from '../text/patterns'

const STARTS_LOWER = propertyPattern(String.raw`^\p{Ll}`)

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

/** The text of the token `k` before token `first`, if on its line. */
function textBefore(tokens: readonly Token[], first: number, k: number): string | undefined {
  const token = tokens[first - k]
  return token !== undefined && token.line === (tokens[first] as Token).line
    ? token.text
    : undefined
}

/**
 * The words right before a name say it is a body: a body noun ("the energy regulator Ofgem",
 * "the carmaker Volvo"), or a list of bodies it opens ("other regulators, including Swissmedic",
 * "lenders such as Barclays"). Not after a reporting verb, whose object the noun is ("told the
 * newspaper Starmer had…"); and the caller leaves alone a person whose name opens with a given
 * name ("the firm Michael Jones joined").
 */
export function namedAsBody(tokens: readonly Token[], first: number): boolean {
  const previous = textBefore(tokens, first, 1)
  if (previous === undefined) return false
  // "told the newspaper Starmer had…": the noun is the object of the verb, the name a new subject.
  if (BODY_DESCRIPTIONS.has(previous))
    return !REPORTING_VERBS.has(textBefore(tokens, first, 3) ?? '')
  let head = 2
  if (previous === 'as' && textBefore(tokens, first, 2) === 'such') head = 3
  else if (previous !== 'including') return false
  if (textBefore(tokens, first, head) === ',') head++
  const noun = textBefore(tokens, first, head)
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
export function appositionType(
  tokens: readonly Token[],
  lastToken: number,
): MentionType | undefined {
  if (tokens[lastToken + 1]?.text !== ',') return undefined
  const article = tokens[lastToken + 2]
  if (article?.text === 'the') return definiteAppositionType(tokens, lastToken + 3)
  if (article === undefined || !INDEFINITE_ARTICLES.has(article.text)) return undefined
  // The head is the last word of the noun phrase: "a company spokesman" is a person.
  let head: string | undefined
  for (let t = lastToken + 3; t <= lastToken + 2 + MAX_APPOSITION_WORDS; t++) {
    const word = tokens[t]?.text
    if (word === undefined || !STARTS_LOWER.test(word) || APPOSITION_STOPS.has(word)) break
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
  return endsBody((tokens[t - 1] as Token).lower) ? 'ORG' : undefined
}

/** Marks that close an apposition. */
const APPOSITION_ENDS = new Set([',', '.', ';', ')', ':'])
