/**
 * Unnamed people a pronoun may stand for: "A spokeswoman for the union said its members would
 * strike. ¶ “We have no choice,” she said." The description that spoke last is who "she" is, not
 * a person named paragraphs before (a pronoun takes the nearest compatible antecedent, and an
 * unnamed description is one, as coreference systems treat nominal mentions; Lee et al. 2013).
 *
 * Method: the role phrases that are subjects of cues ("a spokesperson for X said") are collected
 * in one walk over the tokens, with their sentence and the gender their head noun shows; a pronoun
 * then looks for the latest one before it (binary search). Only singular human heads count:
 * "spokesman", "official", "resident", not "officials" or "a statement".
 */
import { isCue, isNonFinite, type Context } from './clause'
import {
  DETERMINERS,
  FEMALE_TITLES,
  INDEFINITE_DETERMINERS,
  MALE_TITLES,
  ROLE_NOUNS,
  TITLE_WORDS,
} from './lexicon'
import type { Gender } from './mentions'
import { fromCue } from './subjects'

export interface Described {
  start: number
  sentence: number
  /** The description as written: "a spokesperson for the Universities and Colleges …". */
  words: string
  gender: Gender
}

/** Role nouns that name a thing or a body, not one person. */
const NOT_A_PERSON: ReadonlySet<string> = new Set([
  'statement',
  'report',
  'letter',
  'memo',
  'email',
  'release',
  'website',
  'campaign',
  'ministry',
  'department',
  'agency',
  'company',
  'group',
  'committee',
  'government',
  'administration',
  'paper',
  'newspaper',
  'study',
  'survey',
  'poll',
  'complaint',
  'lawsuit',
  'ad',
  'post',
  'tweet',
  'article',
  'editorial',
  'column',
  'police',
  'staff',
  'people',
])
/** Prepositions that open a role phrase's complement ("a spokesman for the company"). */
const COMPLEMENT_OPENERS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'with'])

/** A role phrase's words, its head noun (before any "of/for" complement) and its determiner. */
export function phraseHead(words: string): {
  phraseWords: string[]
  head: string
  determiner: string
} {
  const allWords = words.toLowerCase().split(/\s+/)
  // "a spokesman for the Labour Party": the head noun comes before its complement.
  const complement = allWords.findIndex((word, i) => i > 0 && COMPLEMENT_OPENERS.has(word))
  // "one of the officials": a quantifier before "of" is no head; the noun after it is.
  const cut = complement > 0 && !DETERMINERS.has(allWords[complement - 1] ?? '')
  const phraseWords = cut ? allWords.slice(0, complement) : allWords
  return {
    phraseWords,
    head: phraseWords[phraseWords.length - 1] ?? '',
    determiner: phraseWords.length > 1 ? (phraseWords[0] ?? '') : '',
  }
}

const FEMALE_HEADS: ReadonlySet<string> = new Set(['woman', 'mother', 'wife', 'daughter'])
const MALE_HEADS: ReadonlySet<string> = new Set(['man', 'father', 'husband', 'son'])

/** Whether a phrase's head noun names one person ("spokesperson", not "officials"). */
function isPersonHead(head: string): boolean {
  if (NOT_A_PERSON.has(head) || !(ROLE_NOUNS.has(head) || TITLE_WORDS.has(head))) return false
  return !head.endsWith('s') || head.endsWith('ss') || head.endsWith('person')
}

function headGender(head: string): Gender {
  if (FEMALE_TITLES.has(head) || FEMALE_HEADS.has(head)) return 'female'
  if (MALE_TITLES.has(head) || MALE_HEADS.has(head)) return 'male'
  return null
}

/**
 * The indefinite descriptions of one person that are the subjects of finite cues, in text order:
 * one walk over the writer's tokens ("a spokesperson for X said …", quoted or not). Only an
 * indefinite description brings in someone new ("a spokesperson", not "my mother").
 */
export function describedSpeakers(ctx: Context): Described[] {
  const found: Described[] = []
  let sentenceFrom = 0
  ctx.tokens.forEach((token, c) => {
    if (token.sentence !== ctx.tokens[sentenceFrom]?.sentence) sentenceFrom = c
    if (token.quote >= 0 || !isCue(ctx, c) || isNonFinite(ctx, c)) return
    const speaker = fromCue(ctx, c, sentenceFrom, false)?.speaker
    if (speaker?.kind !== 'phrase' || (found.at(-1)?.start ?? -1) >= speaker.start) return
    const words = ctx.text.slice(speaker.start, speaker.end)
    const { head, determiner } = phraseHead(words)
    if (!INDEFINITE_DETERMINERS.has(determiner) || !isPersonHead(head)) return
    found.push({ start: speaker.start, sentence: token.sentence, words, gender: headGender(head) })
  })
  return found
}

/** The latest description before `at` that "he" or "she" may stand for, if any. */
export function describedBefore(
  described: readonly Described[],
  at: number,
  wanted: Gender,
): Described | null {
  let lo = 0
  let hi = described.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((described[mid]?.start ?? 0) < at) lo = mid + 1
    else hi = mid
  }
  const last = described[lo - 1]
  if (!last) return null
  return last.gender === null || last.gender === wanted ? last : null
}
