/**
 * Key quotes: every direct quote of an article, who said it, and which ones matter. Find (quote
 * marks), then parse (names, cue and speaker, resolution), then shape (kind, score, options).
 *
 * A quote running over several paragraphs (each paragraph opens with a mark, only the last one
 * closes) is returned as one quote per paragraph, so that `text.slice(start, end)` stays exact;
 * its pieces share the speaker, and their ids share the first piece's id: `q3`, `q3.2`, `q3.3`.
 * Single-quoted speech nested in a double quote is found too and returned on request
 * (`nested: true`), with `parent` set to the id of the quote around it. Quoted terms (titles,
 * nicknames, unattributed scare quotes) are left out unless `terms: true`.
 *
 * A speaker's `name` is who the speaker is, resolved ("he" becomes "Jane Doe"); `start`/`end` are
 * the mention that names them in the text. A pronoun that resolves to no one keeps its span and is
 * flagged `resolved: false` (its `name` is then only the pronoun and should not be shown as a
 * name). It is not dropped to `speaker: null`: the span still points at the right source more often
 * than not (on PolNeAR dev, nulling these speakers lowered speaker accuracy from 0.8973 to 0.8758),
 * and a caller can still tell "someone unnamed said it" from "nobody is credited". Such quotes rank
 * below quotes with a named speaker.
 *
 * @example
 * findQuotes('“We will win,” Jane Doe, a senator, said.')
 * // [{ id: 'q1', text: 'We will win,', kind: 'full', speaker: { name: 'Jane Doe',
 * //    role: 'a senator', anonymous: false, resolved: true, start: 15, end: 23 }, … }]
 */
import type { Paragraph, Sentence } from '../types'
import { splitText } from '../text/sentences'
import { flagAnonymous } from './anonymity'
import { attributeQuotes } from './attribute'
import { quoteKind, standsAlone, type QuoteKind } from './kind'
import { withBlockQuotes } from './block-quotes'
import { withEmbeddedPosts } from './embedded'
import { contextOf } from './clause'
import { describedSpeakers, type Described } from './described'
import { splitGlued } from './glued'
import { findQuoteSpans, type QuoteSpan } from './marks'
import { findNames } from './mentions'
import { joinOrganisationNames } from './org-names'
import { isKeyQuote, pickVaried, quoteScore, type KeyInput } from './rank'
import { isQuotedName, isStageDirection, isTitleCased } from './terms'
import { resolveSpeakers, type Speaker } from './resolve'
import type { Attribution } from './clause'
import { quoteEnd, tokenize } from './tokens'
import { utteranceHeads } from './utterances'
import { isLetterOrDigitUnit } from '../text/chars'

export type { QuoteKind } from './kind'
export type { Speaker } from './resolve'

export interface Quote {
  id: string
  text: string
  start: number
  end: number
  kind: QuoteKind
  speaker: Speaker | null
  cue: { text: string; start: number; end: number } | null
  paragraph: number
  score: number
  /** Id of the enclosing quote, for single-quoted speech nested inside a double quote. */
  parent?: string
  /**
   * Every part of an utterance split around its attribution or over paragraphs ("“We will,” she
   * said, “win.”"), in text order, the first being `text`/`start`/`end`; absent for one part.
   */
  parts?: QuotePart[]
}

export interface QuotePart {
  text: string
  start: number
  end: number
}

export type QuoteOptions = {
  /**
   * Most quotes returned, best first (default 5; `Infinity` for all). A finite limit asks for
   * key quotes: only quotes with a speaker, and no word or short phrase quoted inside the writer's
   * sentence (see `isKeyQuote`); `Infinity` lists every quoted passage.
   */
  limit?: number
  /** Only quotes of this kind. */
  kind?: QuoteKind
  /** Only quotes of at least this many words (default 1). */
  minWords?: number
  /** Include single-quoted speech nested in other quotes, with `parent` set (default false). */
  nested?: boolean
  /**
   * Include quoted terms, as kind `scare` (default false): titles and nicknames (CNN's “State of
   * the Union”, Robert “Bobby” Scott), and phrases quoted inside the writer's sentence with no
   * speaker (at most three words: the “sex tape” reference), or title-cased with no speech cue of
   * their own (a slogan: the “Save Our Hall” plan). They are nobody's statement.
   */
  terms?: boolean
  /**
   * Join the parts of an utterance into one quote with `parts` (default true); false returns
   * each part as a quote of its own, the later ones with ids `q3.2`, `q3.3`.
   */
  join?: boolean
}

export interface SplitDocument {
  text: string
  paragraphs: readonly Paragraph[]
  sentences: readonly Sentence[]
}

const DEFAULT_LIMIT = 5
/** Longest partial quote without a cue of its own taken for a scare-quoted term. */
const TERM_MAX_WORDS = 3
/** Words are maximal runs of letters or digits. */
function countWords(words: string): number {
  let n = 0
  let inWord = false
  for (let i = 0; i < words.length; i++) {
    const code = words.charCodeAt(i)
    const wordy =
      (code >= 48 && code <= 57) ||
      (code >= 65 && code <= 90) ||
      (code >= 97 && code <= 122) ||
      (code > 127 && isLetterOrDigitUnit(code))
    if (wordy && !inWord) n++
    inWord = wordy
  }
  return n
}

/** A passive auxiliary right before a cue: "was accused of", "were told". */
const PASSIVE = /(?:^|\s)(?:was|were|is|are|be|been|being)\s+$/

/**
 * Whether a quote's cue is a passive one ("was accused of “igniting” the dispute"): it names who
 * was spoken of, not who spoke, so the quote has no cue of its own.
 */
function passiveCue(text: string, attribution: Attribution | null): boolean {
  if (!attribution) return false
  const { start, end } = attribution.cue
  // "is telling a group that the army is “depleted”" is progressive, and active.
  return (
    !text.slice(start, end).endsWith('ing') &&
    PASSIVE.test(text.slice(Math.max(0, start - 8), start))
  )
}

/** Every quote of an already split document, scored, in text order (no options applied). */
interface Candidate {
  quote: Quote
  /** A quoted term rather than a statement (see `QuoteOptions.terms`). */
  term: boolean
  /** Index of the first part of the quote's utterance (its own index when it opens one). */
  head: number
}

function allQuotes(doc: SplitDocument, keepNames: boolean): Candidate[] {
  const { text, paragraphs } = doc
  const marked = withEmbeddedPosts(text, paragraphs, findQuoteSpans(text, paragraphs))
  const found = withBlockQuotes(text, paragraphs, marked)
  const named = found.map((span) => span.parent < 0 && isQuotedName(text, span))
  // A stage direction ("(CROSSTALK.)") is nobody's words, not even a term.
  const dropped = named.map(
    (name, i) => (!keepNames && name) || isStageDirection(text, found[i] as QuoteSpan),
  )
  const gone = (span: QuoteSpan, i: number): boolean =>
    dropped[i] === true || (span.parent >= 0 && dropped[span.parent] === true)
  // Re-point nested quotes at their parent's index among the kept spans.
  const newIndex: number[] = []
  let next = 0
  found.forEach((span, i) => newIndex.push(gone(span, i) ? -1 : next++))
  const keptNamed = named.filter((_, i) => !gone(found[i] as QuoteSpan, i))
  const spans = found
    .filter((span, i) => !gone(span, i))
    .map((span) => (span.parent >= 0 ? { ...span, parent: newIndex[span.parent] ?? -1 } : span))
  if (spans.length === 0) return []
  const sentences = splitGlued(text, doc.sentences, spans)
  const tokens = tokenize(text, spans, sentences)
  // A quoted name left out ("a booklet titled “The Wit of Ann Lee”") names nobody who speaks.
  const titles = found.filter((_, i) => dropped[i] === true)
  let title = 0
  const names = joinOrganisationNames(text, tokens, findNames(text, tokens)).filter((name) => {
    while (title < titles.length && quoteEnd(titles[title]) < name.end) title++
    const t = titles[title]
    return !(t && t.open < name.start && name.end <= quoteEnd(t))
  })
  const attributions = attributeQuotes(text, spans, tokens, names, sentences, paragraphs)
  // A walk over every token, which only a pronoun speaker needs.
  let described: Described[] | undefined
  const descriptions = () => (described ??= describedSpeakers(contextOf(text, tokens, names)))
  const speakers = flagAnonymous(
    text,
    resolveSpeakers(text, attributions, tokens, names, descriptions),
    sentences,
  )
  const heads = utteranceHeads(text, spans, attributions)

  // Parts of one utterance share its id: q3, q3.2, q3.3.
  const ids: string[] = []
  const partCounts = new Map<number, number>()
  let counter = 0
  spans.forEach((_, i) => {
    const head = heads[i] ?? i
    if (head === i) {
      ids.push(`q${++counter}`)
      return
    }
    const part = (partCounts.get(head) ?? 1) + 1
    partCounts.set(head, part)
    ids.push(`${ids[head] ?? ''}.${part}`)
  })

  const perSpeaker = new Map<string, number>()
  for (const speaker of speakers) {
    if (speaker) perSpeaker.set(speaker.name, (perSpeaker.get(speaker.name) ?? 0) + 1)
  }
  const maxSpeakerQuotes = Math.max(0, ...perSpeaker.values())
  let sentence = 0
  const candidates = spans.map((span, i): Candidate => {
    while (sentence + 1 < sentences.length && (sentences[sentence + 1]?.start ?? 0) <= span.open) {
      sentence++
    }
    const sentenceStart = sentences[sentence]?.start ?? 0
    const words = text.slice(span.start, span.end)
    const kind = quoteKind(text, span, sentenceStart)
    const speaker = speakers[i] ?? null
    const attribution = attributions[i] ?? null
    const wordCount = countWords(words)
    const score = quoteScore({
      words: wordCount,
      kind,
      titleLike: kind === 'partial' && isTitleCased(words),
      nested: span.parent >= 0,
      speaker: !speaker
        ? 'none'
        : speaker.anonymous
          ? 'anonymous'
          : !speaker.resolved
            ? 'unresolved'
            : 'named',
      speakerQuotes: speaker ? (perSpeaker.get(speaker.name) ?? 0) : 0,
      maxSpeakerQuotes,
      paragraph: span.paragraph,
      paragraphs: paragraphs.length,
    })
    const quote: Quote = {
      id: ids[i] ?? `q${i + 1}`,
      text: words,
      start: span.start,
      end: span.end,
      kind,
      speaker: speaker ? { ...speaker } : null,
      cue:
        attribution && attribution.cue.end > attribution.cue.start
          ? {
              text: text.slice(attribution.cue.start, attribution.cue.end),
              start: attribution.cue.start,
              end: attribution.cue.end,
            }
          : null,
      paragraph: span.paragraph,
      score,
    }
    const parentId = span.parent >= 0 ? ids[span.parent] : undefined
    if (parentId !== undefined) quote.parent = parentId
    // A quoted name or title (kept only on request), a short phrase nobody is credited with, or a
    // title-cased one (a slogan, a name) with no speech cue of its own: a phrase carried over from
    // the paragraph's speaker is often theirs. A single word with no cue next to it is a statement
    // only when it stands alone.
    const uncued = !speaker || attribution?.carried === true
    const term =
      keptNamed[i] === true ||
      (wordCount === 1 &&
        (uncued || passiveCue(text, attribution)) &&
        !standsAlone(text, span, sentenceStart)) ||
      (span.parent < 0 &&
        kind === 'partial' &&
        ((!speaker && wordCount <= TERM_MAX_WORDS) || (uncued && isTitleCased(words))))
    return { quote, term, head: heads[i] ?? i }
  })
  // A quote nested in a term is a term too.
  return candidates.map((c, i) => {
    const parent = spans[i]?.parent ?? -1
    return parent >= 0 && candidates[parent]?.term === true ? { ...c, term: true } : c
  })
}

/**
 * Folds the later parts of each utterance into its first: one quote whose `parts` lists every
 * part, scored by its best part. `text`, `start` and `end` stay those of the first part.
 */
function joinParts(candidates: readonly Candidate[]): Candidate[] {
  const parts = new Map<number, QuotePart[]>()
  const best = new Map<number, number>()
  candidates.forEach((c, i) => {
    if (c.head === i) return
    const list = parts.get(c.head) ?? []
    list.push({ text: c.quote.text, start: c.quote.start, end: c.quote.end })
    parts.set(c.head, list)
    best.set(c.head, Math.max(best.get(c.head) ?? 0, c.quote.score))
  })
  const joined: Candidate[] = []
  candidates.forEach((c, i) => {
    if (c.head !== i) return
    const rest = parts.get(i)
    if (!rest) {
      joined.push(c)
      return
    }
    const { text, start, end } = c.quote
    const quote: Quote = {
      ...c.quote,
      parts: [{ text, start, end }, ...rest],
      score: Math.max(c.quote.score, best.get(i) ?? 0),
    }
    joined.push({ quote, term: false, head: i })
  })
  return joined
}

/**
 * The key quotes of a document that is already split into paragraphs and sentences (so a combined
 * analysis splits once). Best first; ties keep text order.
 */
export function findQuotesInDocument(doc: SplitDocument, options: QuoteOptions = {}): Quote[] {
  return readQuotesInDocument(doc, options).quotes
}

/** The key quotes of a document, and the speaker of each of its statements. */
export interface QuoteReading {
  quotes: Quote[]
  /**
   * The named speaker of every statement, key or not, in text order (quoted terms, anonymous and
   * unresolved speakers left out): who speaks in the story, which the entity ranking reads.
   */
  speakers: Speaker[]
}

/** As {@link findQuotesInDocument}, with the speakers of all statements from the same reading. */
export function readQuotesInDocument(doc: SplitDocument, options: QuoteOptions = {}): QuoteReading {
  const terms = options.terms === true || options.kind === 'scare'
  const found = allQuotes(doc, terms)
  const speakers: Speaker[] = []
  for (const { quote, term } of found) {
    const speaker = quote.speaker
    if (!term && speaker?.resolved === true && !speaker.anonymous) speakers.push(speaker)
  }
  return { quotes: pickQuotes(found, options, terms), speakers }
}

function pickQuotes(found: readonly Candidate[], options: QuoteOptions, terms: boolean): Quote[] {
  const limit = options.limit ?? DEFAULT_LIMIT
  const minWords = options.minWords ?? 1
  const kept = (options.join === false ? found : joinParts(found))
    .filter((c) => terms || !c.term)
    .map((c) => (c.term ? { ...c.quote, kind: 'scare' as const } : c.quote))
    .filter(
      (q) =>
        (options.kind === undefined || q.kind === options.kind) &&
        (options.nested === true || q.parent === undefined) &&
        (minWords <= 1 || countWords(q.text) >= minWords),
    )
  kept.sort((a, b) => b.score - a.score || a.start - b.start)
  if (limit === Infinity) return kept
  // Quoted terms asked for by name stay in; statements must be key quotes.
  // Words as written: a hyphenated compound ("un-angry") is one word of a short phrase.
  const keyInput = (q: Quote): KeyInput => ({
    words: q.text.trim().split(/\s+/).length,
    kind: q.kind,
    closesSentence: /[.?!\u2026]["'\u201d\u2019)\]]*\s*$/u.test(q.parts?.at(-1)?.text ?? q.text),
    speaker: q.speaker?.resolved === true,
  })
  // A short phrase that closes a sentence ("a deal with the devil.") is a key quote only when the
  // text offers no whole utterance.
  const strict = kept.filter((q) => q.kind !== 'scare' && isKeyQuote(keyInput(q)))
  const lenient =
    strict.length > 0 ? [] : kept.filter((q) => q.kind !== 'scare' && isKeyQuote(keyInput(q), true))
  const key = [...kept.filter((q) => q.kind === 'scare'), ...strict, ...lenient].sort(
    (a, b) => b.score - a.score || a.start - b.start,
  )
  // Whole utterances take the key slots first: a phrase quoted inside the writer's sentence ("the
  // attack was “also aimed at …”") only fills slots that no whole utterance claims, or that a voice
  // already holding its share of the slots may not take.
  return pickVaried(key, Math.max(0, Math.floor(limit)), (q) => (q.kind === 'partial' ? 1 : 0))
}

/** The key quotes of a text: splits it, then {@link findQuotesInDocument}. */
export function findQuotes(text: string, options: QuoteOptions = {}): Quote[] {
  if (typeof text !== 'string' || text.length === 0) return []
  return findQuotesInDocument(splitText(text), options)
}
