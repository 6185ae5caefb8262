/**
 * Light name detection for attribution: maximal runs of capitalised words outside quotes, joined
 * by single spaces, name connectors ("Bank of America", "bin Laden") and initials ("Robert C.
 * Scott"). A run whose leading words end in a title ("South Korean President Yoon Suk Yeol",
 * "Secretary of State John Kerry") splits into a role and a name; a trailing affiliation ("Raymond
 * Ochs of Harker") is left out of the name. Each run is typed person,
 * organisation or unknown by title, given-name and organisation-word lists (a gazetteer heuristic
 * in the manner of early MUC named-entity systems); a statistical recogniser is out of scope here.
 */
import {
  FEMALE_NAMES,
  HONORIFICS,
  FEMALE_TITLES,
  MALE_NAMES,
  MALE_TITLES,
  NOT_NAMES,
  ORGANISATION_WORDS,
  ROLE_NOUNS,
  TITLE_WORDS,
} from './lexicon'
import { roleBeforeName } from './role'
import type { Token } from './tokens'
import { propertyPattern } from '../text/patterns'

const STARTS_UPPER = propertyPattern(String.raw`^\p{Lu}`)
const PLURAL_OF_FOUR = propertyPattern(String.raw`(\p{L}{4,})s$`)
const LOWER = propertyPattern(String.raw`\p{Ll}`)

export type Gender = 'male' | 'female' | null

export interface NameMention {
  /** The name words, title excluded: "Park Jin". */
  start: number
  end: number
  name: string
  /** Title words before the name, as written ("Foreign Ministers" gives "Foreign Minister"). */
  role: string | null
  type: 'person' | 'organisation' | 'unknown'
  gender: Gender
  /** Token indices of the name words, inclusive. */
  first: number
  last: number
  /** Token index where the run starts, title included. */
  from: number
}

const CONNECTORS: ReadonlySet<string> = new Set([
  'of',
  'de',
  'da',
  'del',
  'van',
  'von',
  'bin',
  'al',
  'la',
  'le',
  'du',
  'der',
  'den',
  'di',
])

const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that'])

/** Name words needed before "of" for the rest to be read as an affiliation. */
const MIN_WORDS_BEFORE_AFFILIATION = 2

/** Without a final period; tested by code unit, as it runs on every word of a name. */
const withoutPeriod = (lower: string): string =>
  lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower

/**
 * A token's word without a possessive 's, lower-cased. Without an 's the word is the token itself,
 * whose lower case the tokenizer made once: no new string to hash per lookup.
 */
const lowerBase = (token: Token): string =>
  token.possessive ? token.base.toLowerCase() : token.lower

/** A token's word lower-cased, without a possessive 's or a final period. */
const bare = (token: Token | undefined): string => (token ? withoutPeriod(lowerBase(token)) : '')

function joinable(text: string, left: Token, right: Token): boolean {
  const gap = text.slice(left.end, right.start)
  if (gap === ' ') return !left.possessive
  // An initial or an abbreviated title: "C. Scott", "J.K. Rowling", "Sen. Sanders".
  if (gap !== '. ' && gap !== '.') return false
  return (left.text.length <= 2 && STARTS_UPPER.test(left.text)) || TITLE_WORDS.has(left.lower)
}

function singular(role: string): string {
  return role.replace(PLURAL_OF_FOUR, (word, stem: string) =>
    TITLE_WORDS.has(word.toLowerCase()) && TITLE_WORDS.has(stem.toLowerCase()) ? stem : word,
  )
}

/** `given` is the first name, lower-cased. */
function genderOf(roleWords: readonly string[], given: string): Gender {
  for (const word of roleWords) {
    if (FEMALE_TITLES.has(word)) return 'female'
    if (MALE_TITLES.has(word)) return 'male'
  }
  if (FEMALE_NAMES.has(given)) return 'female'
  if (MALE_NAMES.has(given)) return 'male'
  return null
}

/**
 * "Raymond Ochs of Harker": a personal name of two or more words followed by "of" and more
 * capitalised words is a person with an affiliation, which is not part of the name. "Bank of
 * America" (one word before "of") and "United States of America" (an organisation word) keep it.
 * Returns the index of the name's last token.
 */
function withoutAffiliation(tokens: readonly Token[], nameFrom: number, to: number): number {
  for (let k = nameFrom + MIN_WORDS_BEFORE_AFFILIATION; k < to; k++) {
    if (tokens[k]?.lower !== 'of') continue
    for (let j = nameFrom; j < k; j++) {
      const word = tokens[j]
      if (!word || CONNECTORS.has(word.lower) || ORGANISATION_WORDS.has(bare(word))) return to
    }
    return k - 1
  }
  return to
}

/** "Don’t", "You'll", "We're": a word and its clitic, capitalised by the sentence, not a name. */
const CONTRACTION = /[\u2019'](?:t|ll|re|ve|d|m)$/i

function contraction(token: Token | undefined): boolean {
  return token !== undefined && CONTRACTION.test(token.text)
}

function classify(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
): NameMention | null {
  let from = first
  while (from <= last && (NOT_NAMES.has(bare(tokens[from])) || contraction(tokens[from]))) from++
  let to = last
  while (to >= from && CONNECTORS.has(tokens[to]?.lower ?? '')) to--
  if (from > to) return null
  let titleEnd = -1
  for (let k = from; k < to; k++) {
    if (TITLE_WORDS.has(bare(tokens[k]))) titleEnd = k
  }
  // "Secretary of State John Kerry": the "of X" complement belongs to the title.
  if (titleEnd >= 0 && tokens[titleEnd + 1]?.lower === 'of' && titleEnd + 3 <= to) titleEnd += 2
  const nameFrom = titleEnd >= 0 ? titleEnd + 1 : from
  to = withoutAffiliation(tokens, nameFrom, to)
  const head = tokens[nameFrom]
  const tail = tokens[to]
  if (!head || !tail || !head.capitalised) return null
  const roleWords: string[] = []
  for (let k = from; k <= titleEnd; k++) roleWords.push(bare(tokens[k]))
  const nameWords: string[] = []
  let organisation = false
  for (let k = nameFrom; k <= to; k++) {
    const word = bare(tokens[k])
    nameWords.push(word)
    if (ORGANISATION_WORDS.has(word)) organisation = true
  }
  // Honorifics ("Mrs", "Lord") address the person; only the words after them state a role.
  let roleFrom = from
  while (roleFrom <= titleEnd && HONORIFICS.has(bare(tokens[roleFrom]))) roleFrom++
  const firstToken = tokens[roleFrom]
  const roleText =
    titleEnd >= roleFrom && firstToken
      ? singular(text.slice(firstToken.start, tokens[titleEnd]?.end ?? firstToken.end))
      : null
  // A shouted headline ("CONGRESS HAS INVESTIGATED HIM") is not a name.
  if (to - from >= 2 && tokens.slice(from, to + 1).every((t) => !LOWER.test(t.text))) {
    return null
  }
  const end = tail.possessive ? tail.end - 2 : tail.end
  const gender = genderOf(roleWords, lowerBase(head))
  // "the Ford Falcon", "a Boeing 747": a name after an article is a thing (a vehicle, a product,
  // a building), not a person a pronoun could stand for, unless a title or a given name says so.
  const article = ARTICLES.has(tokens[nameFrom - 1]?.lower ?? '')
  let type: NameMention['type'] = 'unknown'
  if (organisation && titleEnd < 0) type = 'organisation'
  else if (titleEnd >= 0 || gender !== null || (nameWords.length >= 2 && !article)) type = 'person'
  return {
    start: head.start,
    end,
    name: text.slice(head.start, end),
    role: roleText,
    type,
    gender,
    first: nameFrom,
    last: to,
    from,
  }
}

/** Name mentions in text order (outside quotes only). */
export function findNames(text: string, tokens: readonly Token[]): NameMention[] {
  const names: NameMention[] = []
  let i = 0
  while (i < tokens.length) {
    const token = tokens[i]
    if (!token || token.quote >= 0 || !token.capitalised) {
      i++
      continue
    }
    let last = i
    for (;;) {
      const cur = tokens[last]
      const next = tokens[last + 1]
      if (!cur || !next || next.quote >= 0 || cur.possessive) break
      if (next.capitalised && joinable(text, cur, next)) {
        last++
        continue
      }
      const after = tokens[last + 2]
      if (
        CONNECTORS.has(next.lower) &&
        after?.capitalised &&
        after.quote < 0 &&
        joinable(text, cur, next) &&
        joinable(text, next, after)
      ) {
        last += 2
        continue
      }
      break
    }
    // "Officials said", "Sources close to …": a capitalised common noun opening a sentence.
    const lone = i === last && ROLE_NOUNS.has(token.lower)
    const mention = lone ? null : classify(text, tokens, i, last)
    if (mention) {
      // "Navy spokesman Tom Reyes": a lower-case title before the name is its role.
      mention.role ??= roleBeforeName(text, tokens, mention.from, mention.end)
      names.push(mention)
    }
    i = last + 1
  }
  return names
}
