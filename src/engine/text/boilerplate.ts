/**
 * Boilerplate detection: page furniture that scrapers leave in article text (calls to action,
 * bylines, photo credits, copyright lines, section labels, time stamps) and that must never be
 * offered as a summary sentence, a quote or an entity mention.
 *
 * Method: line-level shape rules in the spirit of boilerplate removal by shallow text features
 * (Kohlschütter, Fankhauser & Nejdl 2010, "Boilerplate detection using shallow text features"):
 * furniture is short, rarely ends in sentence punctuation, and is built from a small vocabulary of
 * interface words (share, subscribe, newsletter, comments) or credit and byline patterns. A unit is
 * only called boilerplate when its shape and its vocabulary agree, so a real sentence that merely
 * starts with an imperative ("Read more books, she said.") or a short headline-like sentence stays.
 * Units that sit at the edges of the article (first or last paragraphs) are judged a little more
 * leniently, as furniture clusters there. A photo caption is told by its neighbour: a short unit
 * right next to a photo credit in the same paragraph ("Children line up for cards. (Photo: Jane
 * Doe)"), or a one-sentence paragraph right before a credit paragraph, is the caption of that
 * photo unless it reads like reported news (a verb of reporting, a quote, a dateline).
 */
import { isLetterAt } from './chars'
import { tokenizeWords } from './words'
import type { SplitText } from './sentences'

export type BoilerplateKind =
  'call-to-action' | 'byline' | 'credit' | 'caption' | 'copyright' | 'label' | 'timestamp'

export interface BoilerplateMarks {
  /** Per sentence (by index): the kind of boilerplate, or null for article text. */
  sentences: (BoilerplateKind | null)[]
  /** Per paragraph: true when every sentence in it is boilerplate. */
  paragraphs: boolean[]
}

/** Longest unit (in words) that can be furniture at all. */
const MAX_BOILERPLATE_WORDS = 30
/** Units longer than this many characters are prose without looking further (30 long words). */
const MAX_BOILERPLATE_CHARS = 400
/** How far into a unit its first word is looked for. */
const HEAD_CHARS = 40
/** Marks skipped before the first word of a unit. */
const LEADING_MARKS = new Set([' ', '\t', '(', '[', '"', "'", '“', '‘'])

/** Longest unit, in characters, that can be a label made of interface words. */
const MAX_LABEL_CHARS = 80
/** Longest call to action; longer units starting with "read" or "join" are prose. */
const MAX_CALL_TO_ACTION_WORDS = 16
/** A call to action this short needs no missing final punctuation to be recognised. */
const SHORT_CALL_TO_ACTION_WORDS = 8
/** Longest byline ("By Jane Doe and John Roe, Reuters"). */
const MAX_BYLINE_WORDS = 10
/** Longest unit made only of interface words ("More on this story", "You may also like"). */
const MAX_LABEL_WORDS = 6
/** Longest unit at an article edge that is dropped for starting with a call-to-action verb. */
const MAX_EDGE_CALL_WORDS = 6
/** How many paragraphs at each end of the article count as its edges. */
const EDGE_PARAGRAPHS = 2

/** Imperative verbs addressed to the reader of a web page. */
const CALL_VERBS: ReadonlySet<string> = new Set(
  (
    'read share sign subscribe follow click tap download leave watch listen join like ' +
    'comment register log email print tweet continue skip see view get visit check discover ' +
    'explore support donate install save bookmark send contact scroll swipe play'
  ).split(' '),
)

/** Words naming the page, the site or its channels: what a call to action points the reader at. */
const PAGE_TARGETS: ReadonlySet<string> = new Set(
  (
    'here newsletter newsletters article articles story stories comment comments us our app ' +
    'link page site website facebook twitter instagram youtube tiktok linkedin whatsapp ' +
    'telegram inbox updates alerts podcast podcasts gallery subscription subscriber ' +
    'subscribers feed rss reply below above full login account'
  ).split(' '),
)

/** Interface words: a short unit made only of these is a section label or a share bar. */
const INTERFACE_WORDS: ReadonlySet<string> = new Set(
  (
    'advertisement advert ad ads sponsored content related articles article stories story ' +
    'more on this top trending comments comment share tweet email print image images media ' +
    'caption copyright topics tags newsletter subscribe menu skip to main home next previous ' +
    'back video videos photo photos gallery loading most read popular latest news ' +
    'recommended you may also like see all facebook twitter whatsapp linkedin pinterest ' +
    'reddit messenger instagram x sms link copy save for later in from around the web up ' +
    'sign leave a reply follow us and or close open toggle navigation search login log ' +
    'register listen watch now live updates full coverage show hide playing continue ' +
    "reading below editor picks editor's"
  ).split(' '),
)

/** Words that open a credit line when followed by `:`, `by`, `/` or `©`. */
const CREDIT_HEADS: ReadonlySet<string> = new Set(
  (
    'photo photos photograph photographs picture pictures image images illustration graphic ' +
    'graphics video credit credits source caption footage pic pics artwork map chart'
  ).split(' '),
)

/** Words that open a contributor line: "Reporting by …", "Editing by …". */
const CONTRIBUTOR_HEADS: ReadonlySet<string> = new Set(
  (
    'reporting editing writing written compiled produced edited additional photography ' +
    'photographs photos interview translated translation research'
  ).split(' '),
)

/** Lower-case words allowed inside a byline name list. */
const BYLINE_PARTICLES: ReadonlySet<string> = new Set(
  (
    'and de van von der den la le du da di al bin in for at staff reporter correspondent ' +
    'editor writer'
  ).split(' '),
)

const TIMESTAMP_HEADS: ReadonlySet<string> = new Set(['published', 'updated', 'posted', 'modified'])

/** Agencies that sign photo credits ("Jane Doe/Reuters"). */
const AGENCIES: ReadonlySet<string> = new Set(
  (
    'reuters ap afp getty epa pa shutterstock alamy bloomberg xinhua efe ansa dpa anadolu ' +
    'sipa rex corbis istock nurphoto zuma upi'
  ).split(' '),
)

/** Longest caption, in words; longer units next to a credit are taken for prose. */
const MAX_CAPTION_WORDS = 30

/** Verbs and phrases of reporting: a unit holding one is news text, not a caption. */
const REPORTING_WORDS: ReadonlySet<string> = new Set(
  (
    'said says say told tells according announced announces reported reports added adds ' +
    'stated states explained explains wrote writes asked asks confirmed confirms warned warns ' +
    'claimed claims argued argues insisted insists noted notes'
  ).split(' '),
)

/** Words that make a credit the credit of a picture (agencies sign pictures too). */
const PHOTO_WORDS: ReadonlySet<string> = new Set([
  ...'photo photos photograph photographs picture pictures image images pic pics'.split(' '),
  ...'photographer illustration getty shutterstock alamy'.split(' '),
])

/** A dateline opens a lead: "CEDAR RAPIDS, Iowa -", "LONDON (Reuters) -", "PARIS —". */
const DATELINE = /^\p{Lu}[\p{Lu}.' -]{2,40}(?:,|\s*\(|\s+[-–—])/u

const SENTENCE_FINAL = new Set(['.', '!', '?', '…', '"', '”', '’', "'", ')'])
const QUOTE_MARKS = /["“”«»]|(?:^|\s)['‘]|``|''/

interface Unit {
  raw: string
  words: string[]
  /** Words as written, to test capitalisation. */
  written: string[]
  finalPunctuation: boolean
}

function readUnit(raw: string): Unit {
  const trimmed = raw.trim()
  const written = tokenizeWords(trimmed).map((w) => w.text)
  return {
    raw: trimmed,
    words: written.map((w) => w.toLowerCase()),
    written,
    finalPunctuation: SENTENCE_FINAL.has(trimmed.charAt(trimmed.length - 1)),
  }
}

function isCapitalised(word: string): boolean {
  const first = word.charAt(0)
  return first !== first.toLowerCase() || (first >= '0' && first <= '9')
}

function isCallToAction(unit: Unit): boolean {
  const { words } = unit
  const verb = words[0]
  if (verb === undefined || !CALL_VERBS.has(verb)) return false
  if (words.length > MAX_CALL_TO_ACTION_WORDS || QUOTE_MARKS.test(unit.raw)) return false
  if (unit.finalPunctuation && words.length > SHORT_CALL_TO_ACTION_WORDS) return false
  // "Read more" and "Read more: <headline>" point at the page; "Read more books" does not.
  if (words[1] === 'more') {
    const afterMore = unit.raw.slice(unit.raw.toLowerCase().indexOf('more') + 4).trimStart()
    if (words.length === 2 || afterMore.startsWith(':') || afterMore.startsWith('»')) return true
  }
  return words.slice(1).some((w) => PAGE_TARGETS.has(w))
}

function isByline(unit: Unit): boolean {
  const { words, written } = unit
  if (words.length < 2) return false
  if (words[0] === 'by') {
    if (words.length > MAX_BYLINE_WORDS || unit.raw.endsWith('?')) return false
    return written
      .slice(1)
      .every((w, i) => isCapitalised(w) || BYLINE_PARTICLES.has(words[i + 1] ?? ''))
  }
  const byAt = words.indexOf('by')
  return (
    byAt > 0 &&
    byAt <= 2 &&
    CONTRIBUTOR_HEADS.has(words[0] ?? '') &&
    words.length <= MAX_BOILERPLATE_WORDS &&
    written.slice(byAt + 1, byAt + 2).every(isCapitalised)
  )
}

function isCredit(unit: Unit): boolean {
  const raw = unit.raw.replace(/^[([]\s*/, '')
  const head = unit.words[0]
  if (head !== undefined && CREDIT_HEADS.has(head) && unit.words.length <= MAX_BOILERPLATE_WORDS) {
    const rest = raw.slice(raw.toLowerCase().indexOf(head) + head.length).trimStart()
    if (/^(?:s\b)?\s*(?::|by\b|credit\b|courtesy\b|©|\/|\||-\s)/i.test(rest)) return true
  }
  if (unit.words.length > MAX_BYLINE_WORDS + 2) return false
  // "Jane Doe/Reuters", "AP Photo/Jane Doe", "(Getty Images)"
  const slash =
    raw.includes('/') && /(?:^|[\s(])([\p{L}.' ]{1,40})\/([\p{L}.' ]{1,40})(?:[\s)]|$)/u.test(raw)
  if (slash && unit.words.some((w) => AGENCIES.has(w))) return true
  return /^\(?\s*(?:getty images|ap photo|reuters|afp|epa|pa media|shutterstock)\b[^.!?]*\)?$/i.test(
    unit.raw,
  )
}

function isCopyright(unit: Unit): boolean {
  if (unit.words.length > MAX_BOILERPLATE_WORDS) return false
  // "Copyright 2024 …", "Copyright © …", "Copyright Acme": not "Copyright law is changing".
  return (
    /^(?:©|\([cC]\)\s|[Cc]opyright\s*(?:©|\([cC]\)|\d{4}|[Bb]y\b|\p{Lu}))/u.test(unit.raw) ||
    /\ball rights reserved\b/i.test(unit.raw)
  )
}

function isLabel(unit: Unit): boolean {
  const { words } = unit
  if (words.length === 0 || words.length > MAX_LABEL_WORDS) return false
  if (/[.!?]$/.test(unit.raw) && words.length > 1) return false
  return words.every((w) => INTERFACE_WORDS.has(w))
}

function isTimestamp(unit: Unit): boolean {
  const head = unit.words[0] === 'last' || unit.words[0] === 'first' ? unit.words[1] : unit.words[0]
  if (head === undefined || !TIMESTAMP_HEADS.has(head)) return false
  if (unit.words.length > MAX_BYLINE_WORDS + 5) return false
  return /^(?:last |first )?\w+\s*(?::|on\b|at\b|\d)/i.test(unit.raw)
}

/**
 * The kind of boilerplate a single line or sentence is, judged on its own; `null` for prose.
 *
 * @example
 * boilerplateKind('Sign up for our newsletter') // 'call-to-action'
 * boilerplateKind('Read more books, she said.') // null
 */
export function boilerplateKind(text: string): BoilerplateKind | null {
  if (text.length > MAX_BOILERPLATE_CHARS) return null
  return kindOf(text, headWord(text))
}

/** `boilerplateKind` with the unit's head word already read. */
function kindOf(text: string, head: string): BoilerplateKind | null {
  if (!mayBeBoilerplate(text, head)) return null
  const unit = readUnit(text)
  if (unit.words.length === 0) return unit.raw.length > 0 ? 'label' : null
  if (isCopyright(unit)) return 'copyright'
  if (isCredit(unit)) return 'credit'
  if (isTimestamp(unit)) return 'timestamp'
  if (isByline(unit)) return 'byline'
  if (isCallToAction(unit)) return 'call-to-action'
  if (isLabel(unit)) return 'label'
  return null
}

/** First word of a unit, lower-cased, after leading spaces, quotes and brackets ('' if none). */
function headWord(text: string): string {
  const limit = Math.min(text.length, HEAD_CHARS)
  let start = 0
  while (start < limit && LEADING_MARKS.has(text.charAt(start))) start++
  let end = start
  while (end < limit && isLetterAt(text, end)) end += (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1
  return text.slice(start, end).toLowerCase()
}

const RIGHTS_RESERVED = /rights reserved/i

/** Words that can open a boilerplate unit of some kind (labels aside). */
const HEAD_WORDS: ReadonlySet<string> = new Set([
  'by',
  'last',
  'first',
  'c',
  'copyright',
  ...CALL_VERBS,
  ...CREDIT_HEADS,
  ...CONTRIBUTOR_HEADS,
  ...TIMESTAMP_HEADS,
  ...AGENCIES,
])

/**
 * Cheap pre-test that lets almost every prose sentence through without tokenizing it: a unit can
 * only be boilerplate if it opens with a head word, carries a credit or copyright mark, is a short
 * unit opening with an interface word, or has no word at all ("* * *").
 */
function mayBeBoilerplate(text: string, head: string): boolean {
  if (head === '' || HEAD_WORDS.has(head)) return true
  if (text.includes('/') || text.includes('©') || RIGHTS_RESERVED.test(text)) return true
  return text.length <= MAX_LABEL_CHARS && INTERFACE_WORDS.has(head)
}

/** At the edges of an article a short, unpunctuated unit opening with a reader verb is furniture. */
function isEdgeCallToAction(text: string, head: string): boolean {
  if (text.length > MAX_BOILERPLATE_CHARS || !CALL_VERBS.has(head)) return false
  const unit = readUnit(text)
  const verb = unit.words[0]
  return (
    verb !== undefined &&
    CALL_VERBS.has(verb) &&
    unit.words.length <= MAX_EDGE_CALL_WORDS &&
    !unit.finalPunctuation &&
    !QUOTE_MARKS.test(unit.raw)
  )
}

/**
 * Marks the boilerplate sentences and paragraphs of a split text.
 *
 * @example
 * findBoilerplate(splitText('Talks resumed.\n\nShare this article')).sentences // [null, 'call-to-action']
 */
export function findBoilerplate(split: SplitText): BoilerplateMarks {
  const paragraphCount = split.paragraphs.length
  const sentences = split.sentences.map((sentence): BoilerplateKind | null => {
    const { text } = sentence
    if (text.length > MAX_BOILERPLATE_CHARS) return null
    const head = headWord(text)
    const kind = kindOf(text, head)
    if (kind !== null) return kind
    const atEdge =
      sentence.paragraph < EDGE_PARAGRAPHS || sentence.paragraph >= paragraphCount - EDGE_PARAGRAPHS
    return atEdge && isEdgeCallToAction(text, head) ? 'call-to-action' : null
  })
  markCaptions(split, sentences)
  const paragraphs = split.paragraphs.map(() => true)
  const seen = split.paragraphs.map(() => false)
  split.sentences.forEach((sentence, i) => {
    seen[sentence.paragraph] = true
    if (sentences[i] === null) paragraphs[sentence.paragraph] = false
  })
  return { sentences, paragraphs: paragraphs.map((all, i) => all && seen[i] === true) }
}

/**
 * Marks as captions the text units next to a photo credit: the sentence before or after it in the
 * same paragraph, or a one-sentence paragraph right before a paragraph of credits.
 */
function markCaptions(split: SplitText, kinds: (BoilerplateKind | null)[]): void {
  const { sentences } = split
  for (let i = 0; i < sentences.length; i++) {
    if (kinds[i] !== 'credit') continue
    const credit = sentences[i]
    if (credit === undefined || !isPhotoCredit(credit.text)) continue
    for (const j of [i - 1, i + 1]) {
      const neighbour = sentences[j]
      if (neighbour === undefined || kinds[j] !== null) continue
      const sameParagraph = neighbour.paragraph === credit.paragraph
      // A paragraph before the credit's, holding one sentence, when the credit opens its own.
      const paragraphBefore =
        j === i - 1 &&
        neighbour.paragraph === credit.paragraph - 1 &&
        sentences[j - 1]?.paragraph !== neighbour.paragraph
      if ((sameParagraph || paragraphBefore) && isCaption(neighbour.text)) kinds[j] = 'caption'
    }
  }
}

/** A credit for a picture, not for data ("Source: NHS") or a chart. */
function isPhotoCredit(text: string): boolean {
  return tokenizeWords(text).some((w) => PHOTO_WORDS.has(w.text.toLowerCase()))
}

/** Short, not reported speech, no quote, no dateline: reads as the description of a picture. */
function isCaption(text: string): boolean {
  if (text.length > MAX_BOILERPLATE_CHARS || QUOTE_MARKS.test(text) || DATELINE.test(text)) {
    return false
  }
  const unit = readUnit(text)
  return (
    unit.words.length > 0 &&
    unit.words.length <= MAX_CAPTION_WORDS &&
    !unit.words.some((w) => REPORTING_WORDS.has(w))
  )
}
