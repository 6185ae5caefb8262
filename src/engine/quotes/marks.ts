/**
 * Finds quoted spans from their quotation marks, one left-to-right pass per paragraph (linear
 * time, no regular expressions over the text, never throws).
 *
 * Method: a small state machine over the marks, in the spirit of the quote-pairing step of
 * CoreNLP's QuoteAnnotator (Muzny et al. 2017) with news conventions added:
 * - double marks: straight `"` toggles; `“` opens (but closes an open quote when whitespace,
 *   punctuation or the line end follows: a common typo); `”` closes (or opens at a word start when
 *   nothing is open); `„` opens and `“`/`”` close it; `«`/`»` open and close either way round;
 * - single marks nest only inside an open double quote, and only at word edges, so apostrophes
 *   (don't, '90s, rock 'n' roll) are never marks; a closing candidate that looks like a plural
 *   possessive (the students' union) yields to a later candidate;
 * - a quote still open at the end of a paragraph continues only when the next paragraph opens with
 *   a mark (the news convention for multi-paragraph quotes); otherwise it ends there. Each
 *   paragraph's piece is its own span and the pieces share a `group`; an opening `“` right after
 *   a sentence end inside an open `“` quote is such a paragraph glued by a lost line break;
 * - inside one paragraph, a line break ends an open quote when the line ends a sentence and the
 *   next line starts a new one (single-newline paragraphs), and continues it otherwise (hard wrap);
 * - a straight mark opens only at a word start, so inch marks (6'3") and markup attribute values
 *   (`<tweet author="...">`, skipped whole) open nothing; an unclosed quote that did not open its
 *   line (or follow a colon) is taken for a stray mark and dropped.
 */
import type { Paragraph } from '../types'
import { isLetterOrDigitUnit } from '../text/chars'
import { propertyPattern } from '../text/patterns'

const DIGIT = propertyPattern(String.raw`\p{N}`)
const LOWER = propertyPattern(String.raw`\p{Ll}`)
const UPPER = propertyPattern(String.raw`\p{Lu}`)
const LETTER_OR_SLASH = propertyPattern(String.raw`[\p{L}/]`)

export interface QuoteSpan {
  /** The quoted words, marks and surrounding whitespace excluded. */
  start: number
  end: number
  /** Offset of the opening mark. */
  open: number
  /** Offset of the closing mark, or -1 when the piece ends at a paragraph or line end. */
  close: number
  paragraph: number
  /** Pieces of one multi-paragraph quote share a group; groups count up in text order. */
  group: number
  /** 1 for the first piece of a group, 2 for the next paragraph's piece, and so on. */
  part: number
  /** Index (into the returned array) of the enclosing quote of a nested single-quoted span. */
  parent: number
}

type OpenKind = 'straight' | 'curly' | 'low' | 'guillemet' | 'reversed-guillemet'

interface OpenQuote {
  kind: OpenKind
  open: number
  group: number
  part: number
  /** Start of the line it opened on, to tell later whether it opened the line (see `isLeading`). */
  lineStart: number
}

/** A piece that ended at a paragraph or line end, waiting for its continuation mark at `at`. */
interface Continuation {
  at: number
  group: number
  part: number
}

interface ParagraphState {
  current: OpenQuote | null
  nested: NestedState | null
}

interface NestedState {
  open: number
  /** Closing candidates seen so far (offsets of single marks at word ends). */
  closes: number[]
}

const CLOSING_PUNCTUATION = '.,;:!?)]}…—–-'
const SENTENCE_END = '.?!…'
/** Words in which a leading apostrophe elides letters: never the start of a nested quote. */
const ELISIONS = ["n'", 'n’', 'em', 'til', 'cause', 'tis', 'twas', 'bout', 'round']

const isSpace = (ch: string | undefined): boolean =>
  ch === undefined || ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0'

function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && isLetterOrDigitUnit(ch.charCodeAt(0))
}

const isDoubleMark = (ch: string | undefined): boolean =>
  ch === '"' || ch === '“' || ch === '”' || ch === '„' || ch === '«' || ch === '»'

/**
 * A mark at a word start: after space or opening punctuation, before a non-space. Read by code
 * unit (NaN past either end counts as space), as runs of marks ask it of every mark.
 */
function opensWord(text: string, i: number, from: number): boolean {
  const prev = i > from ? text.charCodeAt(i - 1) : NaN
  const next = text.charCodeAt(i + 1)
  if (isSpaceCode(next)) return false
  if (isSpaceCode(prev) || isOpeningPunctuation(prev) || isDoubleMarkCode(prev)) return true
  // A missing space after a colon or a full stop: `Clinton:"We learned`, `authorities."We`.
  return isGluedAfter(prev) && isLetterOrDigit(text[i + 1])
}

/** `isSpace` by code unit: the end of the text, space, line feed, tab, carriage return, NBSP. */
function isSpaceCode(code: number): boolean {
  return (
    Number.isNaN(code) ||
    code === 0x20 ||
    code === 0x0a ||
    code === 0x09 ||
    code === 0x0d ||
    code === 0xa0
  )
}

/** Opening punctuation before a mark: `(` `[` `{` `—` `–` `-` `/`. */
function isOpeningPunctuation(code: number): boolean {
  return (
    code === 0x28 ||
    code === 0x5b ||
    code === 0x7b ||
    code === 0x2014 ||
    code === 0x2013 ||
    code === 0x2d ||
    code === 0x2f
  )
}

/** `isDoubleMark` by code unit: `"` `“` `”` `„` `«` `»`. */
function isDoubleMarkCode(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x201e ||
    code === 0xab ||
    code === 0xbb
  )
}

/** Punctuation a mark may follow without a space: `:` `;` `.` `!` `?`. */
function isGluedAfter(code: number): boolean {
  return code === 0x3a || code === 0x3b || code === 0x2e || code === 0x21 || code === 0x3f
}

/** A mark at a word end: after a non-space, before space, punctuation or another mark. */
function closesWord(text: string, i: number, lineEnd: number): boolean {
  const prev = text[i - 1]
  if (isSpace(prev)) return false
  if (i + 1 >= lineEnd) return true
  const next = text[i + 1]
  return isSpace(next) || CLOSING_PUNCTUATION.includes(next ?? '') || isDoubleMark(next)
}

function isElision(text: string, i: number): boolean {
  if (DIGIT.test(text[i + 1] ?? '')) return true
  for (const word of ELISIONS) {
    if (text.startsWith(word, i + 1) && !isLetterOrDigit(text[i + 1 + word.length])) return true
  }
  return false
}

/** Picks the nested quote's closing mark: the first that is not a plural possessive. */
function chooseNestedClose(text: string, closes: readonly number[]): number {
  for (const at of closes) {
    const pluralPossessive =
      text[at - 1] === 's' && text[at + 1] === ' ' && LOWER.test(text[at + 2] ?? '')
    if (!pluralPossessive) return at
  }
  return closes.length > 0 ? (closes[closes.length - 1] ?? -1) : -1
}

/**
 * Opened as the first thing on its line or right after a colon or comma. Asked only of unclosed
 * quotes, so that runs of marks do not pay for it.
 */
function isLeading(text: string, quote: OpenQuote): boolean {
  return (
    firstNonSpace(text, quote.lineStart, quote.open) === quote.open ||
    followsColonOrComma(text, quote.lineStart, quote.open)
  )
}

/** The two characters before the mark, white space aside, end in a colon or a comma. */
function followsColonOrComma(text: string, lineStart: number, at: number): boolean {
  let k = at - 1
  const from = Math.max(lineStart, at - 2)
  while (k >= from && /\s/.test(text[k] ?? '')) k--
  return k >= from && (text[k] === ':' || text[k] === ',')
}

/** `\n`, `<`, `"`, `'`, `“`, `”`, `„`, `«`, `»`, `‘`, `’`: the characters the scan acts on. */
function isMarkOrBreak(code: number): boolean {
  if (code < 0x80) return code === 0x0a || code === 0x3c || code === 0x22 || code === 0x27
  return (
    code === 0x201c ||
    code === 0x201d ||
    code === 0x201e ||
    code === 0xab ||
    code === 0xbb ||
    code === 0x2018 ||
    code === 0x2019
  )
}

function resetState(state: ParagraphState): void {
  state.current = null
  state.nested = null
}

function firstNonSpace(text: string, from: number, to: number): number {
  let i = from
  while (i < to && isSpace(text[i])) i++
  return i
}

export function findQuoteSpans(text: string, paragraphs: readonly Paragraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = []
  let nextGroup = 0
  let carried: Continuation | null = null

  const push = (
    from: number,
    to: number,
    open: number,
    close: number,
    paragraph: number,
    group: number,
    part: number,
    parent: number,
  ): number => {
    let s = from
    let e = to
    while (s < e && isSpace(text[s])) s++
    while (e > s && isSpace(text[e - 1])) e--
    let meaningful = false
    for (let k = s; k < e && !meaningful; k++) meaningful = isLetterOrDigit(text[k])
    if (!meaningful) return -1
    spans.push({ start: s, end: e, open, close, paragraph, group, part, parent })
    return spans.length - 1
  }

  // Per-paragraph state, shared with the helpers below (declared once, not once per paragraph).
  let p = 0
  let lineStart = 0
  const st: ParagraphState = { current: null, nested: null }
  const closeNested = (outerIndex: number): void => {
    if (!st.nested) return
    const at = chooseNestedClose(text, st.nested.closes)
    if (at > st.nested.open) push(st.nested.open + 1, at, st.nested.open, at, p, -1, 1, outerIndex)
    st.nested = null
  }
  const finish = (close: number, end: number, continued = false): void => {
    if (!st.current) return
    // An unclosed quote that did not open a line is most likely a stray mark: drop it.
    if (close < 0 && !continued && st.current.part === 1 && !isLeading(text, st.current)) {
      st.current = null
      st.nested = null
      return
    }
    const outer = push(
      st.current.open + 1,
      end,
      st.current.open,
      close,
      p,
      st.current.group,
      st.current.part,
      -1,
    )
    if (st.nested) closeNested(outer)
    st.current = null
  }
  const begin = (kind: OpenKind, at: number): void => {
    st.nested = null
    const continuing: Continuation | null = carried
    carried = null
    if (continuing && continuing.at === at) {
      st.current = { kind, open: at, group: continuing.group, part: continuing.part + 1, lineStart }
    } else {
      st.current = { kind, open: at, group: nextGroup++, part: 1, lineStart }
    }
  }

  for (p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]
    if (!para) continue
    const pStart = Math.max(0, para.start)
    const pEnd = Math.min(text.length, para.end)
    resetState(st)
    lineStart = pStart
    let noTagCloseAfter = -1

    for (let i = pStart; i < pEnd; i++) {
      // Most characters are neither marks nor line breaks nor tags: skip them by code unit.
      // Compared by code unit: reading a typographic mark as a string allocates one per mark.
      const code = text.charCodeAt(i)
      if (!isMarkOrBreak(code)) continue
      if (code === 0x0a) {
        const open: OpenQuote | null = st.current
        if (open) {
          const next = firstNonSpace(text, i + 1, pEnd)
          const lastChar = text[i - 1]
          const nextIsMark = next < pEnd && isDoubleMark(text[next])
          const newSentence = SENTENCE_END.includes(lastChar ?? '') && UPPER.test(text[next] ?? '')
          if (nextIsMark || newSentence) {
            const group = open.group
            const part = open.part
            finish(-1, i, nextIsMark)
            if (nextIsMark) carried = { at: next, group, part }
          }
        }
        lineStart = i + 1
        continue
      }
      if (code === 0x3c && i > noTagCloseAfter && LETTER_OR_SLASH.test(text[i + 1] ?? '')) {
        const tagEnd = text.indexOf('>', i + 1)
        if (tagEnd >= 0 && tagEnd < pEnd) {
          i = tagEnd
          continue
        }
        noTagCloseAfter = pEnd
      }
      if (code === 0x22) {
        if (st.current) {
          finish(i, i)
        } else if (opensWord(text, i, lineStart)) {
          begin('straight', i)
        }
      } else if (code === 0x201c) {
        const o: OpenQuote | null = st.current
        if (o && (o.kind === 'low' || i + 1 >= pEnd || !opensWord(text, i, lineStart))) {
          finish(i, i)
        } else if (o?.kind === 'curly' && SENTENCE_END.includes(text[i - 1] ?? '')) {
          // “… going again.“I’d call …”: paragraphs of one quote glued by a lost line break, the
          // next paragraph's opening mark right after a sentence end; a piece of the same quote.
          const { group, part } = o
          finish(-1, i, true)
          carried = { at: i, group, part }
          begin('curly', i)
        } else {
          begin('curly', i)
        }
      } else if (code === 0x201d) {
        if (st.current) finish(i, i)
        else if (opensWord(text, i, lineStart)) begin('curly', i)
      } else if (code === 0x201e) {
        begin('low', i)
      } else if (code === 0xab) {
        const o: OpenQuote | null = st.current
        if (o && o.kind === 'reversed-guillemet') finish(i, i)
        else begin('guillemet', i)
      } else if (code === 0xbb) {
        const o: OpenQuote | null = st.current
        if (o) finish(i, i)
        else if (opensWord(text, i, lineStart)) begin('reversed-guillemet', i)
      } else if ((code === 0x27 || code === 0x2018 || code === 0x2019) && st.current) {
        const n: NestedState | null = st.nested
        if (n && closesWord(text, i, pEnd)) {
          n.closes.push(i)
        } else if (!n && code !== 0x2019 && opensWord(text, i, lineStart) && !isElision(text, i)) {
          st.nested = { open: i, closes: [] }
        }
      }
    }
    const open: OpenQuote | null = st.current
    if (open) {
      const next = p + 1 < paragraphs.length ? paragraphs[p + 1] : undefined
      const nextFirst = next ? firstNonSpace(text, next.start, next.end) : -1
      const group = open.group
      const part = open.part
      const continues = nextFirst >= 0 && isDoubleMark(text[nextFirst])
      finish(-1, pEnd, continues)
      if (continues) {
        carried = { at: nextFirst, group, part }
      }
    }
  }
  return spans
}
