/**
 * Dangling openers: a sentence that opens with a pronoun or a discourse connective leans on the
 * sentence before it ("He said…", "But…", "However,"), so it reads badly in a summary without that
 * sentence. This follows the coherence heuristics of extractive news summarizers that check
 * sentence-initial anaphora and discourse markers (Nenkova & McKeown 2011, "Automatic
 * Summarization", §4.2). Matching is on lower-cased words, so PTB-tokenized, lower-cased text works.
 * `unnamedPerson` finds a person spoken of by pronoun only ("…speculated that she had…"), which
 * reads as a dangling reference when nothing before the sentence names anyone.
 */
import { wordTexts } from '../text/words'
import { propertyPattern } from '../text/patterns'

export type DanglingKind = 'pronoun' | 'connective'

/** Pronouns and demonstratives whose referent is usually in the previous sentence. */
const PRONOUNS: ReadonlySet<string> = new Set(
  'he she they it his her their its him them this these those such both'.split(' '),
)

/** After a demonstrative these make a time expression ("This week …"), not an anaphor. */
const TIME_NOUNS: ReadonlySet<string> = new Set(
  (
    'week weekend month year morning afternoon evening night summer spring autumn fall ' +
    'winter season time century decade term quarter'
  ).split(' '),
)

/** Single-word discourse connectives that continue an argument. */
const CONNECTIVES: ReadonlySet<string> = new Set(
  (
    'but however also and so yet still meanwhile moreover furthermore nevertheless ' +
    'nonetheless instead then thus therefore hence besides otherwise likewise similarly ' +
    'consequently additionally indeed or nor though although again too accordingly ' +
    'regardless'
  ).split(' '),
)

/** Multi-word connectives, as lower-case word sequences. */
const CONNECTIVE_PHRASES: readonly (readonly string[])[] = [
  ['in', 'addition'],
  ['as', 'a', 'result'],
  ['on', 'the', 'other', 'hand'],
  ['for', 'example'],
  ['for', 'instance'],
  ['in', 'contrast'],
  ['by', 'contrast'],
  ['even', 'so'],
  ['the', 'former'],
  ['the', 'latter'],
  ['at', 'the', 'same', 'time'],
  ['despite', 'this'],
  ['because', 'of', 'this'],
  ['after', 'that'],
  ['in', 'turn'],
  ['that', 'is'],
  ['that', 'was'],
  ['that', 'means'],
]

/** How many leading words are read to match an opener… */
const OPENER_WORDS = 4
/** …within this many leading characters. */
const OPENER_CHARS = 40

/**
 * Whether `text` opens with a word that needs the previous sentence, and which kind.
 *
 * @example
 * danglingOpener('However, the talks failed.') // 'connective'
 * danglingOpener('This week the talks failed.') // null
 */
export function danglingOpener(text: string): DanglingKind | null {
  const words = wordTexts(text, 0, Math.min(text.length, OPENER_CHARS))
    .slice(0, OPENER_WORDS)
    .map((w) => w.toLowerCase())
  const first = words[0]
  if (first === undefined) return null
  if (CONNECTIVES.has(first)) return 'connective'
  for (const phrase of CONNECTIVE_PHRASES) {
    if (phrase.every((word, i) => words[i] === word)) return 'connective'
  }
  if (PRONOUNS.has(first)) {
    const second = words[1] ?? ''
    const demonstrative = first === 'this' || first === 'these' || first === 'those'
    if (demonstrative && TIME_NOUNS.has(second)) return null
    return 'pronoun'
  }
  return null
}

/** Personal pronouns that stand for a person, who must have been named somewhere. */
const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(
  'he she him her his hers himself herself'.split(' '),
)

/** A plural noun ("Republicans", "Voters"), which names a group, not the person of a pronoun. */
const PLURAL = propertyPattern(String.raw`^\p{Lu}\p{Ll}{2,}[^su'\u2019]s$`)

/**
 * Whether `text` speaks of a person by pronoun before naming anyone: no capitalised word that may be
 * a name comes before the pronoun. The first word counts only when a lower-case word follows it
 * ("Ortiz said she…", not "Wary Republicans said she…"), and plurals name groups. Lower-cased text
 * names nobody this way, so it is never judged.
 *
 * @example
 * unnamedPerson('Rival Democrats said that she had known for weeks.') // true
 * unnamedPerson('Rivals said that Ortiz had known, and she denied it.') // false
 */
export function unnamedPerson(text: string): boolean {
  const words = wordTexts(text)
  let cased = false
  for (let k = 0; k < words.length; k++) {
    const word = words[k] ?? ''
    if (PERSONAL_PRONOUNS.has(word.toLowerCase())) return cased
    const first = word.charAt(0)
    if (first === first.toLowerCase()) continue
    cased = true
    if (PLURAL.test(word)) continue
    const next = (words[k + 1] ?? '').charAt(0)
    if (k > 0 || (next !== '' && next === next.toLowerCase())) return false
  }
  return false
}
