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
import {
  CUE_MODIFIERS,
  CUE_WORDS,
  DETERMINERS,
  INTRODUCTORY_WORDS,
  NOUN_LIKE_CUES,
  PHRASE_STOPS,
  PREPOSITIONAL_CUES,
  PRONOUNS,
  RELATIVE_PRONOUNS,
  ROLE_NOUNS,
  SPEECH_NOUNS,
  TITLE_WORDS,
} from './lexicon'
import type { QuoteSpan } from './marks'
import type { NameMention } from './mentions'
import { quoteEnd, type Token } from './tokens'

export interface SpeakerMention {
  start: number
  end: number
  kind: 'name' | 'pronoun' | 'phrase' | 'relative' | 'label'
  /** Index into the name mentions when `kind` is `name`. */
  nameIndex: number
  /** Appositive between the speaker and the cue: "Hugh Hill, a doctor, said". */
  appositive: string | null
  /** For a relative pronoun, the mention it stands for. */
  antecedent: SpeakerMention | null
}

export interface Attribution {
  speaker: SpeakerMention
  cue: { start: number; end: number }
}

/** How far (in tokens) a cue may sit from the quote or its subject. */
const CUE_WINDOW = 14
/** Tokens before a quote that still count as "right before it" (`X said in a statement: “`). */
const LEADING_WINDOW = 6
/** How many tokens after a quote its trailing subject may start ("…,” panel Chairman X said). */
const TRAILING_SUBJECT_WINDOW = 4
/** Longest appositive or relative clause between a subject and its cue, in tokens. */
const APPOSITIVE_WINDOW = 20
/** Longest parenthesis skipped between a subject and its cue: "Moore (D-Wis.) said". */
const PARENTHESIS_WINDOW = 6
/** Lower-case role words allowed between an inverted cue and a name ("said library director X"). */
const ROLE_WORDS_BEFORE_NAME = 3
/** Longest role phrase before its head noun: "a senior Trump campaign official". */
const PHRASE_WINDOW = 5
/** Longest introductory phrase before a sentence's subject: "In a statement on Friday, X". */
const INTRODUCTION_WINDOW = 20
/** Tokens back from a participle cue to the finite cue it continues ("said, adding"). */
const PARTICIPLE_REACH = 3
/** Tokens of a sentence searched for its first cue (keeps run-on "sentences" linear). */
const CLAUSE_REACH = 80
/** Tokens from the end of a sentence within which its closing cue must sit ("…, X said."). */
const CLOSER_WINDOW = 4
/** Tokens a cue may sit after the start of the sentence that follows a quote ("He said."). */
const OPENER_WINDOW = 6

const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we'])
/** "it said", "it calls": an organisation speaks through "it", but only right before its cue. */
const CUE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we', 'it'])
const PREPOSITIONS: ReadonlySet<string> = new Set([
  'of',
  'near',
  'through',
  'at',
  'into',
  'for',
  'about',
  'on',
  'in',
  'with',
  'by',
  'from',
  'to',
  'over',
  'against',
])
/** Determiners that, after a cue, open its object clause rather than its speaker. */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['that', 'this', 'these', 'those'])
const AUXILIARIES: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'am',
  "'s",
  'he',
  'she',
  'it',
])
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
const COPULAS: ReadonlySet<string> = new Set([
  'is',
  'was',
  'seems',
  'seemed',
  'appears',
  'may',
  'will',
  'would',
])
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their'])

/** Abbreviations whose dot does not end a clause: initials, "Sen.", "R-Ky.". */
const TITLE_LIKE = /^(?:\p{Lu}|[A-Z]-\p{Lu}\p{L}*|Sen|Rep|Gov|Gen|Lt|Col|Dr|Mr|Mrs|Ms|Jr|Sr|St)$/u

const TRANSCRIPT_LABEL = /^((?:\p{Lu}[\p{Lu}.'’-]*)(?: \p{Lu}[\p{Lu}.'’-]*){0,3}):\s/u
const SIGNATURE_DASH = /^\s*[―—–-]\s*$/

interface Context {
  text: string
  tokens: readonly Token[]
  names: readonly NameMention[]
  nameByLast: ReadonlyMap<number, number>
  nameByFrom: ReadonlyMap<number, number>
  /** How often each name is mentioned: a name met once at a sentence start may be a plain word. */
  nameCounts: ReadonlyMap<string, number>
}

/** Index of the first token starting at or after `offset`. */
export function tokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((tokens[mid]?.start ?? 0) < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0
  let hi = sentences.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((sentences[mid]?.start ?? 0) <= offset) lo = mid
    else hi = mid - 1
  }
  return sentences[lo]
}

/** Whether the gap after token j ends a clause; the dot of "Sen." or "C." does not. */
function breaksClause(ctx: Context, j: number): boolean {
  const gap = gapBetween(ctx, j, j + 1)
  if (/[;!?\n]/.test(gap)) return true
  if (!gap.includes('.')) return false
  const word = ctx.tokens[j]?.text ?? ''
  return !(
    gap.startsWith('.') &&
    (word.length <= 2 || TITLE_LIKE.test(word) || TITLE_WORDS.has(word.toLowerCase()))
  )
}

const gapBetween = (ctx: Context, a: number, b: number): string =>
  ctx.text.slice(ctx.tokens[a]?.end ?? 0, ctx.tokens[b]?.start ?? 0)

const plainGap = (gap: string): boolean => /^[ \t\u00a0]+$/.test(gap)

const mention = (
  start: number,
  end: number,
  kind: SpeakerMention['kind'],
  nameIndex = -1,
): SpeakerMention => ({ start, end, kind, nameIndex, appositive: null, antecedent: null })

/** "according to": a cue of two words whose speaker follows. */
function isPrepositional(ctx: Context, i: number): boolean {
  const second = PREPOSITIONAL_CUES.get(ctx.tokens[i]?.lower ?? '')
  return second !== undefined && second === ctx.tokens[i + 1]?.lower
}

function isCue(ctx: Context, i: number): boolean {
  const token = ctx.tokens[i]
  if (!token || token.quote >= 0) return false
  if (isPrepositional(ctx, i)) return true
  if (!CUE_WORDS.has(token.lower)) return false
  // "Said Ellis: …" opens its sentence with the cue; elsewhere a capital marks a name.
  if (token.capitalised) return ctx.tokens[i - 1]?.sentence !== token.sentence
  // "the report", "Trump's remarks", "a controversial comment": nouns, not verbs.
  const prev = ctx.tokens[i - 1]
  if (!prev) return true
  if (DETERMINERS.has(prev.lower) || prev.possessive) return false
  const before = ctx.tokens[i - 2]
  // "a controversial comment", "32% of Republican claims"
  const afterAdjective =
    before &&
    (DETERMINERS.has(before.lower) || PREPOSITIONS.has(before.lower)) &&
    !SUBJECT_PRONOUNS.has(prev.lower)
  return !(afterAdjective && NOUN_LIKE_CUES.has(token.lower))
}

/** A participle or infinitive cue ("…, calling it", "to accuse") has no subject of its own. */
function isNonFinite(ctx: Context, c: number): boolean {
  const cue = ctx.tokens[c]
  if (!cue) return false
  const before = ctx.tokens[c - 1]?.lower ?? ''
  if (before === 'to') return true
  // "is calling", "has been saying": a progressive keeps its subject.
  return (
    cue.lower.endsWith('ing') &&
    !AUXILIARIES.has(before) &&
    !AUXILIARIES.has(ctx.tokens[c - 1]?.base.toLowerCase() ?? '')
  )
}

function isModifier(token: Token): boolean {
  return CUE_MODIFIERS.has(token.lower) || (!token.capitalised && /^\p{L}{3,}ly$/u.test(token.text))
}

function phraseEndingAt(ctx: Context, k: number, min: number): SpeakerMention | null {
  const head = ctx.tokens[k]
  if (
    !head ||
    (head.capitalised && !ROLE_NOUNS.has(head.lower)) ||
    PHRASE_STOPS.has(head.lower) ||
    DETERMINERS.has(head.lower)
  ) {
    return null
  }
  let j = k
  let determined = false
  for (let steps = 0; steps < PHRASE_WINDOW && j - 1 >= min; steps++) {
    const prev = ctx.tokens[j - 1]
    if (!prev || prev.quote >= 0 || !plainGap(gapBetween(ctx, j - 1, j))) break
    if (
      PHRASE_STOPS.has(prev.lower) ||
      CUE_WORDS.has(prev.lower) ||
      SUBJECT_PRONOUNS.has(prev.lower)
    ) {
      break
    }
    j--
    if (DETERMINERS.has(prev.lower)) {
      determined = true
      break
    }
  }
  // Without a determiner only known role heads make a phrase ("officials", "senior aides").
  if (!determined && !ROLE_NOUNS.has(head.lower)) return null
  const first = ctx.tokens[j]
  return first ? mention(first.start, head.end, 'phrase') : null
}

/** The name or phrase ending at token k, if any. */
function nounEndingAt(ctx: Context, k: number, min: number): SpeakerMention | null {
  const nameIndex = ctx.nameByLast.get(k)
  const name = nameIndex === undefined ? undefined : ctx.names[nameIndex]
  if (name && nameIndex !== undefined) return mention(name.start, name.end, 'name', nameIndex)
  return phraseEndingAt(ctx, k, min)
}

/** Index of the preposition right before the noun ending at token k ("of Harrogate"), or -1. */
function prepositionBefore(ctx: Context, k: number, min: number): number {
  const noun = nounEndingAt(ctx, k, min)
  if (!noun) return -1
  const first = tokenAtOrAfter(ctx.tokens, noun.start)
  const before = ctx.tokens[first - 1]
  return first - 1 >= min && before && PREPOSITIONS.has(before.lower) ? first - 1 : -1
}

/** "…, of Harrogate,": the noun ending at token k is a place segment opened by a comma. */
function placeSegment(ctx: Context, k: number): boolean {
  const p = prepositionBefore(ctx, k, 0)
  return p > 0 && gapBetween(ctx, p - 1, p).trim() === ','
}

/**
 * The mention that ends at token k, if any. A noun after a preposition is not a subject: "a
 * spokesman for the company said" is the spokesman's (the phrase then runs to the company), and
 * "protesters marching through the streets chanted" is not the streets'.
 */
function mentionEndingAt(ctx: Context, k: number, min: number): SpeakerMention | null {
  const token = ctx.tokens[k]
  if (!token || token.quote >= 0) return null
  const base = token.base.toLowerCase()
  if (CUE_PRONOUNS.has(base)) {
    return mention(token.start, token.start + token.base.length, 'pronoun')
  }
  const noun = nounEndingAt(ctx, k, min)
  const p = noun ? prepositionBefore(ctx, k, min) : -1
  if (!noun || p < 0) return noun
  if (ctx.tokens[p]?.lower === 'by') return noun
  if (!plainGap(gapBetween(ctx, p - 1, p))) return null
  // "one of the officials", "some of the residents"
  const quantifier = ctx.tokens[p - 1]
  if (quantifier && p - 1 >= min && DETERMINERS.has(quantifier.lower)) {
    return mention(quantifier.start, noun.end, 'phrase')
  }
  // "protesters marching through the streets": a participle between the head and its phrase.
  const participle = ctx.tokens[p - 1]
  const skip =
    participle && !participle.capitalised && /\p{L}{3,}ing$/u.test(participle.text) ? 1 : 0
  if (skip && !plainGap(gapBetween(ctx, p - 2, p - 1))) return null
  const head = nounEndingAt(ctx, p - 1 - skip, min)
  // "groups of protesters": without a head of its own, the "of" complement still names them.
  if (!head) return ctx.tokens[p]?.lower === 'of' && !skip ? noun : null
  return mention(head.start, noun.end, 'phrase')
}

/** Skips a parenthesis ending at token k ("Gwen Moore (D-Wis.) said"); returns the token before. */
function beforeParenthesis(ctx: Context, k: number, min: number): number {
  if (!/^\.?\)[\s,]+$/.test(gapBetween(ctx, k, k + 1))) return k
  for (let j = k; j > min && j > k - PARENTHESIS_WINDOW; j--) {
    if (/^\s*\($/.test(gapBetween(ctx, j - 1, j))) return j - 1
  }
  return k
}

/** The subject of the cue at token c: "X said", "X also said", "X, a Y, said", "X, who …, said". */
function subjectBefore(ctx: Context, c: number, min: number): SpeakerMention | null {
  let k = c - 1
  while (k >= min) {
    const token = ctx.tokens[k]
    if (!token || token.quote >= 0 || !isModifier(token)) break
    if (!plainGap(gapBetween(ctx, k, k + 1))) break
    k--
  }
  if (k < min) return null
  const outside = beforeParenthesis(ctx, k, min)
  const gap = outside === k ? gapBetween(ctx, k, k + 1) : ' '
  k = outside
  const token = ctx.tokens[k]
  if (!token) return null
  if (plainGap(gap)) {
    if (RELATIVE_PRONOUNS.has(token.lower) && k - 1 >= min) {
      const antecedent = mentionEndingAt(ctx, beforeParenthesis(ctx, k - 1, min), min)
      if (!antecedent) return null
      const relative = mention(token.start, token.end, 'relative')
      relative.antecedent = antecedent
      return relative
    }
    return mentionEndingAt(ctx, k, min)
  }
  if (!/^\.?,$/.test(gap.trim())) return null
  // "X, a Y, said": find the comma that opens the appositive.
  for (let j = k - 1; j >= min && j >= k - APPOSITIVE_WINDOW; j--) {
    const word = ctx.tokens[j]
    if (!word) return null
    // A quoted name inside the appositive: "X, wearing “Ted Cruz” pins, said".
    if (word.quote >= 0) continue
    const between = gapBetween(ctx, j, j + 1)
    if (breaksClause(ctx, j) || /[:"“”]/.test(between)) return null
    if (between.replace(/[\s().]/g, '') !== ',') continue
    // "Ann Lee, 42, of Harrogate, a village near Leeds, said": an age or a home town is one more
    // segment of the appositive; the speaker is the name before them.
    if (/^\d{1,3}$/.test(word.text) || placeSegment(ctx, j)) continue
    const subject = mentionEndingAt(ctx, beforeParenthesis(ctx, j, min), min)
    // "The inquiry's counsel, Jonathan Reave, said": the name between the commas speaks.
    const inner = ctx.nameByFrom.get(j + 1)
    const innerName = inner === undefined ? undefined : ctx.names[inner]
    if (subject?.kind === 'phrase' && innerName && inner !== undefined && innerName.last === k) {
      const named = mention(innerName.start, innerName.end, 'name', inner)
      named.appositive = ctx.text.slice(subject.start, subject.end)
      return named
    }
    if (!subject || subject.kind === 'phrase') return subject
    const opener = ctx.tokens[j + 1]
    if (opener && !RELATIVE_PRONOUNS.has(opener.lower)) {
      subject.appositive = ctx.text.slice(opener.start, token.end)
    }
    return subject
  }
  return null
}

/** The speaker right after a cue: "said X", "according to X". */
function subjectAfter(ctx: Context, c: number): SpeakerMention | null {
  let k = c + 1
  if (isPrepositional(ctx, c)) k++
  const token = ctx.tokens[k]
  if (!token || token.quote >= 0 || !plainGap(gapBetween(ctx, k - 1, k))) return null
  if (token.lower === 'he' || token.lower === 'she' || token.lower === 'they') {
    return mention(token.start, token.end, 'pronoun')
  }
  const nameIndex = ctx.nameByFrom.get(k)
  const name = nameIndex === undefined ? undefined : ctx.names[nameIndex]
  if (name && nameIndex !== undefined) return mention(name.start, name.end, 'name', nameIndex)
  // "said library director Angela Moreno": a few role words, then the name.
  for (let j = k; j < k + ROLE_WORDS_BEFORE_NAME; j++) {
    const word = ctx.tokens[j]
    if (!word || word.quote >= 0 || word.capitalised || PHRASE_STOPS.has(word.lower)) break
    // "said 9/11 widow Terry Strada": a slash joins role words.
    const gap = gapBetween(ctx, j, j + 1)
    if (DETERMINERS.has(word.lower) || !(plainGap(gap) || gap === '/')) break
    const inner = ctx.nameByFrom.get(j + 1)
    const innerName = inner === undefined ? undefined : ctx.names[inner]
    if (innerName && inner !== undefined) {
      const named = mention(innerName.start, innerName.end, 'name', inner)
      named.appositive = ctx.text.slice(token.start, word.end)
      return named
    }
  }
  if (DEMONSTRATIVES.has(token.lower)) return null
  if (!DETERMINERS.has(token.lower) && !ROLE_NOUNS.has(token.lower)) return null
  for (let j = k; j < k + PHRASE_WINDOW + 1; j++) {
    const word = ctx.tokens[j]
    if (!word || word.quote >= 0) return null
    if (j > k && !plainGap(gapBetween(ctx, j - 1, j))) return null
    const inner = ctx.nameByFrom.get(j)
    const innerName = inner === undefined ? undefined : ctx.names[inner]
    if (j > k && innerName && inner !== undefined) {
      return mention(innerName.start, innerName.end, 'name', inner)
    }
    const next = ctx.tokens[j + 1]
    const phraseEnds = !next || !plainGap(gapBetween(ctx, j, j + 1)) || PHRASE_STOPS.has(next.lower)
    if (j > k && (ROLE_NOUNS.has(word.lower) || phraseEnds)) return phraseEndingAt(ctx, j, k)
    if (j === k && ROLE_NOUNS.has(word.lower)) return phraseEndingAt(ctx, j, k)
  }
  return null
}

/** "It is clear that …": an "it" before a copula stands for no one. */
function expletive(ctx: Context, k: number): boolean {
  const token = ctx.tokens[k]
  const next = ctx.tokens[k + 1]?.lower ?? ''
  // "It's denouncing" is a progressive with a subject; "it's clear" is not.
  if (token?.possessive === true || token?.lower !== token?.base.toLowerCase()) {
    return !next.endsWith('ing')
  }
  return COPULAS.has(next)
}

/** The subject that opens the sentence starting at token s, after an introductory phrase. */
function sentenceSubject(ctx: Context, s: number, stop: number): SpeakerMention | null {
  let first = s
  const opener = ctx.tokens[s]
  // "In a statement, …", "Separately, …", "Citing the poll, …": an introduction before the subject.
  if (
    opener &&
    (INTRODUCTORY_WORDS.has(opener.lower) || /^\p{L}{3,}(?:ly|ing)$/u.test(opener.lower))
  ) {
    first = -1
    for (let j = s; j < stop && j < s + INTRODUCTION_WINDOW; j++) {
      const next = ctx.tokens[j + 1]
      // "On July 6, 2015, Sanders said": the comma before a capital or a pronoun ends it, also
      // after a quote ("After saying her foot was “so swollen,” she was").
      if (/^(?:,|,["”'’]|["”'’],)$/.test(gapBetween(ctx, j, j + 1).trim()) && next) {
        if (next.capitalised || CUE_PRONOUNS.has(next.lower) || DETERMINERS.has(next.lower)) {
          first = j + 1
          break
        }
      }
    }
    if (first < 0) return null
  }
  const token = ctx.tokens[first]
  if (!token || token.quote >= 0 || first >= stop) return null
  const base = token.base.toLowerCase()
  if (SUBJECT_PRONOUNS.has(base) || (base === 'it' && !expletive(ctx, first))) {
    return mention(token.start, token.start + token.base.length, 'pronoun')
  }
  // "The United Nations Security Council": the article is not part of the name.
  const nameIndex =
    ctx.nameByFrom.get(first) ?? (base === 'the' ? ctx.nameByFrom.get(first + 1) : undefined)
  const name = nameIndex === undefined ? undefined : ctx.names[nameIndex]
  if (name && nameIndex !== undefined) {
    // The name must be the subject, not the start of a longer noun phrase ("Trump's campaign"),
    // and a capitalised word met once ("Check out …", "More than …") may not be a name at all.
    const after = ctx.tokens[name.last]
    if (after?.possessive) {
      // "Clinton's campaign is seeking …": the owner's body speaks.
      const noun = ctx.tokens[name.last + 1]
      return noun && ROLE_NOUNS.has(noun.lower) && !noun.capitalised
        ? mention(name.start, noun.end, 'phrase')
        : null
    }
    if (name.type === 'unknown' && (ctx.nameCounts.get(name.name) ?? 0) < 2) return null
    return mention(name.start, name.end, 'name', nameIndex)
  }
  if (!DETERMINERS.has(token.lower)) return null
  for (let j = first + 1; j < stop && j <= first + PHRASE_WINDOW; j++) {
    const word = ctx.tokens[j]
    if (!word || word.quote >= 0) return null
    if (ROLE_NOUNS.has(word.lower)) return phraseEndingAt(ctx, j, first)
  }
  return null
}

/** "footage of Hillary Clinton asking, …": the name right before a participle is its subject. */
function nameRightBefore(ctx: Context, c: number): SpeakerMention | null {
  if (ctx.tokens[c - 1]?.lower === 'to' || !plainGap(gapBetween(ctx, c - 1, c))) return null
  const nameIndex = ctx.nameByLast.get(c - 1)
  const name = nameIndex === undefined ? undefined : ctx.names[nameIndex]
  if (!name || nameIndex === undefined || ctx.tokens[c - 1]?.possessive) return null
  return mention(name.start, name.end, 'name', nameIndex)
}

/** "Spicer said, adding, …": a participle right after a finite cue shares its subject. */
function finiteBefore(ctx: Context, c: number, min: number): SpeakerMention | null {
  for (let j = c - 1; j >= min && j >= c - PARTICIPLE_REACH; j--) {
    const token = ctx.tokens[j]
    if (!token || token.quote >= 0) return null
    if (isCue(ctx, j) && !isNonFinite(ctx, j)) return subjectBefore(ctx, j, min)
  }
  return null
}

function fromCue(ctx: Context, c: number, min: number, inverted: boolean): Attribution | null {
  const cue = ctx.tokens[c]
  if (!cue) return null
  const prepositional = isPrepositional(ctx, c)
  const cueEnd = prepositional ? (ctx.tokens[c + 1]?.end ?? cue.end) : cue.end
  let speaker: SpeakerMention | null
  if (prepositional) speaker = subjectAfter(ctx, c)
  else if (isNonFinite(ctx, c)) {
    speaker = nameRightBefore(ctx, c) ?? finiteBefore(ctx, c, min) ?? sentenceSubject(ctx, min, c)
  } else if (cue.capitalised) speaker = subjectAfter(ctx, c)
  else {
    const after = inverted ? subjectAfter(ctx, c) : null
    speaker = subjectBefore(ctx, c, min) ?? after
  }
  if (speaker?.kind === 'pronoun') {
    speaker = reportingSubject(ctx, speaker, min) ?? relativeSubject(ctx, speaker, min) ?? speaker
  }
  return speaker ? { speaker, cue: { start: cue.start, end: cueEnd } } : null
}

/** Whether a name may be what a pronoun stands for (gender, when known, matches). */
function agrees(ctx: Context, name: SpeakerMention, pronoun: SpeakerMention): boolean {
  const words = ctx.text.slice(pronoun.start, pronoun.end).toLowerCase()
  if (name.kind !== 'name') return words === 'it' || words === 'they'
  const gender = ctx.names[name.nameIndex]?.gender ?? null
  const wanted = PRONOUNS.get(words)
  return gender === null || gender === wanted || words === 'it' || words === 'they'
}

/**
 * "The council pledged to act against what it called “…”", "He ignored tweets in which he called
 * her “…”": a pronoun in a relative clause stands for the sentence's subject, who is credited.
 */
function relativeSubject(
  ctx: Context,
  pronoun: SpeakerMention,
  min: number,
): SpeakerMention | null {
  const k = tokenAtOrAfter(ctx.tokens, pronoun.start)
  const before = ctx.tokens[k - 1]?.lower ?? ''
  if (before !== 'what' && before !== 'which') return null
  const words = ctx.text.slice(pronoun.start, pronoun.end).toLowerCase()
  const subject = sentenceSubject(ctx, min, k - 1)
  if (!subject || subject.start >= pronoun.start) return null
  if (subject.kind === 'pronoun') {
    return ctx.text.slice(subject.start, subject.end).toLowerCase() === words ? subject : null
  }
  return agrees(ctx, subject, pronoun) ? subject : null
}

/**
 * "Lynch said she recalled thinking, “…”": a pronoun that opens what a cue reports stands for that
 * cue's subject, who is the one credited with the words.
 */
function reportingSubject(
  ctx: Context,
  pronoun: SpeakerMention,
  min: number,
): SpeakerMention | null {
  const k = tokenAtOrAfter(ctx.tokens, pronoun.start)
  const c = ctx.tokens[k - 1]?.lower === 'that' ? k - 2 : k - 1
  const cue = ctx.tokens[c]
  if (c < min || !cue || cue.capitalised || !CUE_WORDS.has(cue.lower) || isNonFinite(ctx, c)) {
    return null
  }
  if (!plainGap(gapBetween(ctx, k - 1, k)) || (c < k - 1 && !plainGap(gapBetween(ctx, c, k - 1)))) {
    return null
  }
  const outer = subjectBefore(ctx, c, min)
  if (outer?.kind === 'pronoun') {
    return ctx.text.slice(outer.start, outer.end).toLowerCase() ===
      ctx.text.slice(pronoun.start, pronoun.end).toLowerCase()
      ? outer
      : null
  }
  return outer?.kind === 'name' && agrees(ctx, outer, pronoun) ? outer : null
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
function leading(ctx: Context, l: number, min: number, open: number): Attribution | null {
  const last = ctx.tokens[l]
  if (!last || !/[:,]\s*$/.test(ctx.text.slice(last.end, open))) return null
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
  if (label?.[1] && /\p{Lu}{2}/u.test(label[1])) {
    const end = quote.start + label[1].length
    return { speaker: mention(quote.start, end, 'label'), cue: { start: end, end: end + 1 } }
  }
  const next = ctx.tokens[r]
  if (!next || !SIGNATURE_DASH.test(ctx.text.slice(quoteEnd(quote), next.start))) return null
  const nameIndex = ctx.nameByFrom.get(r)
  const name = nameIndex === undefined ? undefined : ctx.names[nameIndex]
  if (!name || nameIndex === undefined) return null
  const dash = ctx.text.indexOf(ctx.text.slice(quoteEnd(quote), next.start).trim(), quoteEnd(quote))
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
  const nameByLast = new Map<number, number>()
  const nameByFrom = new Map<number, number>()
  names.forEach((name, i) => {
    nameByLast.set(name.last, i)
    nameByFrom.set(name.from, i)
  })
  const nameCounts = new Map<string, number>()
  for (const name of names) nameCounts.set(name.name, (nameCounts.get(name.name) ?? 0) + 1)
  const ctx: Context = { text, tokens, names, nameByLast, nameByFrom, nameCounts }
  const result: (Attribution | null)[] = quotes.map(() => null)

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
    const lMin = tokenAtOrAfter(tokens, leftBound)
    const adjacentGap = text.slice(extentEnd, tokens[r]?.start ?? extentEnd)
    const adjacent = r < rStop && /^[\s,—–-]*$/.test(adjacentGap)
    let found =
      labelOrSignature(ctx, quote, r) ??
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
    if (!found && lMin > l && previousSentence && previousSentence.start >= paraStart) {
      const from = tokenAtOrAfter(tokens, previousSentence.start)
      found = previousSentenceCloser(ctx, from, lMin)
      // "Cummings called him a master at deals. “He showed …”": the sentence before speaks.
      if (!found) found = firstCue(ctx, from, lMin, from)
    }
    if (!found && lMin <= l) {
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
    else result[i] = carried
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
