/**
 * Is a sentence a complete sentence of the story? A summary sentence must be a finite clause of
 * five words or more: "Rates." or "Photos of the week from around the world" are not. Finiteness
 * is read from cheap cues, leniently (a sentence is only called a fragment when no cue is found):
 * an auxiliary or modal, a contracted verb, a common irregular past form, a word in -ed, or a word
 * in -s right after a word that can end a subject (not a determiner or preposition: "the
 * government plans", not "of protesters").
 */

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
    'most other such no any each both new old into over under about after before than as',
)
const CONTRACTED = /(?:'|’)(?:s|re|ve|ll|d|m)$|n(?:'|’)t$/

function isFiniteCue(word: string, previous: string | undefined): boolean {
  if (AUXILIARIES.has(word) || IRREGULAR_PAST.has(word) || CONTRACTED.test(word)) return true
  if (word.length >= 4 && word.endsWith('ed')) return true
  return (
    previous !== undefined &&
    word.length >= 3 &&
    word.endsWith('s') &&
    !/(?:ss|us|is|ous)$/.test(word) &&
    !BEFORE_NOUNS.has(previous) &&
    /^[a-z]+$/.test(word)
  )
}

/**
 * True when the sentence is a fragment: fewer than five words or no finite verb.
 *
 * @example
 * isFragment('Rates.') // true
 * isFragment('The bank held rates at 4%.') // false
 */
export function isFragment(text: string): boolean {
  const tokens = text.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? []
  const words = tokens.filter((token) => /[\p{L}\p{N}]/u.test(token))
  if (words.length < MIN_SENTENCE_WORDS) return true
  return !words.some((word, i) => isFiniteCue(word, words[i - 1]))
}
