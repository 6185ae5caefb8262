/**
 * The `avoid` filters: sentences that hold a quotation, questions, and fragments (see
 * `text/finite.ts`, and the tail of a quotation split over sentences). Quotation marks are
 * recognised in their typographic, straight and PTB forms (`“…”`, `"…"`, `` `` … '' ``, and a
 * free-standing `'` as PTB-tokenized Daily Mail text uses for quotes); apostrophes inside words
 * (`don't`, `Park’s`) are not quotation marks.
 */
import { isFragment } from '../text/finite'
import type { AvoidKind } from './options'

const DOUBLE_QUOTES = /["\u201c\u201d\u201e\u00ab\u00bb]|``|''/
/**
 * A single quote opening a word (‘word, 'word) or standing alone as in PTB text (` ' `); PTB clitics
 * (`it 's`, `they 're`) and decades (`'90s`) are not quotes.
 */
const SINGLE_QUOTES = /(?:^|\s)['\u2018](?!(?:s|re|ve|ll|d|m|em)(?:\s|$)|\d)\S|(?:^|\s)'(?:\s|$)/i

/**
 * @example
 * holdsQuotation('He called it “absurd”.') // true
 * holdsQuotation("It isn't over.") // false
 */
export function holdsQuotation(text: string): boolean {
  return DOUBLE_QUOTES.test(text) || SINGLE_QUOTES.test(text)
}

/** A question: the last mark before any closing quotes or brackets is `?`. */
export function isQuestion(text: string): boolean {
  let i = text.length - 1
  while (i >= 0 && /[\s"'\u201d\u2019)\]\u00bb]/.test(text.charAt(i))) i--
  return text.charAt(i) === '?' || text.charAt(i) === '‽'
}

/**
 * The tail of a quotation split over sentences: it closes a typographic quote it never opened
 * ("Fares rose to bring more drivers in.”"), so it is a piece of someone's words without the
 * speaker. Straight quotes do not tell opening from closing and are left alone.
 *
 * @example
 * isQuotationTail('Prices rose to bring more drivers in.”') // true
 * isQuotationTail('“Prices rose,” she said.') // false
 */
export function isQuotationTail(text: string): boolean {
  const close = text.indexOf('”')
  if (close < 0) return false
  const open = text.indexOf('“')
  return open < 0 || open > close
}

const TESTS: Record<AvoidKind, (text: string) => boolean> = {
  quotes: holdsQuotation,
  questions: isQuestion,
  fragments: (text) => isFragment(text) || isQuotationTail(text),
}

export function isAvoided(text: string, avoid: readonly AvoidKind[]): boolean {
  return avoid.some((kind) => TESTS[kind](text))
}
