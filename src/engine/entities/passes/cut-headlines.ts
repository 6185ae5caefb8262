/**
 * Pass cut-headlines: a headline or a related-link line, written in title case ("Verizon Leaves
 * Shareholders With Little Say", "Seagate Will Ship Bigger Hard Drives"), capitalises every word,
 * so the tagger reads its verbs and nouns as names. On such a line a mention is cut at its common
 * words (a word the text also writes in lower case, or a closed-class word: "Is", "With"), and a
 * part is kept only if the body names it too: the headline's "Verizon" stays, "Shareholders With
 * Little Say" and a related link's "Hard Drives" go.
 *
 * A title-case line has no full stop at its end, three words or more, every word of four letters
 * or more capitalised, two capitalised common words or more (one in a line of six words or more
 * that leaves a small word in lower case), and few numbers: a line of names
 * ("Ana Lopes and Tom Ash"), a sentence, a table row ("Leeds 3 New York 2") or a fixture ("May 17
 * v Hull") is none. Lines in capitals ("RAIN HITS LEEDS") are left to the tagger.
 */

import { isLowerAt } from '../../text/chars'
import { mentionOver } from '../mention-edits'
import type { TaggedMention } from '../tagger'
import type { Token } from '../tokenize'
import type { EntityDocument } from '../types'
import { propertyPattern } from '../../text/patterns'

/** Closed-class words a title-case line capitalises. */
const CLOSED_CLASS = new Set(
  (
    'a an the is are was were be been will would can could may might must should has have had do ' +
    'does did to with for of in on at by from and or but as into over after about why how what ' +
    'during amid against before than up out off via ' +
    'who when where this that these those its your our their not no'
  ).split(' '),
)
const MIN_HEADLINE_WORDS = 3
/** Capitalised common words a title-case line holds at least. */
const MIN_COMMON_WORDS = 2
/** A line of so many words needs only one capitalised common word. */
const LONG_LINE_WORDS = 6
/** A line with more numbers than this share of its tokens is a table row or a result. */
const MAX_NUMBER_SHARE = 0.2
const NUMBER = /^[\d.,:%-]+$/
/** Words this long must all be capitalised in a title-case line. */
const LONG_WORD = 4
const CAPITALISED = propertyPattern(String.raw`^[\p{Lu}\d]`)
const HAS_LOWER = propertyPattern(String.raw`\p{Ll}`)
const LETTER = propertyPattern(String.raw`\p{L}`)

const INFLECTION = /(?:es|s|ed|ing)$/
/** Shortest stem compared: shorter ones ("us" of "using") match too much. */
const MIN_STEM = 4

/** A word without its inflection ("launches", "launched" → "launch"), or the word. */
function stemOf(word: string): string {
  const stem = word.replace(INFLECTION, '')
  return stem.length >= MIN_STEM ? stem : word
}

/** The lower-case words of `text`, and their stems (each distinct word stemmed once). */
function lowerCaseWords(tokens: readonly Token[]): Set<string> {
  const words = new Set<string>()
  for (const token of tokens) if (isLowerAt(token.text, 0)) words.add(token.text)
  for (const word of [...words]) words.add(stemOf(word))
  return words
}

/** The text's lower-case words, read on first use: most texts have no line that needs them. */
function lazyLowerCaseWords(tokens: readonly Token[]): () => ReadonlySet<string> {
  let words: Set<string> | undefined
  return () => (words ??= lowerCaseWords(tokens))
}

/** A closed-class word, or one the text writes in lower case in some form ("Launches"). */
function isCommon(word: string, lowerWords: () => ReadonlySet<string>): boolean {
  const key = word.toLowerCase()
  if (CLOSED_CLASS.has(key)) return true
  const lower = lowerWords()
  return lower.has(key) || lower.has(stemOf(key))
}

/** Whether the tokens of one line make a title-case line. */
function isTitleCaseLine(line: readonly Token[], lower: () => ReadonlySet<string>): boolean {
  const words = line.filter((token) => LETTER.test(token.text))
  const last = line[line.length - 1]
  if (words.length < MIN_HEADLINE_WORDS || last === undefined || last.text === '.') return false
  if (!words.some((token) => HAS_LOWER.test(token.text))) return false
  const long = words.filter((token) => token.text.length >= LONG_WORD)
  if (!long.every((token) => CAPITALISED.test(token.text))) return false
  const numbers = line.filter((token) => NUMBER.test(token.text)).length
  if (numbers > line.length * MAX_NUMBER_SHARE) return false
  const common = words.filter(
    (token) => CAPITALISED.test(token.text) && isCommon(token.text, lower),
  )
  if (common.length >= MIN_COMMON_WORDS) return true
  // A long line: one capitalised common word, not its first ("May 15 v Hull"), and a small word
  // left in lower case ("… Attracts Record Number of Applicants").
  const small = words.some((token) => CLOSED_CLASS.has(token.text) && token.text !== 'and')
  const inner = common.filter((token) => token !== words[0]).length
  return inner > 0 && small && words.length >= LONG_LINE_WORDS
}

/** Indices of the lines of `tokens` that are title-case lines. */
function titleCaseLines(tokens: readonly Token[], lower: () => ReadonlySet<string>): Set<number> {
  const lines = new Set<number>()
  let first = 0
  for (let t = 1; t <= tokens.length; t++) {
    const line = (tokens[first] as Token).line
    if (t < tokens.length && (tokens[t] as Token).line === line) continue
    // Most lines are prose ending in a full stop: their tokens are not copied.
    if ((tokens[t - 1] as Token).text !== '.' && isTitleCaseLine(tokens.slice(first, t), lower)) {
      lines.add(line)
    }
    first = t
  }
  return lines
}

export function cutHeadlines(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const { text, tokens } = doc
  if (tokens.length === 0) return [...mentions]
  const lower = lazyLowerCaseWords(tokens)
  const headlines = titleCaseLines(tokens, lower)
  if (headlines.size === 0) return [...mentions]
  const onHeadline = (mention: TaggedMention) =>
    headlines.has((tokens[mention.firstToken] as Token).line)
  const bodyNames = new Set(mentions.filter((m) => !onHeadline(m)).map((m) => m.text))
  const kept: TaggedMention[] = []
  for (const mention of mentions) {
    if (!onHeadline(mention)) {
      kept.push(mention)
      continue
    }
    let first = mention.firstToken
    for (let t = first; t <= mention.lastToken + 1; t++) {
      const token = tokens[t]
      if (t <= mention.lastToken && token !== undefined && !isCommon(token.text, lower)) continue
      if (t > first) {
        const part = mentionOver(text, tokens, mention, first, t - 1)
        if (bodyNames.has(part.text)) kept.push(part)
      }
      first = t + 1
    }
  }
  return kept
}
