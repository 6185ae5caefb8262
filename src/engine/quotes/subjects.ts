/**
 * Finds who a cue belongs to: the subject before it ("X said", "X, a Y, said", "X, who …, said"),
 * the speaker after it ("said X", "according to X"), the subject that opens a sentence after its
 * introduction, and the subject a participle continues. A pronoun that opens what another cue
 * reports ("Lynch said she recalled") or sits in a relative clause ("what it called") stands for
 * the subject who is credited. Mentions are names, pronouns, relatives or role phrases; a noun
 * after a preposition is never a subject on its own.
 */
import {
  COPULAS,
  CUE_WORDS,
  DETERMINERS,
  INTRODUCTORY_WORDS,
  MESSAGE_NOUNS,
  PHRASE_STOPS,
  PRONOUNS,
  RELATIVE_PRONOUNS,
  ROLE_NOUNS,
  TITLE_WORDS,
} from './lexicon'
import { letterCount } from '../text/chars'
import {
  CUE_PRONOUNS,
  PREPOSITIONS,
  SUBJECT_PRONOUNS,
  breaksClause,
  gapBetween,
  isCue,
  isModifier,
  isNonFinite,
  isPrepositional,
  mention,
  plainGap,
  tokenAtOrAfter,
  type Attribution,
  type Context,
  type SpeakerMention,
} from './clause'
import { propertyPattern } from '../text/patterns'
import { withComplement } from './complement'
import { quotedAttribution } from './quoted-as-saying'

const GERUND = propertyPattern(String.raw`\p{L}{3,}ing$`)

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

/** Determiners that, after a cue, open its object clause rather than its speaker. */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['that', 'this', 'these', 'those'])

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
  let first = tokenAtOrAfter(ctx.tokens, noun.start)
  // "a spokesman for the Labour Party said": the article stands between the name and "for",
  // after a role noun or a name ("Mr. Morgan of the Sierra Club"), not after a verb ("turned to").
  const owner = ctx.tokens[first - 3]
  if (
    noun.kind === 'name' &&
    ctx.tokens[first - 1]?.lower === 'the' &&
    owner &&
    (owner.capitalised || ROLE_NOUNS.has(owner.lower) || TITLE_WORDS.has(owner.lower))
  ) {
    first--
  }
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
  const skip = participle && !participle.capitalised && GERUND.test(participle.text) ? 1 : 0
  if (skip && !plainGap(gapBetween(ctx, p - 2, p - 1))) return null
  const head = nounEndingAt(ctx, p - 1 - skip, min)
  // "groups of protesters": without a head of its own, the "of" complement still names them.
  if (!head) return ctx.tokens[p]?.lower === 'of' && !skip ? noun : null
  // "The tweet from Harbor Weekly reads", "the post from Vulture magazine": a message speaks for
  // the one named as its author (a name, not a description: "a letter from the mayor" stays).
  const named = noun.kind === 'name' || ctx.tokens[p + 1]?.capitalised === true
  const author = ctx.tokens[p]?.lower === 'from' && named && !skip
  if (author && MESSAGE_NOUNS.has(ctx.tokens[p - 1]?.lower ?? '')) return noun
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
      // "turned to the police department, which reported": a relative's antecedent may follow a
      // preposition, as no subject may.
      const end = beforeParenthesis(ctx, k - 1, min)
      const antecedent = mentionEndingAt(ctx, end, min) ?? nounEndingAt(ctx, end, min)
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
    if (breaksClause(ctx, j) || /[:"\u201c\u201d]/.test(between)) return null
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
    if (!subject || subject.kind === 'phrase')
      return (subject && namedBefore(ctx, subject)) ?? subject
    const opener = ctx.tokens[j + 1]
    if (opener && !RELATIVE_PRONOUNS.has(opener.lower)) {
      subject.appositive = ctx.text.slice(opener.start, token.end)
    }
    return subject
  }
  return null
}

/**
 * "Ann Lee, president of the union, which has 9,000 members, said": a role phrase set off right
 * after a name describes that name, who is the subject.
 */
function namedBefore(ctx: Context, phrase: SpeakerMention): SpeakerMention | null {
  const first = tokenAtOrAfter(ctx.tokens, phrase.start)
  if (gapBetween(ctx, first - 1, first).trim() !== ',') return null
  const nameIndex = ctx.nameByLast.get(first - 1)
  const name = nameIndex === undefined ? undefined : ctx.names[nameIndex]
  if (!name || nameIndex === undefined || name.type === 'organisation') return null
  const named = mention(name.start, name.end, 'name', nameIndex)
  named.appositive = ctx.text.slice(phrase.start, phrase.end)
  return named
}

/**
 * "said Ann Lee, the trust's executive director.": the words after a name's comma up to the end
 * of the clause, when they open with a small word (an article, a number, "of"), not a new name.
 */
function appositiveAfter(ctx: Context, last: number): string | null {
  const first = ctx.tokens[last + 1]
  if (!first || first.quote >= 0 || first.capitalised) return null
  if (gapBetween(ctx, last, last + 1).trim() !== ',') return null
  let end = last + 1
  for (let j = last + 1; j <= last + APPOSITIVE_WINDOW; j++) {
    const token = ctx.tokens[j]
    if (!token || token.quote >= 0) return null
    end = j
    if (
      breaksClause(ctx, j) ||
      /[:"\u201c\u201d]/.test(gapBetween(ctx, j, j + 1)) ||
      !ctx.tokens[j + 1]
    ) {
      break
    }
  }
  const to = ctx.tokens[end]
  return to ? ctx.text.slice(first.start, to.end) : null
}

/**
 * "said Labour councillor Ann Lee": a name, then lower-case role words, then a name. The first
 * name is part of the title (a party, a body); the second one speaks, with the title as its role.
 */
function nameAfterTitle(ctx: Context, last: number, titleStart: number): SpeakerMention | null {
  let role = false
  for (let j = last + 1; j <= last + ROLE_WORDS_BEFORE_NAME; j++) {
    const word = ctx.tokens[j]
    if (!word || word.quote >= 0 || word.capitalised) return null
    if (!plainGap(gapBetween(ctx, j - 1, j))) return null
    // "co-founder": the head of a hyphenated title is its last part.
    const head = word.lower.slice(word.lower.lastIndexOf('-') + 1)
    if (ROLE_NOUNS.has(head) || TITLE_WORDS.has(head)) role = true
    const inner = ctx.nameByFrom.get(j + 1)
    const innerName = inner === undefined ? undefined : ctx.names[inner]
    if (role && innerName && inner !== undefined && plainGap(gapBetween(ctx, j, j + 1))) {
      const named = mention(innerName.start, innerName.end, 'name', inner)
      named.appositive = ctx.text.slice(titleStart, word.end)
      return named
    }
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
  if (name && nameIndex !== undefined) {
    const titled = nameAfterTitle(ctx, name.last, token.start)
    if (titled) return titled
    const named = mention(name.start, name.end, 'name', nameIndex)
    named.appositive = appositiveAfter(ctx, name.last)
    return named
  }
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
      // "one GOP operative": a name before a role noun only says whose side the person is on.
      const noun = ctx.tokens[innerName.last + 1]
      const modifier =
        noun !== undefined &&
        !noun.capitalised &&
        ROLE_NOUNS.has(noun.lower) &&
        plainGap(gapBetween(ctx, innerName.last, innerName.last + 1))
      if (!modifier) return mention(innerName.start, innerName.end, 'name', inner)
      j = innerName.last
      continue
    }
    const next = ctx.tokens[j + 1]
    const phraseEnds = !next || !plainGap(gapBetween(ctx, j, j + 1)) || PHRASE_STOPS.has(next.lower)
    if (
      (j > k && (ROLE_NOUNS.has(word.lower) || phraseEnds)) ||
      (j === k && ROLE_NOUNS.has(word.lower))
    ) {
      // "said one of the officials": the quantifier opens the phrase.
      const quantified =
        token.start < (ctx.tokens[j]?.start ?? 0) && ctx.tokens[k + 1]?.lower === 'of'
      const phrase = quantified
        ? mention(token.start, word.end, 'phrase')
        : phraseEndingAt(ctx, j, k)
      const whole = phrase && withComplement(ctx, phrase, j)
      // "said the mayor, Ruth Penn.": the name set off after the description speaks.
      const named = whole && namedInApposition(ctx, tokenAtOrAfter(ctx.tokens, whole.end) - 1, true)
      if (named) named.appositive = ctx.text.slice(whole.start, whole.end)
      return named ?? whole
    }
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

/** Three letters or more then "ly" or "ing" ("Separately", "Citing"): `/^\p{L}{3,}(?:ly|ing)$/u`. */
function isAdverbOrGerund(word: string): boolean {
  const stem = word.endsWith('ly') ? 2 : word.endsWith('ing') ? 3 : 0
  return stem > 0 && letterCount(word.slice(0, -stem)) >= 3
}

/** The subject that opens the sentence starting at token s, after an introductory phrase. */
export function sentenceSubject(ctx: Context, s: number, stop: number): SpeakerMention | null {
  let first = s
  const opener = ctx.tokens[s]
  // "In a statement, …", "Separately, …", "Citing the poll, …": an introduction before the subject.
  if (opener && (INTRODUCTORY_WORDS.has(opener.lower) || isAdverbOrGerund(opener.lower))) {
    first = -1
    for (let j = s; j < stop && j < s + INTRODUCTION_WINDOW; j++) {
      const next = ctx.tokens[j + 1]
      // "On July 6, 2015, Sanders said": the comma before a capital or a pronoun ends it, also
      // after a quote ("After saying her foot was “so swollen,” she was").
      if (
        /^(?:,|,["\u201d'\u2019]|["\u201d'\u2019],)$/.test(gapBetween(ctx, j, j + 1).trim()) &&
        next
      ) {
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
    if (ROLE_NOUNS.has(word.lower))
      return namedInApposition(ctx, j) ?? phraseEndingAt(ctx, j, first)
  }
  return null
}

/**
 * "Its candidate, Priya Lund, thanked …": the name set off after a role phrase is the subject; with
 * `closing`, also a name that ends the sentence ("…,” said its candidate, Priya Lund.").
 */
function namedInApposition(ctx: Context, head: number, closing = false): SpeakerMention | null {
  if (gapBetween(ctx, head, head + 1).trim() !== ',') return null
  const inner = ctx.nameByFrom.get(head + 1)
  const name = inner === undefined ? undefined : ctx.names[inner]
  if (!name || inner === undefined) return null
  const after = gapBetween(ctx, name.last, name.last + 1).trim()
  const ends =
    closing &&
    (!ctx.tokens[name.last + 1] ||
      ctx.tokens[name.last + 1]?.sentence !== ctx.tokens[name.last]?.sentence ||
      /^[.!?]/.test(after))
  if (after !== ',' && !ends) return null
  return mention(name.start, name.end, 'name', inner)
}

/** Longest participle clause opening a sentence ("Asked whether the book is his own,"). */
const OPENING_CLAUSE_REACH = 16

/**
 * "Asked whether the novel is his own, he laughed": a participle cue opening the sentence has the
 * subject of the main clause after its comma, a pronoun or a name.
 */
function mainSubject(ctx: Context, c: number): SpeakerMention | null {
  for (let j = c + 1; j < c + OPENING_CLAUSE_REACH; j++) {
    const token = ctx.tokens[j]
    if (!token || token.quote >= 0 || breaksClause(ctx, j)) return null
    if (gapBetween(ctx, j, j + 1).trim() !== ',') continue
    const subject = ctx.tokens[j + 1]
    if (!subject || subject.quote >= 0) return null
    if (subject.lower === 'he' || subject.lower === 'she' || subject.lower === 'they') {
      return mention(subject.start, subject.end, 'pronoun')
    }
    const nameIndex = ctx.nameByFrom.get(j + 1)
    const name = nameIndex === undefined ? undefined : ctx.names[nameIndex]
    return name && nameIndex !== undefined ? mention(name.start, name.end, 'name', nameIndex) : null
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

export function fromCue(
  ctx: Context,
  c: number,
  min: number,
  inverted: boolean,
): Attribution | null {
  const cue = ctx.tokens[c]
  if (!cue) return null
  const quoted = quotedAttribution(ctx, c)
  if (quoted) return quoted
  const prepositional = isPrepositional(ctx, c)
  const cueEnd = prepositional ? (ctx.tokens[c + 1]?.end ?? cue.end) : cue.end
  let speaker: SpeakerMention | null
  if (prepositional) speaker = subjectAfter(ctx, c)
  else if (isNonFinite(ctx, c)) {
    speaker = nameRightBefore(ctx, c) ?? finiteBefore(ctx, c, min) ?? sentenceSubject(ctx, min, c)
  } else if (cue.capitalised) {
    speaker = subjectAfter(ctx, c) ?? (cue.lower.endsWith('ed') ? mainSubject(ctx, c) : null)
  } else {
    const after = inverted ? subjectAfter(ctx, c) : null
    speaker = subjectBefore(ctx, c, min) ?? after
  }
  if (speaker?.kind === 'pronoun') {
    speaker = reportingSubject(ctx, speaker, min) ?? relativeSubject(ctx, speaker, min) ?? speaker
  }
  return speaker ? { speaker, cue: { start: cue.start, end: cueEnd } } : null
}

/** Whether a name may be what a pronoun stands for (gender, when known, matches). */
export function agrees(ctx: Context, name: SpeakerMention, pronoun: SpeakerMention): boolean {
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
