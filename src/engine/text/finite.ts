/**
 * Does a unit hold a finite verb, and is it a complete sentence? A summary sentence must be a
 * finite clause of five words or more: "Rates." or "Photos of the week from around the world" are
 * not; a line without a finite verb ("Topics: Courts, Business") is a label, not a heading.
 * Finiteness is read from cheap cues, leniently (a unit is only called verbless when no cue is
 * found):
 * an auxiliary or modal, a contracted verb, a common irregular past form, a word in -ed, a plain
 * word right after a plural or a pronoun ("hotels expect", "they open"), or a word in -s right
 * after a word that can end a subject (not a determiner or preposition: "the government plans",
 * not "of protesters").
 */

import { isLetterOrDigitAt } from './chars'

/** Fewest words in a summary sentence. */
export const MIN_SENTENCE_WORDS = 5

const set = (list: string): ReadonlySet<string> => new Set(list.split(' '))

const AUXILIARIES = set(
  'is are was were be been am has have had do does did will would can could shall should may ' +
    "might must wo ca ai isn't aren't wasn't weren't hasn't haven't hadn't don't doesn't didn't " +
    "won't wouldn't can't couldn't shouldn't 's 're 've 'll 'd 'm n't",
)
const IRREGULAR_PAST = set(
  'said told took made went came gave found saw got left won lost began held met paid put set ' +
    'led ran sold fell rose hit cut kept brought bought thought became struck spoke wrote knew ' +
    'grew drew built sent spent felt stood shot fought caught taught chose broke threw flew drove ' +
    'wore ate sat lay laid meant heard hid fled bled dug hung rang sang sank slid split spread ' +
    'swore swept swung tore woke wept won sought stole stuck stung strove',
)
/** Words after which a word in -s is a noun, not a verb ("the talks", "of protesters"). */
const BEFORE_NOUNS = set(
  'the a an of in on at for with from by to and or its their his her our your my this that ' +
    'these those some many few several two three four five six seven eight nine ten all more ' +
    'most other such no any each both new old into over under about after before than as ' +
    'best worst biggest latest first last next top main key major big small great high low ' +
    'long short local national public private early late young',
)
/** Characters past which a sentence is taken to have five words. */
const CLEARLY_LONG = 60
/** The commonest finite verbs, to clear most sentences at once. */
const COMMON_FINITE = /\b(?:is|are|was|were|has|have|had|will|would|can|could|said|says)\b/i
const CONTRACTED = /(?:'|\u2019)(?:s|re|ve|ll|d|m)$|n(?:'|\u2019)t$/
/** Subject pronouns: the word after one is its verb ("they expect"). */
const PRONOUNS = set('i you we they he she it')
/** Words that never follow a subject as its verb. */
const NOT_VERBS = set('than who which whose whom where when and or but not also only just very so')

/** A plain present after a plural or a pronoun subject: "hotels expect", "they open". */
function followsSubject(word: string, previous: string): boolean {
  const plural = previous.length >= 4 && previous.endsWith('s') && !previous.endsWith('ss')
  return (
    (plural || PRONOUNS.has(previous)) &&
    /^[a-z]+$/.test(word) &&
    !word.endsWith('ly') &&
    !BEFORE_NOUNS.has(word) &&
    !NOT_VERBS.has(word)
  )
}

/** `'` or `’`: a contraction holds one, and most words are tested without the regular expression. */
function hasApostrophe(word: string): boolean {
  return word.includes("'") || word.includes('’')
}

function isFiniteCue(word: string, previous: string | undefined): boolean {
  if (
    AUXILIARIES.has(word) ||
    IRREGULAR_PAST.has(word) ||
    (hasApostrophe(word) && CONTRACTED.test(word))
  )
    return true
  if (word.length >= 4 && word.endsWith('ed')) return true
  if (previous !== undefined && followsSubject(word, previous)) return true
  return (
    previous !== undefined &&
    word.length >= 3 &&
    word.endsWith('s') &&
    !/(?:ss|us|is|ous)$/.test(word) &&
    !BEFORE_NOUNS.has(previous) &&
    !/^\d/.test(previous) &&
    /^[a-z]+$/.test(word)
  )
}

/** True when some word of the unit can be a finite verb. */
export function hasFiniteVerb(words: readonly string[]): boolean {
  return words.some((word, i) => isFiniteCue(word, words[i - 1]))
}

/**
 * The unit's words, lower-cased, with their apostrophes: runs of letters, digits and apostrophes
 * that hold a letter or a digit. One scan by code unit, as it runs on most sentences.
 */
export function lowerWords(text: string): string[] {
  const lower = text.toLowerCase()
  const words: string[] = []
  let i = 0
  while (i < lower.length) {
    const start = i
    let letters = false
    while (i < lower.length) {
      const code = lower.charCodeAt(i)
      if (code === 39 || code === 0x2019) i++
      else if (isLetterOrDigitAt(lower, i)) {
        letters = true
        // A high surrogate that passed the test opens a pair, read whole.
        i += code >= 0xd800 && code <= 0xdbff ? 2 : 1
      } else break
    }
    if (i === start) i++
    else if (letters) words.push(lower.slice(start, i))
  }
  return words
}

/**
 * True when the sentence is a fragment: fewer than five words or no finite verb.
 *
 * @example
 * isFragment('Rates.') // true
 * isFragment('The bank held rates at 4%.') // false
 */
export function isFragment(text: string): boolean {
  // Most sentences are long and hold a common auxiliary or verb of saying: no need to read
  // every word (60 characters cannot hold fewer than five words but in contrived text).
  if (text.length >= CLEARLY_LONG && COMMON_FINITE.test(text)) return false
  const words = lowerWords(text)
  return words.length < MIN_SENTENCE_WORDS || !hasFiniteVerb(words)
}
