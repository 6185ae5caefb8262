/**
 * Dangling openers: a sentence that opens with a pronoun or a discourse connective leans on the
 * sentence before it ("He said…", "But…", "However,"), so it reads badly in a summary without that
 * sentence. This follows the coherence heuristics of extractive news summarizers that check
 * sentence-initial anaphora and discourse markers (Nenkova & McKeown 2011, "Automatic
 * Summarization", §4.2). Matching is on lower-cased words, so PTB-tokenized, lower-cased text works.
 */
import { tokenizeWords } from '../text/words'

export type DanglingKind = 'pronoun' | 'connective'

/** Pronouns and demonstratives whose referent is usually in the previous sentence. */
const PRONOUNS: ReadonlySet<string> = new Set([
  'he',
  'she',
  'they',
  'it',
  'his',
  'her',
  'their',
  'its',
  'him',
  'them',
  'this',
  'these',
  'those',
  'such',
  'both',
])

/** After a demonstrative these make a time expression ("This week …"), not an anaphor. */
const TIME_NOUNS: ReadonlySet<string> = new Set([
  'week',
  'weekend',
  'month',
  'year',
  'morning',
  'afternoon',
  'evening',
  'night',
  'summer',
  'spring',
  'autumn',
  'fall',
  'winter',
  'season',
  'time',
  'century',
  'decade',
  'term',
  'quarter',
])

/** Single-word discourse connectives that continue an argument. */
const CONNECTIVES: ReadonlySet<string> = new Set([
  'but',
  'however',
  'also',
  'and',
  'so',
  'yet',
  'still',
  'meanwhile',
  'moreover',
  'furthermore',
  'nevertheless',
  'nonetheless',
  'instead',
  'then',
  'thus',
  'therefore',
  'hence',
  'besides',
  'otherwise',
  'likewise',
  'similarly',
  'consequently',
  'additionally',
  'indeed',
  'or',
  'nor',
  'though',
  'although',
  'again',
  'too',
  'accordingly',
  'regardless',
])

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
  const words = tokenizeWords(text, 0, Math.min(text.length, OPENER_CHARS))
    .slice(0, OPENER_WORDS)
    .map((w) => w.text.toLowerCase())
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
