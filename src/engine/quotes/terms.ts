/**
 * Tells quoted names from quoted speech: a title-cased span after a possessive or a broadcast
 * preposition is the title of a show, a film or a paper (CNN's “State of the Union”, an episode of
 * “Morning Joe”, a spot titled “Arrogant”), and a capitalised word quoted inside a person's name
 * is a nickname (Robert C. “Bobby” Scott). Neither is anyone's statement. Pattern rules over the
 * words right around the marks, after the title heuristics of citation parsers.
 */
import type { QuoteSpan } from './marks'
import { propertyPattern } from '../text/patterns'
import { MAX_TITLE_WORDS, NICKNAMING_VERBS, TITLE_SMALL_WORDS } from '../text/quoted-titles'

const LETTER = propertyPattern(String.raw`\p{L}`)
const OPENS_CAPITAL = propertyPattern(String.raw`^[^\p{L}]*\p{Lu}`)
const SENTENCE_BREAK = propertyPattern(String.raw`[.?!]\s+\p{Lu}`)
const LAST_WORD = propertyPattern(String.raw`([\p{L}-]+)\s*$`)
const LAST_TOKEN = propertyPattern(String.raw`([\p{L}\p{N}.'\u2019-]+)\s*$`)
const STARTS_UPPER = propertyPattern(String.raw`^\p{Lu}`)
const SPACE_THEN_NAME_WORD = propertyPattern(String.raw`^ \p{Lu}\p{Ll}`)
const ENDS_ON_INITIAL = propertyPattern(String.raw`(?:^|\s)\p{Lu}\.\s*$`)
const PLURAL_POSSESSIVE = propertyPattern(String.raw`[\p{L}]s['\u2019]$`)
const WORD_THEN_OF = propertyPattern(String.raw`([\p{L}]+)\s+of\s*$`)

/** A title's small words, and "is" (“Love is Blind”). */
const SMALL_WORDS: ReadonlySet<string> = new Set([...TITLE_SMALL_WORDS, 'is'])
/** Words that introduce a title: "appeared on “…”", "a book titled “…”". */
const TITLE_INTRODUCERS: ReadonlySet<string> = new Set(['on', 'titled', 'entitled', 'aboard'])
/** Nouns that, followed by "of", introduce a show: "an episode of “…”". */
const SHOW_NOUNS: ReadonlySet<string> = new Set([
  'episode',
  'broadcast',
  'edition',
  'season',
  'host',
  'anchor',
  'taping',
  'set',
])
/**
 * Nouns and naming verbs right before a mark that make the quote a title or a name: "her book
 * “…”", "a sign that read “…”" is not, "dubbed “…”" is. A title after them may run longer and keep
 * lower-case small words ("A Paradise Built in Hell: The Communities that Arise in Disaster").
 */
const TITLE_NOUNS: ReadonlySet<string> = new Set([
  'book',
  'novel',
  'memoir',
  'film',
  'movie',
  'documentary',
  'song',
  'album',
  'series',
  'game',
  'musical',
  'poem',
  'essay',
  'column',
  'podcast',
  'booklet',
  'pamphlet',
  ...NICKNAMING_VERBS,
  'so-called',
])
const LONG_TITLE_WORDS = 16

/** Whether every word with a letter is capitalised (small words aside), in at most a few words. */
export function isTitleCased(words: string): boolean {
  // Scans word by word and stops at the first miss, so a megabyte-long quote costs little.
  const pattern = /\S+/g
  let count = 0
  for (let match = pattern.exec(words); match; match = pattern.exec(words)) {
    const w = match[0]
    if (!LETTER.test(w)) continue
    if (++count > MAX_TITLE_WORDS) return false
    if (!OPENS_CAPITAL.test(w) && !(count > 1 && SMALL_WORDS.has(w.toLowerCase()))) {
      return false
    }
  }
  return count > 0
}

/** A long title after a title noun: capitalised first word, no sentence break inside. */
function isLongTitle(words: string): boolean {
  const count = words.split(/\s+/).length
  return (
    count <= LONG_TITLE_WORDS &&
    !SENTENCE_BREAK.test(words) &&
    !/[.?!]["\u201d\u2019]?$/u.test(words)
  )
}

export function isQuotedName(text: string, quote: QuoteSpan): boolean {
  const words = text.slice(quote.start, quote.end)
  if (!OPENS_CAPITAL.test(words)) return false
  const before = text.slice(Math.max(0, quote.open - 40), quote.open)
  const titleNoun = LAST_WORD.exec(before)?.[1]?.toLowerCase() ?? ''
  if (TITLE_NOUNS.has(titleNoun) && isLongTitle(words)) return true
  if (!isTitleCased(words)) return false
  const after = quote.close >= 0 ? text.slice(quote.close + 1, quote.close + 30) : ''
  const previous = LAST_TOKEN.exec(before)?.[1] ?? ''
  // Robert C. “Bobby” Scott: capitalised words hug the marks on both sides.
  const hugged = STARTS_UPPER.test(previous) && SPACE_THEN_NAME_WORD.test(after)
  const initial = ENDS_ON_INITIAL.test(before)
  if (hugged && (initial || !/[,.:;]\s*$/.test(before)) && words.split(/\s+/).length <= 2) {
    return true
  }
  if (/['\u2019]s$/u.test(previous) || PLURAL_POSSESSIVE.test(previous)) return true
  const lower = previous.toLowerCase()
  if (TITLE_INTRODUCERS.has(lower)) return true
  if (TITLE_NOUNS.has(lower)) return true
  if (lower === 'of') {
    const noun = WORD_THEN_OF.exec(before)?.[1]?.toLowerCase() ?? ''
    return SHOW_NOUNS.has(noun)
  }
  return false
}

/** Words wholly in brackets: "(CROSSTALK.)", "[Applause]". */
const BRACKETED = /^\s*(?:\([^()]*\)|\[[^[\]]*\])[.,;:]?\s*$/

/**
 * Whether a quoted piece is a transcript's stage direction rather than speech: words wholly in
 * brackets ("(CROSSTALK.)", "[LAUGHTER]") say what happened in the room, not what anyone said.
 */
export function isStageDirection(text: string, quote: QuoteSpan): boolean {
  return quote.end - quote.start < 60 && BRACKETED.test(text.slice(quote.start, quote.end))
}
