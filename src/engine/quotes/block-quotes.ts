/**
 * Block quotes: paragraphs that are a quotation only by their layout. A paragraph whose last
 * sentence ends in a speech cue and a colon ("Ann Lee said:", "she wrote in a post on Monday:",
 * "The statement reads:") introduces the paragraph after it as the quoted words: a page sets such
 * an excerpt apart by indenting it, and the indentation and often the marks are lost in plain
 * text. The excerpt runs on over the next paragraphs while they speak in the first person ("we",
 * "I", "our"), as a statement or a letter does and the writer's report does not.
 *
 * The introduction ends in the cue and at most a few words of where or to whom ("in a statement",
 * "to reporters on Monday", "the following"), with no verb or clause of its own after the cue ("He
 * said the reasons were:" introduces a list, not words he said). An excerpt holds no quotation
 * marks (a marked quote is found by its marks), opens with a letter or a digit (not a list
 * bullet) and ends a sentence (not a heading). attribute.ts credits it to the subject of the
 * introduction, as it does a marked quote that opens the paragraph after a colon.
 *
 * Method: one test of each paragraph's last characters for the colon, then of the cue before it;
 * a short walk forward over the excerpt's paragraphs. Linear in the text.
 */
import type { Paragraph } from '../types'
import type { QuoteSpan } from './marks'
import { holdsQuote, mergeSpans, trimmed, type Piece } from './merge-spans'
import { propertyPattern } from '../text/patterns'

const COLON = 58

/** Verbs of speech and writing that introduce an excerpt set apart after a colon. */
const BLOCK_CUES: ReadonlySet<string> = new Set(
  `said says say wrote writes write tweeted tweets posted posts reads read states stated stating
  added adds told tells explained explains continued continues declared declares announced
  announces replied replies responded responds concluded concludes warned warns noted notes
  commented comments argued argues insisted insists urged urges pleaded wrote saying writing
  reading`.split(/\s+/),
)
/** Words after the cue that make the introduction a clause of its own, not a cue's complement. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(
  `is are was were be been being that include includes included including because if when which
  who what how why where has have had`.split(/\s+/),
)
/** Most words between the cue and the colon ("in an email to staff on Monday night"). */
const TAIL_WORDS = 10
/** Characters of the introduction read back from its colon. */
const INTRO_REACH = 160
/** Fewest words of an excerpt's first paragraph. */
const MIN_WORDS = 4
/** Paragraphs an excerpt may run on for after its first. */
const MAX_CONTINUATIONS = 3
/** Quotation marks of any kind: a paragraph that holds one is not a bare excerpt. */
const MARKS = /["\u201c\u201d\u201e\u00ab\u00bb]/
/** Ends a sentence, maybe inside closing brackets. */
const SENTENCE_END = /[.?!\u2026][)\]\u2019']*$/
/** Opens with a letter or a digit: not a bullet, a dash or a mark. */
const OPENS_WORD = propertyPattern(String.raw`^[\p{L}\p{N}]`)
const FIRST_PERSON = /(?:^|[^A-Za-z'\u2019])(?:I|[Ww]e|[Oo]ur|us|[Mm]y|me)(?![A-Za-z'\u2019])/
/** Words, and the stops that end a clause, of an introduction read backwards. */
const WORD_OR_STOP = /[A-Za-z'\u2019]+|[.?!;"\u201c\u201d]/g
const STOPS = '.?!;"“”'

/**
 * Whether a paragraph's text ends in a cue of speech and a colon: "the mayor said in a post:".
 * Read back from the colon, the cue must come before any clause word and any sentence end.
 */
export function introducesExcerpt(paragraph: string): boolean {
  const body = paragraph.trimEnd()
  if (!body.endsWith(':')) return false
  const parts = body.slice(Math.max(0, body.length - INTRO_REACH), -1).match(WORD_OR_STOP) ?? []
  for (let i = parts.length - 1; i >= 0 && i >= parts.length - 1 - TAIL_WORDS; i--) {
    const word = (parts[i] ?? '').toLowerCase()
    if (BLOCK_CUES.has(word)) return true
    if (CLAUSE_WORDS.has(word) || STOPS.includes(word)) return false
  }
  return false
}

/** Whether a paragraph can be quoted words set apart: no marks, a word first, a sentence last. */
function excerptLike(body: string): boolean {
  return (
    !MARKS.test(body) &&
    OPENS_WORD.test(body) &&
    SENTENCE_END.test(body) &&
    body.split(/\s+/).length >= MIN_WORDS
  )
}

/** The marked spans with the paragraphs of every block quote merged in, in text order. */
export function withBlockQuotes(
  text: string,
  paragraphs: readonly Paragraph[],
  spans: readonly QuoteSpan[],
): QuoteSpan[] {
  const runs: Piece[][] = []
  for (let p = 0; p + 1 < paragraphs.length; p++) {
    const intro = paragraphs[p] as Paragraph
    const [introStart, colonEnd] = trimmed(text, intro.start, intro.end)
    if (text.charCodeAt(colonEnd - 1) !== COLON || holdsQuote(spans, colonEnd - 1, colonEnd))
      continue
    if (!introducesExcerpt(text.slice(introStart, colonEnd))) continue
    const run: Piece[] = []
    for (let k = p + 1; k < paragraphs.length && k <= p + 1 + MAX_CONTINUATIONS; k++) {
      const para = paragraphs[k] as Paragraph
      const [start, end] = trimmed(text, para.start, para.end)
      const body = text.slice(start, end)
      if (!excerptLike(body) || holdsQuote(spans, start, end)) break
      if (run.length > 0 && !FIRST_PERSON.test(body)) break
      run.push({ start, end, paragraph: k })
    }
    if (run.length > 0) runs.push(run)
    p += run.length
  }
  return mergeSpans(spans, runs)
}
