/**
 * Links each quote to the mention of its speaker and to its cue, with a deterministic sieve in the
 * manner of Muzny et al. (2017, "A Two-stage Sieve Approach for Quote Attribution") and the
 * cue-verb patterns of Pareti (2016): the most reliable patterns run first and a quote keeps the
 * first answer it gets.
 *
 * 1. A transcript label opens the quote (`"PENCE: Well, …`), or a dash signs it (`“…” ― Ann Lee`).
 * 2. Trailing cue: `“…,” X said`, `“…,” said X`, `“…,” X, a Y, said`, `“…,” according to X`.
 * 3. Leading cue right before the quote: `X said: “…”`, `X told reporters, “…”`.
 * 4. The first cue of the quote's sentence with a subject (the main clause): `X said that …
 *    “partial”`, or a speech noun's owner (`X's claim that “…”`); a participle or infinitive cue
 *    takes the name right before it (`footage of X asking, “…”`), the subject of the cue it
 *    continues (`X said, adding, “…”`) or the sentence's subject (`X left, calling it “…”`).
 *    Then cues after the quote in its sentence.
 * 5. The next sentence of the paragraph opens with an attribution (`“….” He said.`), or the
 *    sentence before ends with one (`…, Schiff said. “…”`) or has a cue (`X called him a master.
 *    “…”`).
 * 6. The subject of the quote's sentence, when it opens the sentence: `Trump admires X as a “…”`.
 * 7. Another piece of the same multi-paragraph quote, or another quote of the same paragraph.
 * 8. A quote opening its paragraph continues the paragraph before: its colon-ended introduction
 *    (`Park said:`), its closing attribution (`“…,” Kowal said. ¶ “…”`), or, when that paragraph
 *    has no quote, the speaker its last sentence names (`She said the officer knocked. ¶ “…”`).
 *
 * The speaker is the mention as written next to the cue: a name, a pronoun, a relative pronoun
 * ("who", standing for the noun before it) or a role phrase ("a senior official"); resolving it to
 * a person is done later. Only the writer's words (tokens outside quotes) are read, and only the
 * sentence around the quote and its neighbour, so the cost per quote is bounded and the whole pass
 * is linear.
 */
import type { Paragraph, Sentence } from '../types'
import { SPEECH_NOUNS } from './lexicon'
import type { QuoteSpan } from './marks'
import type { NameMention } from './mentions'
import { quoteEnd, type Token } from './tokens'
import {
  breaksClause,
  contextOf,
  gapBetween,
  isCue,
  isNonFinite,
  mention,
  plainGap,
  sentenceAt,
  tokenAtOrAfter,
  type Attribution,
  type Context,
} from './clause'
import { agrees, fromCue, sentenceSubject } from './subjects'
import { propertyPattern } from '../text/patterns'

const TWO_LOWER_WORDS = propertyPattern(String.raw`^\p{Ll}+ \p{Ll}`)

const TWO_CAPITALS = propertyPattern(String.raw`\p{Lu}{2}`)

const OPENS_UPPER = propertyPattern(String.raw`^\p{Lu}`)

export type { Attribution, SpeakerMention } from './clause'

/** How far (in tokens) a cue may sit from the quote or its subject. */
const CUE_WINDOW = 14
/** Tokens before a quote that still count as "right before it" (`X said in a statement: “`). */
const LEADING_WINDOW = 6
/** How many tokens after a quote its trailing subject may start ("…,” panel Chairman X said). */
const TRAILING_SUBJECT_WINDOW = 4
/** Tokens of a sentence searched for its first cue (keeps run-on "sentences" linear). */
const CLAUSE_REACH = 80
/** Tokens from the end of a sentence within which its closing cue must sit ("…, X said."). */
const CLOSER_WINDOW = 4
/** Tokens a cue may sit after the start of the sentence that follows a quote ("He said."). */
const OPENER_WINDOW = 6

/** Words that open a clause of their own after a quote, so a cue after them is not its cue. */
const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set([
  'and',
  'but',
  'or',
  'yet',
  'so',
  'when',
  'while',
  'because',
  'after',
  'before',
  'since',
  'though',
  'although',
  'if',
  'until',
  'unless',
  'whereas',
])
/** Openers of a subordinate clause at the start of a sentence. */
const SUBORDINATORS: ReadonlySet<string> = new Set([
  'while',
  'although',
  'though',
  'because',
  'since',
  'if',
  'once',
  'whereas',
])
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their'])
const TRANSCRIPT_LABEL = propertyPattern(
  String.raw`^((?:\p{Lu}[\p{Lu}.'\u2019-]*)(?: \p{Lu}[\p{Lu}.'\u2019-]*){0,3}):\s`,
)
const SIGNATURE_DASH = /^\s*[\u2015\u2014\u2013-]\s*$/
/** Links attached to a post ("pic.twitter.com/Ab12", "https://…"), as left before its signature. */
const LINKS = /(?:\s*(?:https?:\/\/|pic\.|www\.)[^\s\u2015\u2014\u2013]+)+/
/** The links and white space before a signature's dash (group 1), and the dash. */
const LINKS_THEN_DASH =
  /^((?:\s*(?:https?:\/\/|pic\.|www\.)[^\s\u2015\u2014\u2013]+)*\s*)[\u2015\u2014\u2013-]\s*/
/** Auxiliaries and copulas that open a predicate: X “has put aside …”, X “is the best …”. */
const VERB_OPENERS = /^(?:has|had|have|is|was|were|are|will|would|can|could|should|must)\s/

/** Whether the quoted words end a sentence inside the marks ("… we won."). */
function closesSentence(text: string, quote: QuoteSpan): boolean {
  return /[.?!\u2026]["'\u201d\u2019)\]]*\s*$/u.test(text.slice(quote.start, quote.end))
}

/** A quote that runs on from the word before it with a lower-case verb: X “has put aside …”. */
function describesSubject(text: string, before: Token | undefined, quote: QuoteSpan): boolean {
  return (
    before !== undefined &&
    before.capitalised &&
    text.slice(before.end, quote.open) === ' ' &&
    TWO_LOWER_WORDS.test(text.slice(quote.start, quote.start + 40)) &&
    VERB_OPENERS.test(text.slice(quote.start, quote.start + 12))
  )
}

/** `“…,” X said` / `“…,” said X`: the speaker or the cue must come right after the quote. */
function trailing(ctx: Context, r: number, stop: number, min: number): Attribution | null {
  const first = ctx.tokens[r]
  if (!first) return null
  for (let c = r; c < stop && c < r + CUE_WINDOW; c++) {
    const token = ctx.tokens[c]
    if (!token || token.quote >= 0) return null
    if (c > r && breaksClause(ctx, c - 1)) return null
    // "… “absolutely right” when he said", "…, but he said": a new clause, not this quote's cue.
    if (CLAUSE_CONJUNCTIONS.has(token.lower)) return null
    if (!isCue(ctx, c)) continue
    if (c === r) return fromCue(ctx, c, r, true)
    if (isNonFinite(ctx, c)) {
      const speaker = sentenceSubject(ctx, min, c)
      return speaker ? { speaker, cue: { start: token.start, end: token.end } } : null
    }
    const found = fromCue(ctx, c, r, false)
    const start = found?.speaker.antecedent?.start ?? found?.speaker.start ?? Infinity
    const near = ctx.tokens[r + TRAILING_SUBJECT_WINDOW]?.start ?? Infinity
    return found && start < near ? found : null
  }
  return null
}

/**
 * `X said: “…”`, `X told reporters, “…”`: a cue among the few tokens right before a quote that a
 * colon or comma introduces. Without that punctuation the quote may sit in a clause of its own
 * ("X said that Y called it “…”"), and the sentence's first cue is the better guess.
 */
function leading(
  ctx: Context,
  l: number,
  min: number,
  open: number,
  bare = false,
): Attribution | null {
  const last = ctx.tokens[l]
  if (!last) return null
  const gap = ctx.text.slice(last.end, open)
  if (!/[:,]\s*$/.test(gap) && !(bare && /^\s+$/.test(gap))) return null
  for (let c = l; c >= min && c > l - LEADING_WINDOW; c--) {
    const token = ctx.tokens[c]
    if (!token || token.quote >= 0) return null
    if (isCue(ctx, c)) return fromCue(ctx, c, min, false)
  }
  return null
}

/** "Trump's claim that …", "his description of …": the owner of a speech noun speaks. */
function possessiveCue(ctx: Context, c: number): Attribution | null {
  const noun = ctx.tokens[c]
  const owner = ctx.tokens[c - 1]
  if (!noun || !owner || !SPEECH_NOUNS.has(noun.lower) || owner.quote >= 0) return null
  if (!plainGap(gapBetween(ctx, c - 1, c))) return null
  const cue = { start: noun.start, end: noun.end }
  if (POSSESSIVE_PRONOUNS.has(owner.lower)) {
    return { speaker: mention(owner.start, owner.end, 'pronoun'), cue }
  }
  if (!owner.possessive) return null
  const nameIndex = ctx.nameByLast.get(c - 1)
  const name = nameIndex === undefined ? undefined : ctx.names[nameIndex]
  return name && nameIndex !== undefined
    ? { speaker: mention(name.start, name.end, 'name', nameIndex), cue }
    : null
}

/** The first cue with a subject between tokens from and to (outside quotes). */
function firstCue(ctx: Context, from: number, to: number, min: number): Attribution | null {
  const stop = Math.min(to, from + CLAUSE_REACH)
  // "While he acknowledged …, Ham noted “…”": a cue in an opening subordinate clause is not the
  // main clause's; start after the clause's comma.
  let c0 = from
  if (SUBORDINATORS.has(ctx.tokens[from]?.lower ?? '')) {
    for (let j = from; j < stop; j++) {
      if (ctx.tokens[j]?.quote !== -1) break
      if (gapBetween(ctx, j, j + 1).trim() === ',') {
        c0 = j + 1
        break
      }
    }
  }
  for (let c = c0; c < stop; c++) {
    const owned = possessiveCue(ctx, c)
    if (owned) return owned
    if (isCue(ctx, c)) {
      const found = fromCue(ctx, c, min, false)
      if (found) return found
    }
  }
  return null
}

/** "He said." / "Trump added, …" at the start of the sentence that follows a quote. */
function nextSentenceOpener(ctx: Context, s: number, end: number): Attribution | null {
  for (let c = s; c < end && c < s + OPENER_WINDOW; c++) {
    const token = ctx.tokens[c]
    if (!token || token.quote >= 0) return null
    if (isCue(ctx, c)) {
      const found = fromCue(ctx, c, s, false)
      return found && found.speaker.start === ctx.tokens[s]?.start ? found : null
    }
  }
  return null
}

/** "…, Schiff said. “…”": the sentence before a quote ends with its attribution. */
function previousSentenceCloser(ctx: Context, from: number, to: number): Attribution | null {
  for (let c = to - 1; c >= from && c >= to - CLOSER_WINDOW; c--) {
    const token = ctx.tokens[c]
    if (!token || token.quote >= 0) return null
    if (!isCue(ctx, c)) continue
    const found = fromCue(ctx, c, from, true)
    const end = Math.max(found?.speaker.end ?? 0, found?.cue.end ?? 0)
    return found && end >= (ctx.tokens[to - 1]?.end ?? Infinity) ? found : null
  }
  return null
}

/** `"PENCE: Well, …"` (the speaker labels the quote) or `“…” ― Ann Lee` (a dash signs it). */
function labelOrSignature(ctx: Context, quote: QuoteSpan, r: number): Attribution | null {
  const label = TRANSCRIPT_LABEL.exec(ctx.text.slice(quote.start, quote.start + 60))
  if (label?.[1] && TWO_CAPITALS.test(label[1])) {
    const end = quote.start + label[1].length
    return { speaker: mention(quote.start, end, 'label'), cue: { start: end, end: end + 1 } }
  }
  // A post's attached link may stand between its words and the dash that signs it.
  const signed = LINKS_THEN_DASH.exec(ctx.text.slice(quoteEnd(quote), quoteEnd(quote) + 120))
  const at = signed ? tokenAtOrAfter(ctx.tokens, quoteEnd(quote) + signed[0].length) : r
  const next = ctx.tokens[at]
  if (
    !next ||
    !SIGNATURE_DASH.test(ctx.text.slice(quoteEnd(quote), next.start).replace(LINKS, ''))
  ) {
    return null
  }
  const nameIndex = ctx.nameByFrom.get(at)
  const name = nameIndex === undefined ? undefined : ctx.names[nameIndex]
  if (!name || nameIndex === undefined) return null
  const dash = quoteEnd(quote) + (signed?.[1]?.length ?? 0)
  return {
    speaker: mention(name.start, name.end, 'name', nameIndex),
    cue: { start: dash, end: dash + 1 },
  }
}

/** The subject of a colon-ended introduction: "Park said in a statement:". */
function introduction(ctx: Context, from: number, to: number): Attribution | null {
  const byCue = firstCue(ctx, from, to, from)
  if (byCue) return byCue
  const first = ctx.tokens[from]
  const speaker = sentenceSubject(ctx, from, to)
  return first && speaker ? { speaker, cue: { start: speaker.end, end: speaker.end } } : null
}

export function attributeQuotes(
  text: string,
  quotes: readonly QuoteSpan[],
  tokens: readonly Token[],
  names: readonly NameMention[],
  sentences: readonly Sentence[],
  paragraphs: readonly Paragraph[],
): (Attribution | null)[] {
  const ctx = contextOf(text, tokens, names)
  const result: (Attribution | null)[] = quotes.map(() => null)

  // The token after the last quote that closed a sentence its own introduction opened (`Lee asked
  // “Why …?”`): what follows it is a new sentence for the quotes after, even when the splitter
  // kept it in one (`… fix?” Mr. Penn replied that “…”` is Penn's, not Lee's).
  let introducedUntil = -1
  for (let qi = 0; qi < quotes.length; qi++) {
    const quote = quotes[qi]
    if (!quote || quote.parent >= 0) continue
    const para = paragraphs[quote.paragraph]
    const paraStart = para?.start ?? 0
    const paraEnd = para?.end ?? text.length
    const extentEnd = quoteEnd(quote)
    const openSentence = sentenceAt(sentences, quote.open)
    const closeSentence = sentenceAt(sentences, Math.max(quote.open, extentEnd - 1))
    const leftBound = Math.max(paraStart, openSentence?.start ?? paraStart)
    let rightBound = Math.min(paraEnd, closeSentence?.end ?? paraEnd)
    if (rightBound <= extentEnd) rightBound = extentEnd
    const r = tokenAtOrAfter(tokens, extentEnd)
    const rStop = tokenAtOrAfter(tokens, rightBound)
    const l = tokenAtOrAfter(tokens, quote.open) - 1
    const lMin = Math.max(tokenAtOrAfter(tokens, leftBound), Math.min(introducedUntil, l + 1))
    const adjacentGap = text.slice(extentEnd, tokens[r]?.start ?? extentEnd)
    const adjacent = r < rStop && /^[\s,\u2014\u2013-]*$/.test(adjacentGap)
    // “…,” X said: a quote that ends in a comma hands over to the cue after it. One that ends a
    // sentence (“… we won.” Ann Lee said) may instead close what a cue before it opened (Bo said,
    // “… we won.” Ann Lee told …): then the introduction wins.
    // A whole sentence quoted right after its cue needs no comma: `Lee asked last week “Why …?”`.
    const introduced = closesSentence(text, quote)
      ? leading(
          ctx,
          l,
          lMin,
          quote.open,
          OPENS_UPPER.test(text.slice(quote.start, quote.start + 1)),
        )
      : null
    const label = labelOrSignature(ctx, quote, r)
    if (!label && introduced) introducedUntil = r
    let found =
      label ??
      introduced ??
      (adjacent ? trailing(ctx, r, tokenAtOrAfter(tokens, paraEnd), lMin) : null) ??
      leading(ctx, l, lMin, quote.open) ??
      firstCue(ctx, lMin, l + 1, lMin) ??
      firstCue(ctx, r, rStop, lMin)
    // "DuVernay said she felt … because “…,” she said": the pronoun after the quote stands for
    // the sentence's named speaker, who is credited.
    if (found?.speaker.kind === 'pronoun' && found.speaker.start > quote.open && lMin <= l) {
      const before = firstCue(ctx, lMin, l + 1, lMin)
      if (before?.speaker.kind === 'name' && agrees(ctx, before.speaker, found.speaker)) {
        found = before
      }
    }
    if (!found) {
      const nextSentence = closeSentence ? sentences[closeSentence.index + 1] : undefined
      if (nextSentence && nextSentence.start >= rightBound && nextSentence.start < paraEnd) {
        const s = tokenAtOrAfter(tokens, nextSentence.start)
        found = nextSentenceOpener(ctx, s, tokenAtOrAfter(tokens, nextSentence.end))
      }
    }
    const previousSentence = openSentence ? sentences[openSentence.index - 1] : undefined
    // "Union leader Ann Lee “has come to the table.”": with no cue in its sentence, a quote that
    // goes on from its subject as the predicate is said about the subject, by the speaker before.
    const predicate = !found && lMin <= l && describesSubject(text, tokens[l], quote)
    if (
      !found &&
      (lMin > l || predicate) &&
      previousSentence &&
      previousSentence.start >= paraStart
    ) {
      const from = tokenAtOrAfter(tokens, previousSentence.start)
      found = previousSentenceCloser(ctx, from, lMin)
      // "Cummings called him a master at deals. “He showed …”": the sentence before speaks.
      if (!found) found = firstCue(ctx, from, lMin, from)
    }
    if (!found && lMin <= l && !predicate) {
      const speaker = sentenceSubject(ctx, lMin, l + 1)
      if (speaker) found = { speaker, cue: { start: speaker.end, end: speaker.end } }
    }
    result[qi] = found
  }

  inherit(quotes, result)

  // A quote that opens its paragraph with no speaker of its own continues the paragraph before:
  // that paragraph's introduction (`Park said:`, or a last sentence about the speaker), or the
  // speaker of the quote it ended with (“…,” Kowal said. ¶ “…”).
  const lastQuoteOfParagraph = new Map<number, number>()
  quotes.forEach((quote, i) => {
    if (quote.parent < 0) lastQuoteOfParagraph.set(quote.paragraph, i)
  })
  for (let qi = 0; qi < quotes.length; qi++) {
    const quote = quotes[qi]
    if (!quote || quote.parent >= 0 || result[qi] || quote.paragraph === 0 || quote.part > 1) {
      continue
    }
    const para = paragraphs[quote.paragraph]
    if (!para || text.slice(para.start, quote.open).trim() !== '') continue
    const previous = paragraphs[quote.paragraph - 1]
    if (!previous) continue
    const last = sentenceAt(sentences, Math.max(previous.start, previous.end - 1))
    const from = tokenAtOrAfter(tokens, Math.max(previous.start, last?.start ?? previous.start))
    const to = tokenAtOrAfter(tokens, previous.end)
    const previousQuote = lastQuoteOfParagraph.get(quote.paragraph - 1)
    const endsWithQuote =
      previousQuote !== undefined && (tokens[to - 1]?.quote ?? -1) === previousQuote
    if (text.slice(previous.start, previous.end).trimEnd().endsWith(':')) {
      result[qi] = introduction(ctx, from, to)
    } else if (
      previousQuote !== undefined &&
      quoteEnd(quotes[previousQuote]) > (last?.start ?? previous.start)
    ) {
      result[qi] = result[previousQuote] ?? null
    } else if (previousQuote === undefined && !endsWithQuote) {
      result[qi] = introduction(ctx, from, to)
    }
  }
  inherit(quotes, result)
  return result
}

/**
 * Gives each unattributed top-level quote the last attribution met before it, walking the quotes
 * in `order` and starting afresh at each paragraph.
 */
function fillAlong(
  quotes: readonly QuoteSpan[],
  result: (Attribution | null)[],
  order: readonly number[],
): void {
  let paragraph = -1
  let carried: Attribution | null = null
  for (const i of order) {
    const quote = quotes[i]
    if (!quote || quote.parent >= 0) continue
    if (quote.paragraph !== paragraph) {
      paragraph = quote.paragraph
      carried = null
    }
    const found = result[i]
    if (found) carried = found
    else result[i] = carried && { ...carried, carried: true }
  }
}

/**
 * Pieces of one quote share a speaker; an unattributed quote takes the speaker of the nearest
 * attributed quote before it in its paragraph (“A,” he said. “B.”), else the nearest after it.
 * Nested quotes get none: who is quoted inside a quote is rarely said.
 */
function inherit(quotes: readonly QuoteSpan[], result: (Attribution | null)[]): void {
  const byGroup = new Map<number, Attribution>()
  quotes.forEach((quote, i) => {
    const found = result[i]
    if (found && quote.parent < 0 && !byGroup.has(quote.group)) byGroup.set(quote.group, found)
  })
  quotes.forEach((quote, i) => {
    if (!result[i] && quote.parent < 0) result[i] = byGroup.get(quote.group) ?? null
  })
  const forward = [...quotes.keys()]
  fillAlong(quotes, result, forward)
  fillAlong(quotes, result, forward.reverse())
}
