/**
 * Whether a mention names someone who speaks in the story: "Lourimi said", "Eric Reeves, a
 * researcher, said", "Warren of Massachusetts quickly accused", "“…,” said Mr. Reeves", "according
 * to Reeves". Readers look for the story's voices, so speaking raises an entity's salience
 * (salience.ts); analyze adds the speakers its quote finder resolved ("he said" for Reeves).
 *
 * Method: the tokens right around the mention, within its sentence. After it, past an apposition
 * between commas, an "of" and a capitalised affiliation, and a few adverbs and auxiliaries, a
 * verb of speech, also through a spokesman ("Con Edison officials said", "Halvard's statement
 * said"). Before it, past a capitalised title, a verb of speech that itself follows a
 * closing quote or a comma (so "Officials said Yoon had…" makes Yoon no speaker), or "according
 * to". "told Lee" and "asked Lee" name the one spoken to, not the speaker.
 */

import { WEEKDAYS } from './lexicon'
import { isCapitalised } from './names'
import type { Token } from './tokenize'
import { words } from '../text/furniture/vocabulary'

/** Verbs of speech that go before or after their speaker: "Lee said", "“…,” said Lee". */
const EITHER_SIDE =
  'said says added adds wrote writes explained explains noted notes argued argues warned warns ' +
  'insisted insists tweeted replied recalled recalls countered asked'

/** Verbs of speech after their speaker: "Lee said", "Lee has warned", "Lee, 45, told". */
const SPEECH_VERBS = words(
  `${EITHER_SIDE} say told tells asks urged urges tweets stated replies acknowledged ` +
    'acknowledges admitted admits conceded concedes accused accuses complained complains ' +
    'testified declared announced announces emailed stressed cautioned predicted claimed claims',
)

/** Verbs of speech before their speaker after a quote or a comma: "“…,” said Lee". */
const INVERTED_VERBS = words(`${EITHER_SIDE} continued continues`)

/**
 * Words between a speaker and the verb: "Lee also said", "Lee has repeatedly warned", "Lee on
 * Monday said". A list, not any word in -ly: "the Lee family said" is the family speaking.
 */
const BETWEEN_WORDS = words(
  'also later then has have had was would will once again earlier previously recently ' +
    'reportedly quickly repeatedly publicly privately initially separately finally firmly ' +
    'flatly bluntly angrily herself himself on',
)

/** Who speaks for a body or a person: "Con Edison officials said", "Halvard's spokesman said". */
const SPOKESPEOPLE = words(
  'official officials spokesman spokeswoman spokesperson spokespeople representative ' +
    'representatives executives lawyer lawyers statement',
)
const POSSESSIVES = new Set(['’s', "'s", '’', "'"])

/** Most words skipped between a speaker and the verb. */
const MAX_BETWEEN = 3
/** Longest apposition between commas: "Eric Reeves, one of the leading voices on Sudan, said". */
const MAX_APPOSITION = 14
/** Most capitalised title words before a name the tagger left out: "said Justice Secretary". */
const MAX_TITLE_WORDS = 3

const CLOSING_QUOTES = new Set(['”', '"', '’', "'"])
const SENTENCE_ENDS = new Set(['.', '?', '!', ';'])

function lower(tokens: readonly Token[], t: number): string {
  return tokens[t]?.lower ?? ''
}

/** Past the words of BETWEEN_WORDS and weekdays ("on Monday"), up to MAX_BETWEEN of them. */
function skipBetween(tokens: readonly Token[], t: number): number {
  let at = t
  while (at < t + MAX_BETWEEN) {
    const word = lower(tokens, at)
    if (!BETWEEN_WORDS.has(word) && !WEEKDAYS.has(word)) break
    at++
  }
  return at
}

/** The token after the closing comma of an apposition that opens at `comma`, or -1. */
function afterApposition(tokens: readonly Token[], comma: number): number {
  for (let t = comma + 1; t <= comma + MAX_APPOSITION && t < tokens.length; t++) {
    const text = (tokens[t] as Token).text
    if (text === ',') return t + 1
    if (SENTENCE_ENDS.has(text) || CLOSING_QUOTES.has(text)) return -1
  }
  return -1
}

/** The speaker's verb follows the mention: "Lee said", "Lee, 45, said", "Lee of Ost said". */
function speaksAfter(tokens: readonly Token[], last: number): boolean {
  let t = last + 1
  if (tokens[t]?.text === ',') {
    // "Lee, who said …": the relative clause's verb is Lee's.
    if (lower(tokens, t + 1) === 'who')
      return SPEECH_VERBS.has(lower(tokens, skipBetween(tokens, t + 2)))
    t = afterApposition(tokens, t)
    if (t < 0) return false
  } else if (lower(tokens, t) === 'of') {
    t++
    while (t < tokens.length && isCapitalised((tokens[t] as Token).text)) t++
  } else {
    if (POSSESSIVES.has(tokens[t]?.text ?? '')) t++
    if (SPOKESPEOPLE.has(lower(tokens, t))) t++
  }
  return SPEECH_VERBS.has(lower(tokens, skipBetween(tokens, t)))
}

/** The speaker follows its verb: "“…,” said Mr. Lee", "…, said Justice Secretary Lee". */
function speaksBefore(tokens: readonly Token[], first: number): boolean {
  let t = first - 1
  const stop = first - 1 - MAX_TITLE_WORDS
  while (t > stop && t >= 0 && isCapitalised((tokens[t] as Token).text)) t--
  if (lower(tokens, t) === 'the') t--
  const word = lower(tokens, t)
  if (word === 'to') return lower(tokens, t - 1) === 'according'
  if (!INVERTED_VERBS.has(word)) return false
  const before = tokens[t - 1]?.text ?? ''
  return before === ',' || CLOSING_QUOTES.has(before)
}

/** True when the mention over tokens first..last names a speaker of the sentence. */
export function speaksAt(tokens: readonly Token[], first: number, last: number): boolean {
  return speaksAfter(tokens, last) || speaksBefore(tokens, first)
}
