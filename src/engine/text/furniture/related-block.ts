/**
 * Related-link blocks: a "Further Reading" or "More in Storage" widget copied with the article is a
 * run of headlines of other stories, one a line, in title case and without a closing full stop.
 * Alone each line looks like a crosshead (a heading, whose names are the story's); together they
 * are page furniture, and their names ("Brand Launches New Phone") are no mention.
 *
 * Method: line shape and position. A title-case line fills its line, has no sentence punctuation
 * at its end, three words or more, and every word of four letters or more capitalised. A run of
 * such lines with nothing but line breaks between them is a related block when a short label line
 * opens it ("Further Reading", "Related") and it holds two lines or more, or, with no label, when
 * it holds three lines or more of five words or more in the last third of the text, where widgets
 * follow the story. An article's real crossheads stand between paragraphs of prose, never three in
 * a row; a table's rows ("Leeds 3 1 0 2") are mostly numbers, a fixture list's ("Leeds at Hull")
 * short.
 */
import type { Sentence } from '../../types'
import type { BoilerplateKind } from './kinds'
import { fillsLine } from './lone-line'
import type { DocumentPass } from './pass'
import { propertyPattern } from '../patterns'

const HAS_LOWER = propertyPattern(String.raw`\p{Ll}`)
const STARTS_UPPER_OR_DIGIT = propertyPattern(String.raw`^[\p{Lu}\p{N}]`)

/** Headline lines a labelled block holds at least. */
const MIN_LABELLED_LINES = 2
/** Headline lines a block without a label holds at least. */
const MIN_BARE_LINES = 3
/** A block without a label starts after this share of the text. */
const BARE_BLOCK_FROM = 2 / 3
const MIN_WORDS = 3
/** Words each line of a block without a label holds at least. */
const MIN_BARE_WORDS = 5
/**
 * A line with more numbers than this share of its words is a table row or a result ("Leeds 2
 * Hull 1"); after a label, product names may hold a model number ("Brand Drive 870 Pro").
 */
const MAX_BARE_NUMBER_SHARE = 0.2
const MAX_LABELLED_NUMBER_SHARE = 0.3
const NUMBER = /^[\d.,:/-]+$/
const MAX_WORDS = 16
/** Words this long must be capitalised in a headline line. */
const LONG_WORD = 4
/** Kinds a line of the block may already carry: how a lone line or the markup read it. */
const OVERRULED: ReadonlySet<BoilerplateKind | null> = new Set([null, 'heading', 'list-row'])
/** Kinds of a line that may open a block: a short label ("Related") or a pointer. */
const OPENERS: ReadonlySet<BoilerplateKind | null> = new Set(['label', 'related'])
const WORD = propertyPattern(String.raw`[\p{L}\p{N}][\p{L}\p{N}'\u2019&.-]*`, 'g')
/** A label of words only: "Further Reading", "More in Storage" (not a score, "6-2"). */
const LABEL = propertyPattern(String.raw`^[\p{L} '\u2019&-]+$`)
const FINAL = /[.!?\u2026:;,]["\u201d\u2019'\u00bb)]*$/

interface HeadlineLine {
  words: number
  /** The share of its words that are numbers ("870", "2020"). */
  numberShare: number
}

/** A line written as a headline ("Brand Launches a Tiny 512GB Drive"), or undefined. */
export function readHeadline(text: string): HeadlineLine | undefined {
  const trimmed = text.trim()
  if (FINAL.test(trimmed)) return undefined
  const words = trimmed.match(WORD) ?? []
  if (words.length < MIN_WORDS || words.length > MAX_WORDS) return undefined
  if (!words.some((word) => HAS_LOWER.test(word))) return undefined
  if (!words.every((word) => word.length < LONG_WORD || STARTS_UPPER_OR_DIGIT.test(word))) {
    return undefined
  }
  const numbers = words.filter((word) => NUMBER.test(word)).length
  return { words: words.length, numberShare: numbers / words.length }
}

/** True when only white space (line breaks included) lies between two sentences. */
function adjacent(text: string, before: Sentence, after: Sentence): boolean {
  return text.slice(before.end, after.start).trim() === ''
}

export const relatedBlock: DocumentPass = {
  name: 'related-block',
  run({ split, kinds }) {
    const { text, sentences } = split
    const lines = sentences.map((sentence, i) =>
      OVERRULED.has(kinds[i] ?? null) && fillsLine(text, sentence)
        ? readHeadline(sentence.text)
        : undefined,
    )
    const isLine = lines.map(
      (line) => line !== undefined && line.numberShare <= MAX_LABELLED_NUMBER_SHARE,
    )
    let i = 0
    while (i < sentences.length) {
      if (!isLine[i]) {
        i++
        continue
      }
      let end = i + 1
      while (
        end < sentences.length &&
        isLine[end] &&
        adjacent(text, sentences[end - 1] as Sentence, sentences[end] as Sentence)
      ) {
        end++
      }
      const opener = i > 0 ? i - 1 : -1
      const labelled =
        opener >= 0 &&
        OPENERS.has(kinds[opener] ?? null) &&
        LABEL.test((sentences[opener] as Sentence).text.trim()) &&
        adjacent(text, sentences[opener] as Sentence, sentences[i] as Sentence)
      const late = (sentences[i] as Sentence).start >= text.length * BARE_BLOCK_FROM
      const count = end - i
      const prose = lines
        .slice(i, end)
        .every(
          (line) =>
            line !== undefined &&
            line.words >= MIN_BARE_WORDS &&
            line.numberShare <= MAX_BARE_NUMBER_SHARE,
        )
      if ((labelled && count >= MIN_LABELLED_LINES) || (late && prose && count >= MIN_BARE_LINES)) {
        for (let k = i; k < end; k++) kinds[k] = 'related'
      }
      i = end
    }
  },
}
