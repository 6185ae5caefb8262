/**
 * News-grade sentence splitting. Contract: every sentence lies inside one paragraph (a blank line
 * always ends a sentence), offsets are UTF-16 and trimmed of white space, sentences are ordered and
 * do not overlap, and the function never throws. Linear time: the text is cut into white-space
 * separated tokens once and every boundary decision looks at a bounded window of tokens.
 *
 * Method: the rule-based approach of sentence boundary detectors such as `sbd` and Punkt's
 * orthographic heuristics (Kiss & Strunk 2006) without a trained model. A candidate boundary is a
 * token ending in `.`, `!`, `?` or an ellipsis, optionally followed by closing quotes or brackets
 * (`."`, `.”`, `?)`, PTB `''`). It is accepted or rejected from the word before the terminator
 * (titles, month and company abbreviations, initials, dotted abbreviations) and the word after it
 * (lower-case continuation, a closed-class word that typically opens a sentence, a digit after
 * `Jan.` or `No.`). Lower-cased text (such as PTB-tokenized CNN/DailyMail) gives no case cue, so
 * there only a narrow set of sentence openers confirms a boundary after an abbreviation.
 * Inside a paragraph a single line break ends a sentence unless the line evidently runs on (the next
 * line starts in lower case, or the line ends in a comma, dash, colon or function word), so
 * headlines, list items and table rows stand alone while hard-wrapped prose is rejoined. List
 * markers (`- `, `* `, `• `, `1. `, `2) `) at the start of a line open a new sentence and are left
 * out of it. A sentence that reaches `MAX_SENTENCE_CHARS` is cut at the next white space.
 */
import type { Paragraph, Sentence } from '../types'
import {
  hasUpperCase,
  isDigitCode,
  isLetterAt,
  isLineBreak,
  isLowerAt,
  isSpace,
  isUpperAt,
} from './chars'
import { fusedCut, mayPrecedeCut } from './fused-boundaries'
import { splitParagraphs } from './paragraphs'

/** The text split once: its paragraphs and sentences (sentence `paragraph` indexes `paragraphs`). */
export interface SplitText {
  text: string
  paragraphs: Paragraph[]
  sentences: Sentence[]
}

/** Abbreviations that precede a name or number and so never end a sentence. */
const TITLES: ReadonlySet<string> = new Set(
  (
    'mr mrs ms messrs mmes mme mlle dr drs prof gov sen sens rep reps gen lt col maj capt ' +
    'cpt cmdr cdr adm sgt cpl pvt brig rev hon pres supt det insp fr st ste mt ft atty amb ' +
    'gov-elect lt-gen lt-col maj-gen vs cf viz approx ca esp e.g i.e'
  ).split(' '),
)

/** Abbreviations that precede a number (`No. 10`, `pp. 4-5`) and end a sentence otherwise. */
const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'no nos nr pp vol vols fig figs art ch op tel'.split(' '),
)

const MONTHS: ReadonlySet<string> = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
)

/**
 * Abbreviations that may end a sentence ("a deal with Acme Co.") as often as they sit inside one
 * ("Warner Bros. Pictures"): they end one only when a typical sentence opener follows.
 */
const AMBIGUOUS_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'inc corp ltd co bros plc llc llp cos jr sr esq etc al dept univ assn ave blvd rd hwy sec'.split(
    ' ',
  ),
)

/**
 * Closed-class words that typically open a sentence. After an ambiguous abbreviation a capitalised
 * one of these confirms the boundary ("... Acme Co. The deal ...").
 */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  (
    'the a an this that these those it its he she they we i you there here his her their our ' +
    'my your but and or so yet however meanwhile also in on at for as after before when ' +
    'while if although though since because during with without by from to one some many ' +
    'most all both each every no not then thus still now today yesterday earlier later what ' +
    'who where why how which under among according despite last next other such'
  ).split(' '),
)

/** The narrower set trusted in lower-cased text, where "u.s. in 2013" usually runs on. */
const UNCASED_SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  'the he she it they we i but this there his her their however meanwhile'.split(' '),
)

/** Verbs of saying: `"Why?" asked Ms Lee` and `"Stop!" Mr Lee shouted` keep the quote in. */
const SPEECH_VERBS: ReadonlySet<string> = new Set(
  (
    'said says asked asks added adds told tells wrote writes replied shouted yelled cried ' +
    'insisted explained continued exclaimed wondered recalled warned joked demanded'
  ).split(' '),
)

/** Words that cannot end a line of prose that is complete: the next line continues it. */
const RUN_ON_WORDS: ReadonlySet<string> = new Set(
  (
    'the a an of to in on at for with and or but by from as that which who whose said says ' +
    'is are was were be been has have had will would could should can may not than into its ' +
    'their his her our this these those about over after before between against under if ' +
    'when while because mr mrs ms dr'
  ).split(' '),
)

/** How many words after a quoted `?` or `!` may hold its speech verb (`Mr Lee shouted`). */
const SPEECH_VERB_WINDOW = 3

/** Characters read to decide whether a text is cased (lower-cased text has no capitals). */
const CASE_SAMPLE_CHARS = 65_536

/**
 * A sentence that reaches this many UTF-16 code units is cut at the next white space. News
 * sentences stay far below it (the longest in CNN/DailyMail, BBC and PolNeAR is about 1,100), so
 * it only bounds the "sentences" of degenerate input, whose cost downstream grows with length.
 */
const MAX_SENTENCE_CHARS = 2_000

/** Longest word looked up in the tables; longer tokens are never abbreviations. */
const MAX_LOOKUP_LENGTH = 24

/** Closing quotes and brackets: `"` `”` `’` `'` `)` `]` `}` `»`, tested by code unit. */
function isCloser(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0x201d ||
    code === 0x2019 ||
    code === 0x27 ||
    code === 0x29 ||
    code === 0x5d ||
    code === 0x7d ||
    code === 0xbb
  )
}

/** Opening quotes and brackets: `"` `“` `‘` `'` `(` `[` `{` `«` `` ` `` `¿` `¡`. */
function isOpener(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0x201c ||
    code === 0x2018 ||
    code === 0x27 ||
    code === 0x28 ||
    code === 0x5b ||
    code === 0x7b ||
    code === 0xab ||
    code === 0x60 ||
    code === 0xbf ||
    code === 0xa1
  )
}

const BULLETS = new Set(['-', '*', '•', '–', '—', '·', '▪', '‣', '◦', '●', '■', '►', '>'])

type TerminatorKind = 'period' | 'ellipsis' | 'strong'

interface Terminator {
  kind: TerminatorKind
  /** Offsets of the word before the terminator, leading openers removed (empty for a lone `.`). */
  wordStart: number
  wordEnd: number
  /** Closing quotes or brackets follow the terminator (the sentence ended inside them). */
  closed: boolean
}

/**
 * Tokens of one paragraph as parallel arrays: offsets, whether a line break precedes (1), and
 * whether the token was cut from the one before at a fused date ("16, 2020As": 1, a boundary).
 */
interface Tokens {
  count: number
  starts: Int32Array
  ends: Int32Array
  lineStart: Uint8Array
  dateCut: Uint8Array
}

/**
 * Splits `text` into sentences with paragraph indexes and UTF-16 offsets.
 *
 * @example
 * splitSentences('Mr. Lee met Dr. Kim in the U.S. on Jan. 5. They talked.').map((s) => s.text)
 * // ['Mr. Lee met Dr. Kim in the U.S. on Jan. 5.', 'They talked.']
 */
export function splitSentences(text: string): Sentence[] {
  return splitText(text).sentences
}

/** Splits `text` into paragraphs and sentences in one pass, for callers that need both. */
export function splitText(text: string): SplitText {
  const paragraphs = splitParagraphs(text)
  // Casing is a property of the whole text; a long sample decides it without scanning megabytes.
  const cased = hasUpperCase(
    text.length > CASE_SAMPLE_CHARS ? text.slice(0, CASE_SAMPLE_CHARS) : text,
  )
  const sentences: Sentence[] = []
  // One token buffer for all paragraphs, sized for the longest: typed arrays are costly to create.
  let longest = 0
  for (const paragraph of paragraphs) longest = Math.max(longest, paragraph.end - paragraph.start)
  const tokens = tokenBuffer(longest)
  for (const paragraph of paragraphs) {
    tokenize(text, paragraph.start, paragraph.end, tokens)
    splitParagraph(text, paragraph, tokens, cased, sentences)
  }
  return { text, paragraphs, sentences }
}

/** Room for the tokens of `length` characters: a token and the space after it take two. */
function tokenBuffer(length: number): Tokens {
  const capacity = ((length + 1) >> 1) + 1
  return {
    count: 0,
    starts: new Int32Array(capacity),
    ends: new Int32Array(capacity),
    lineStart: new Uint8Array(capacity),
    dateCut: new Uint8Array(capacity),
  }
}

/**
 * Fills `tokens` with the white-space separated tokens between `start` and `end` (JavaScript's
 * white space, `isSpace`), cutting a token where two sentences are fused without white space
 * ("Biden.The", see `fused-boundaries.ts`). Every piece of a cut token holds at least two
 * characters, so the buffer still suffices. One scan by code unit finds the tokens, the line
 * breaks between them and the characters that may precede a fused boundary: a `\S+` search
 * allocated a match per token, a third of the split's time.
 */
function tokenize(text: string, start: number, end: number, tokens: Tokens): void {
  let count = 0
  let i = start
  while (i < end) {
    let sawBreak = count === 0
    let code = text.charCodeAt(i)
    while (isSpace(code)) {
      if (!sawBreak) sawBreak = isLineBreak(code)
      if (++i >= end) break
      code = text.charCodeAt(i)
    }
    if (i >= end) break
    let tokenStart = i
    // Most tokens hold no character that may come before a fused boundary ahead of their last
    // one: `fusedCut` would find nothing there.
    let mayCut = false
    let previous = -1
    for (i++; i < end; i++) {
      code = text.charCodeAt(i)
      if (isSpace(code)) break
      // The character before this one is not the token's last; its first does not count.
      if (!mayCut && previous >= 0) mayCut = mayPrecedeCut(previous)
      previous = code
    }
    const tokenEnd = i
    let dateCut = false
    for (;;) {
      const cut = mayCut ? fusedCut(text, tokenStart, tokenEnd) : undefined
      tokens.starts[count] = tokenStart
      tokens.ends[count] = cut?.at ?? tokenEnd
      tokens.lineStart[count] = sawBreak ? 1 : 0
      tokens.dateCut[count] = dateCut ? 1 : 0
      count++
      sawBreak = false
      if (cut === undefined) break
      tokenStart = cut.at
      dateCut = cut.kind === 'date'
    }
  }
  tokens.count = count
}

function splitParagraph(
  text: string,
  paragraph: Paragraph,
  tokens: Tokens,
  cased: boolean,
  out: Sentence[],
): void {
  const count = tokens.count
  // Filled in by every terminator read: one object per paragraph, not one per token.
  const scratch: Terminator = { kind: 'period', wordStart: 0, wordEnd: 0, closed: false }
  let first = -1
  const close = (last: number): void => {
    if (first < 0 || last < first) return
    const start = tokens.starts[first] ?? 0
    const end = tokens.ends[last] ?? start
    out.push({
      index: out.length,
      paragraph: paragraph.index,
      start,
      end,
      text: text.slice(start, end),
    })
    first = -1
  }
  let t = 0
  while (t < count) {
    const atLineStart = tokens.lineStart[t] === 1
    if (atLineStart && t + 1 < count && tokens.lineStart[t + 1] !== 1) {
      if (isListMarker(text, tokens.starts[t] ?? 0, tokens.ends[t] ?? 0)) {
        close(t - 1)
        t++
        continue
      }
    }
    if (first < 0) first = t
    let last = t
    const terminator = readTerminator(text, tokens.starts[t] ?? 0, tokens.ends[t] ?? 0, scratch)
    let closed = terminator?.closed ?? false
    if (terminator) {
      // PTB and spaced layouts put closing quotes and repeated marks in tokens of their own.
      while (last + 1 < count && tokens.lineStart[last + 1] !== 1) {
        const kind = standaloneKind(text, tokens.starts[last + 1] ?? 0, tokens.ends[last + 1] ?? 0)
        if (kind === 'none') break
        if (kind === 'closer') closed = true
        last++
      }
    }
    const next = last + 1
    if (next >= count) {
      close(last)
      break
    }
    let boundary: boolean
    if (terminator) {
      terminator.closed = closed
      boundary = endsSentence(text, tokens, t, terminator, next, cased)
    } else {
      boundary =
        tokens.dateCut[next] === 1 ||
        (tokens.lineStart[next] === 1 && !runsOn(text, tokens, last, next, cased))
    }
    // Degenerate input ("A. B. C. …" over a megabyte) must not make one runaway sentence.
    if (boundary || (tokens.ends[last] ?? 0) - (tokens.starts[first] ?? 0) >= MAX_SENTENCE_CHARS) {
      close(last)
    }
    t = last + 1
  }
}

/** `- `, `* `, `• `, `1. `, `12) `, `a) `, `(3) ` at the start of a line. */
function isListMarker(text: string, start: number, end: number): boolean {
  const length = end - start
  if (length === 1) return BULLETS.has(text.charAt(start))
  if (length > 5) return false
  let i = start
  if (text.charAt(i) === '(') i++
  const last = text.charAt(end - 1)
  if (last !== '.' && last !== ')') return false
  const bodyEnd = end - 1
  if (bodyEnd - i === 1 && isLetterAt(text, i) && last === ')') return true
  if (bodyEnd <= i) return false
  for (let j = i; j < bodyEnd; j++) if (!isDigitCode(text.charCodeAt(j))) return false
  return true
}

/** Reads (into `out`) a terminator at the end of a token: `word.`, `word?!`, `word...`, `word."`, `word.)`. */
function readTerminator(
  text: string,
  start: number,
  end: number,
  out: Terminator,
): Terminator | undefined {
  let i = end
  while (i > start && isCloser(text.charCodeAt(i - 1))) i--
  const closed = i < end
  const runEnd = i
  let periods = 0
  let strong = false
  let ellipsis = false
  while (i > start) {
    const ch = text.charAt(i - 1)
    if (ch === '.') periods++
    else if (ch === '!' || ch === '?' || ch === '‽') strong = true
    else if (ch === '…') ellipsis = true
    else break
    i--
  }
  if (i === runEnd) return undefined
  const kind: TerminatorKind = strong ? 'strong' : ellipsis || periods > 1 ? 'ellipsis' : 'period'
  let wordStart = start
  while (wordStart < i && isOpener(text.charCodeAt(wordStart))) wordStart++
  out.kind = kind
  out.wordStart = wordStart
  out.wordEnd = i
  out.closed = closed
  return out
}

/** A token made only of closing marks (`''`, `”`, `)`) or of terminators (`!`, `.`) is absorbed. */
function standaloneKind(
  text: string,
  start: number,
  end: number,
): 'closer' | 'terminator' | 'none' {
  if (end - start > 3) return 'none'
  let closers = 0
  let terminators = 0
  for (let i = start; i < end; i++) {
    const ch = text.charAt(i)
    if (ch === '"') return 'none'
    if (isCloser(ch.charCodeAt(0))) closers++
    else if (ch === '.' || ch === '!' || ch === '?' || ch === '…') terminators++
    else return 'none'
  }
  if (closers > 0 && terminators === 0) return 'closer'
  return closers === 0 ? 'terminator' : 'none'
}

/** Lower-cased token without leading openers or trailing punctuation, bounded in length. */
function bareWord(text: string, start: number, end: number): string {
  let i = start
  while (i < end && isOpener(text.charCodeAt(i))) i++
  let j = end
  while (j > i && !isLetterAt(text, j - 1) && !isDigitCode(text.charCodeAt(j - 1))) j--
  if (j - i > MAX_LOOKUP_LENGTH) return ''
  return text.slice(i, j).toLowerCase()
}

/** Index of the first character after leading openers, or -1 when the token is only openers. */
function firstContentIndex(text: string, start: number, end: number): number {
  let i = start
  while (i < end && isOpener(text.charCodeAt(i))) i++
  return i < end ? i : -1
}

function isDottedAbbreviation(word: string): boolean {
  // u.s, a.m, ph.d, d.c: single letters or two-letter chunks joined by dots
  if (word.indexOf('.') < 0) return false
  for (const part of word.split('.')) {
    if (part.length === 0 || part.length > 2) return false
    for (let i = 0; i < part.length; i++) if (!isLetterAt(part, i)) return false
  }
  return true
}

function endsSentence(
  text: string,
  tokens: Tokens,
  current: number,
  terminator: Terminator,
  next: number,
  cased: boolean,
): boolean {
  const nextStart = tokens.starts[next] ?? 0
  const nextEnd = tokens.ends[next] ?? 0
  const content = firstContentIndex(text, nextStart, nextEnd)
  if (cased && content >= 0 && isLowerAt(text, content)) return false
  const opensWithQuote = content !== nextStart

  switch (terminator.kind) {
    case 'strong': {
      if (!terminator.closed) return true
      // A speech verb within the next three words keeps the quote in its sentence.
      for (let k = next; k < Math.min(next + SPEECH_VERB_WINDOW, tokens.count); k++) {
        if (SPEECH_VERBS.has(bareWord(text, tokens.starts[k] ?? 0, tokens.ends[k] ?? 0)))
          return false
      }
      return true
    }
    case 'ellipsis':
      return cased
        ? opensWithQuote || (content >= 0 && isUpperAt(text, content))
        : opensSentence(text, nextStart, nextEnd, content, cased)
    case 'period':
      break
  }

  const { wordStart, wordEnd } = terminator
  const nextDigit = content >= 0 && isDigitCode(text.charCodeAt(content))
  if (wordEnd === wordStart) {
    // A lone `.` token: PTB text splits "Gov." into "gov ." before a name.
    const previous =
      current > 0
        ? bareWord(text, tokens.starts[current - 1] ?? 0, tokens.ends[current - 1] ?? 0)
        : ''
    return (
      terminator.closed ||
      !TITLES.has(previous) ||
      opensSentence(text, nextStart, nextEnd, content, cased)
    )
  }
  if (terminator.closed) return true
  // An initial (`F.`): checked before any string is built, as runs of initials can be long.
  if (wordEnd - wordStart === 1 && isLetterAt(text, wordStart)) {
    if (isInitialToken(text, nextStart, nextEnd)) return false
    return opensSentence(text, nextStart, nextEnd, content, cased)
  }
  if (wordEnd - wordStart > MAX_LOOKUP_LENGTH) return true
  const word = text.slice(wordStart, wordEnd).toLowerCase()
  if (TITLES.has(word)) return false
  if (NUMBER_ABBREVIATIONS.has(word)) return !nextDigit
  if (MONTHS.has(word)) return !nextDigit && opensSentence(text, nextStart, nextEnd, content, cased)
  // A month glued to a credit before it ("Associated PressAug. 16"): the date runs on.
  if (nextDigit && endsInFusedMonth(text, wordStart, wordEnd)) return false
  if (AMBIGUOUS_ABBREVIATIONS.has(word) || isDottedAbbreviation(word)) {
    if (word === 'etc' && cased) {
      return opensWithQuote || nextDigit || (content >= 0 && isUpperAt(text, content))
    }
    return opensSentence(text, nextStart, nextEnd, content, cased)
  }
  return true
}

/**
 * Whether the token after an ambiguous abbreviation opens a sentence: an opening quote, or (in
 * cased text) a capitalised sentence opener, or (in lower-cased text) a narrow set of openers.
 */
function opensSentence(
  text: string,
  start: number,
  end: number,
  content: number,
  cased: boolean,
): boolean {
  if (cased) {
    // "Showa Denko K.K. (SDK) is…": a bracketed acronym names what the abbreviation ended.
    if (text.charAt(start) === '(' && isBracketedAcronym(text, start, end)) return false
    if (content !== start) return true
    return (
      content >= 0 && isUpperAt(text, content) && SENTENCE_OPENERS.has(bareWord(text, start, end))
    )
  }
  return UNCASED_SENTENCE_OPENERS.has(bareWord(text, start, end))
}

/** A capitalised month abbreviation glued to a lower-case letter: "PressAug", "TimesSept". */
function endsInFusedMonth(text: string, wordStart: number, wordEnd: number): boolean {
  for (const length of [3, 4]) {
    const start = wordEnd - length
    if (start - 1 < wordStart || !isUpperAt(text, start) || !isLowerAt(text, start - 1)) continue
    if (MONTHS.has(text.slice(start, wordEnd).toLowerCase())) return true
  }
  return false
}

/** "(SDK)", "(WHO)," : capitals (and digits) in brackets, as a name's short form is given. */
function isBracketedAcronym(text: string, start: number, end: number): boolean {
  let i = start + 1
  while (i < end && (isUpperAt(text, i) || isDigitCode(text.charCodeAt(i)))) i++
  return i - start >= 3 && text.charAt(i) === ')'
}

function isInitialToken(text: string, start: number, end: number): boolean {
  return end - start === 2 && isLetterAt(text, start) && text.charAt(start + 1) === '.'
}

/** Whether the line ending at token `last` runs on into the line starting at token `next`. */
function runsOn(text: string, tokens: Tokens, last: number, next: number, cased: boolean): boolean {
  const nextStart = tokens.starts[next] ?? 0
  const nextEnd = tokens.ends[next] ?? 0
  if (isListMarker(text, nextStart, nextEnd)) return false
  const content = firstContentIndex(text, nextStart, nextEnd)
  if (cased && content >= 0 && isLowerAt(text, content)) return true
  const lastEnd = tokens.ends[last] ?? 0
  const lastChar = text.charAt(lastEnd - 1)
  if (',;:-–—(&/'.includes(lastChar)) return true
  return RUN_ON_WORDS.has(bareWord(text, tokens.starts[last] ?? 0, lastEnd))
}
