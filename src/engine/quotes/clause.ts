/**
 * The reading context of quote attribution and its word-level tests: which token is a cue verb
 * (finite or not), where a clause breaks, and the speaker-mention record the passes return.
 * Shared by the subject finders (subjects.ts) and the attribution sieve (attribute.ts).
 */
import {
  CUE_MODIFIERS,
  CUE_WORDS,
  DETERMINERS,
  NOUN_LIKE_CUES,
  PREPOSITIONAL_CUES,
  TITLE_WORDS,
} from './lexicon'
import type { NameMention } from './mentions'
import type { Sentence } from '../types'
import type { Token } from './tokens'
import { letterCount } from '../text/chars'
import { propertyPattern } from '../text/patterns'

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
  /** Carried over from another quote of the paragraph: this quote has no cue of its own. */
  carried?: true
}

export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we'])
/** "it said", "it calls": an organisation speaks through "it", but only right before its cue. */
export const CUE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we', 'it'])
export const PREPOSITIONS: ReadonlySet<string> = new Set([
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
export const AUXILIARIES: ReadonlySet<string> = new Set([
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
/** Nouns that a cue form in front of them turns into a compound: "press secretary". */
const COMPOUND_HEADS: ReadonlySet<string> = new Set([
  'secretary',
  'secretaries',
  'officer',
  'officers',
  'office',
  'release',
  'releases',
  'conference',
  'briefing',
  'centre',
  'center',
  'staff',
])

/** Abbreviations whose dot does not end a clause: initials, "Sen.", "R-Ky.". */
export const TITLE_LIKE = propertyPattern(
  String.raw`^(?:\p{Lu}|[A-Z]-\p{Lu}\p{L}*|Sen|Rep|Gov|Gen|Lt|Col|Dr|Mr|Mrs|Ms|Jr|Sr|St)$`,
)

export interface Context {
  text: string
  tokens: readonly Token[]
  names: readonly NameMention[]
  nameByLast: ReadonlyMap<number, number>
  nameByFrom: ReadonlyMap<number, number>
  /** How often each name is mentioned: a name met once at a sentence start may be a plain word. */
  nameCounts: ReadonlyMap<string, number>
}

/** The reading context of a text: its tokens and name mentions, indexed by first and last token. */
export function contextOf(
  text: string,
  tokens: readonly Token[],
  names: readonly NameMention[],
): Context {
  const nameByLast = new Map<number, number>()
  const nameByFrom = new Map<number, number>()
  const nameCounts = new Map<string, number>()
  names.forEach((name, i) => {
    nameByLast.set(name.last, i)
    nameByFrom.set(name.from, i)
    nameCounts.set(name.name, (nameCounts.get(name.name) ?? 0) + 1)
  })
  return { text, tokens, names, nameByLast, nameByFrom, nameCounts }
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

/** Whether the gap after token j ends a clause; the dot of "Sen." or "C." does not. */
export function breaksClause(ctx: Context, j: number): boolean {
  const gap = gapBetween(ctx, j, j + 1)
  if (/[;!?\n]/.test(gap)) return true
  if (!gap.includes('.')) return false
  const word = ctx.tokens[j]?.text ?? ''
  return !(
    gap.startsWith('.') &&
    (word.length <= 2 || TITLE_LIKE.test(word) || TITLE_WORDS.has(word.toLowerCase()))
  )
}

export const gapBetween = (ctx: Context, a: number, b: number): string =>
  ctx.text.slice(ctx.tokens[a]?.end ?? 0, ctx.tokens[b]?.start ?? 0)

export const plainGap = (gap: string): boolean => /^[ \t\u00a0]+$/.test(gap)

export const mention = (
  start: number,
  end: number,
  kind: SpeakerMention['kind'],
  nameIndex = -1,
): SpeakerMention => ({ start, end, kind, nameIndex, appositive: null, antecedent: null })

/** "according to": a cue of two words whose speaker follows. */
export function isPrepositional(ctx: Context, i: number): boolean {
  const second = PREPOSITIONAL_CUES.get(ctx.tokens[i]?.lower ?? '')
  return second !== undefined && second === ctx.tokens[i + 1]?.lower
}

const ADD_FORMS: ReadonlySet<string> = new Set(['add', 'adds', 'added', 'adding'])

export function isCue(ctx: Context, i: number): boolean {
  const token = ctx.tokens[i]
  if (!token || token.quote >= 0) return false
  if (isPrepositional(ctx, i)) return true
  if (!CUE_WORDS.has(token.lower)) return false
  // "Said Ellis: …" opens its sentence with the cue; elsewhere a capital marks a name.
  if (token.capitalised) return ctx.tokens[i - 1]?.sentence !== token.sentence
  // "press secretary", "call centre staff": a cue form in front of a noun names a job or a thing.
  const next = ctx.tokens[i + 1]
  if (
    next &&
    COMPOUND_HEADS.has(next.lower) &&
    (NOUN_LIKE_CUES.has(token.lower) || token.lower === 'press') &&
    plainGap(gapBetween(ctx, i, i + 1))
  ) {
    return false
  }
  // "Iceland was added to the list", "it adds to the pressure": adding to something is no speech.
  if (ADD_FORMS.has(token.lower) && next?.lower === 'to' && plainGap(gapBetween(ctx, i, i + 1))) {
    return false
  }
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
export function isNonFinite(ctx: Context, c: number): boolean {
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

export function isModifier(token: Token): boolean {
  return (
    CUE_MODIFIERS.has(token.lower) ||
    (!token.capitalised && token.text.endsWith('ly') && letterCount(token.text.slice(0, -2)) >= 3)
  )
}

/** The sentence holding `offset` (sentences sorted by start). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0
  let hi = sentences.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((sentences[mid]?.start ?? 0) <= offset) lo = mid
    else hi = mid - 1
  }
  return sentences[lo]
}
