/**
 * A speaker's role, as the text states it: a title before the name ("Navy spokesman Tom Reyes")
 * or an appositive after it ("Ann Lee, the trust's executive director, said"). Honorifics (Mrs,
 * Lord, Father), ages ("42") and home towns ("of Harrogate") say who someone is addressed as, how
 * old they are or where they live, not what they do, so they never make a role. Pattern rules over
 * the words around the name, in the manner of appositive-based title extraction in rule-based
 * relation extractors.
 */
import {
  CUE_WORDS,
  DETERMINERS,
  HONORIFICS,
  KIN_NOUNS,
  NOT_NAMES,
  PHRASE_STOPS,
  ROLE_NOUNS,
  TITLE_MODIFIERS,
  TITLE_WORDS,
} from './lexicon'
import type { Token } from './tokens'
import { propertyPattern } from '../text/patterns'

const STARTS_UPPER_LETTER = propertyPattern(String.raw`^\p{Lu}`)
const STARTS_LOWER = propertyPattern(String.raw`^\p{Ll}`)
const STARTS_LETTER = propertyPattern(String.raw`^\p{L}`)

/** Most words a lower-case title may take before its head: "deputy chief executive". */
const TITLE_REACH = 3

/** Prepositions that open a place or an affiliation segment: "of Harrogate", "from Leeds". */
const PLACE_PREPOSITIONS = /^(?:of|from|in|near|at|on|during|after|before|with|by)\s/i
/** An age, alone or as "aged 42" / "(42)". */
const AGE = /^\(?(?:aged\s+)?\d{1,3}\)?$/i
const RELATIVE_OPENER = /^(?:who|which|whose|whom)\b/i
/** "who is a …", "who was the …": a relative clause that states a role. */
const COPULAR_RELATIVE = /^who\s+(?:is|was|has\s+been|had\s+been)\s+(?=(?:a|an|the)\s)/i
/** A participle opening an appositive: "bristling with anger", "watched by his father". */
const PARTICIPLE = propertyPattern(
  String.raw`^\p{Ll}+(?:ing\b|ed\s+(?:by|in|at|on|with|from|to)\b)`,
)
/**
 * Counsel's part in a court report ("James Reed, prosecuting, said"): a participle that is a role,
 * as the court's own shorthand for "counsel for the prosecution".
 */
const COUNSEL = /^(?:prosecuting|defending|mitigating)$/i
/**
 * "…, a political adviser to her but is not working for …", "…, a former aide who now runs …": the
 * role is a noun phrase and ends where a new clause opens.
 */
const CLAUSE_BREAK =
  /\s+(?:but|although|though|while|whereas|because|who|which|and\s+(?:is|was|are|were|has|had|have|will|would|now|also|says|said))\s.*$/su

/**
 * Whether a segment opens with a participle ("bristling with anger"), not with a title that
 * looks like one ("managing director at Kestrel", "presiding judge").
 */
function participial(segment: string): boolean {
  if (!PARTICIPLE.test(segment)) return false
  const second = segment.split(/\s+/, 2)[1]?.toLowerCase() ?? ''
  return !TITLE_WORDS.has(second) && !ROLE_NOUNS.has(second)
}

/** Whether every word of `words` is an honorific ("Mrs", "Lord", "Father", "Dr."). */
export function onlyHonorifics(words: string): boolean {
  const parts = words.split(/\s+/).filter((w) => w.length > 0)
  return parts.length > 0 && parts.every((w) => HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')))
}

/** Splits at the commas that are not inside parentheses. */
function segments(appositive: string): string[] {
  const out: string[] = []
  let depth = 0
  let from = 0
  for (let i = 0; i < appositive.length; i++) {
    const ch = appositive[i]
    if (ch === '(') depth++
    else if (ch === ')') depth = Math.max(0, depth - 1)
    else if (ch === ',' && depth === 0) {
      out.push(appositive.slice(from, i))
      from = i + 1
    }
  }
  out.push(appositive.slice(from))
  return out.map((s) => s.trim()).filter((s) => s.length > 0)
}

/**
 * The role an appositive states, or null. Ages and honorifics are skipped; a place segment ("of
 * Harrogate") ends the role, since what follows it describes the place ("a village near Leeds").
 * A relative clause states a role only as "who is/was a …" ("who was a political adviser to
 * her"); a participle ("bristling with anger") describes a mood, not a job, and ends the role.
 */
export function roleFromAppositive(appositive: string): string | null {
  const kept: string[] = []
  for (const segment of segments(appositive)) {
    if (AGE.test(segment) || onlyHonorifics(segment)) continue
    const copular = COPULAR_RELATIVE.exec(segment)
    if (copular) {
      kept.push(segment.slice(copular[0].length).replace(CLAUSE_BREAK, ''))
      break
    }
    if (PLACE_PREPOSITIONS.test(segment) || RELATIVE_OPENER.test(segment)) break
    if (participial(segment) && !COUNSEL.test(segment)) break
    kept.push(segment.replace(CLAUSE_BREAK, ''))
  }
  return kept.length > 0 ? kept.join(', ') : null
}

const LETTER = propertyPattern(String.raw`\p{L}`)
const UPPER = propertyPattern(String.raw`\p{Lu}`)
const LOWER = propertyPattern(String.raw`\p{Ll}`)

/** Whether the dot at `at` ends an initial or goes on: "U.S.", "D.A. Davidson", "U.S. envoy". */
function goesOn(text: string, at: number): boolean {
  const initial = UPPER.test(text[at - 1] ?? '') && !LETTER.test(text[at - 2] ?? '')
  const joined = LETTER.test(text[at + 1] ?? '')
  return initial || joined || (text[at + 1] === ' ' && LOWER.test(text[at + 2] ?? ''))
}

/**
 * `, ; : ( ) " “ ”` or a line feed, tested by code unit: the scan runs after every name of the
 * text.
 */
function endsAppositive(code: number): boolean {
  return (
    code === 0x2c ||
    code === 0x3b ||
    code === 0x3a ||
    code === 0x28 ||
    code === 0x29 ||
    code === 0x22 ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x0a
  )
}

/** Longest appositive read after a name for the role it states, in characters. */
const APPOSITIVE_CHARS = 160

/**
 * The role stated in an appositive right after a name anywhere in the text ("said Tom Reyes,
 * vice president of planning at the utility."), so that a role given at a person's first mention
 * holds for their later quotes ("Mr. Reyes said"). The appositive runs to the next comma, colon,
 * quotation mark or sentence end and must name a job: a title or a role noun. `closed` asks for
 * an appositive set off by a comma on both sides, as after "According to Ann Lee," where the
 * main clause follows ("According to Lee, his mother ran the shop." states no role).
 */
export function appositiveRoleAt(text: string, end: number, closed = false): string | null {
  if (text[end] !== ',' || text[end + 1] !== ' ') return null
  return roleFrom(text, end + 2, closed)
}

/** The role stated by the words from `from` to the next comma, colon, quote or sentence end. */
function roleFrom(text: string, from: number, closed = false): string | null {
  const limit = Math.min(text.length, from + APPOSITIVE_CHARS)
  let to = from
  while (to < limit) {
    const code = text.charCodeAt(to)
    if (endsAppositive(code)) break
    // "U.S. ambassador" and "the D.A. Davidson brokerage" go on; "director. Then" ends it.
    if ((code === 0x3f || code === 0x21 || code === 0x2e) && !(code === 0x2e && goesOn(text, to))) {
      break
    }
    to++
  }
  if (to >= limit || (closed && text[to] !== ',')) return null
  const segment = text.slice(from, to).trim()
  if (COUNSEL.test(segment)) return segment
  if (!STARTS_LOWER.test(segment) && !placedTitle(segment)) return null
  if (participial(segment)) return null
  const stated = COPULAR_RELATIVE.exec(segment)
  if (!stated && RELATIVE_OPENER.test(segment)) return null
  const role = (stated ? segment.slice(stated[0].length) : segment).replace(CLAUSE_BREAK, '')
  const words = role.toLowerCase().split(/[\s-]+/)
  return words.some((w) => TITLE_WORDS.has(w) || ROLE_NOUNS.has(w) || KIN_NOUNS.has(w))
    ? roleFromAppositive(role)
    : null
}

/** Most words of a role that opens with capitalised words before its lower-case title. */
const PLACED_TITLE_REACH = 5

/**
 * "Tunisia country director for a rights group": a role that opens with capitalised words (a
 * place, a body) before a lower-case title. A list of names ("Tom Reyes and the director") is not
 * one: no "and" may come before the title.
 */
function placedTitle(segment: string): boolean {
  const words = segment.split(/\s+/, PLACED_TITLE_REACH)
  if (!STARTS_UPPER_LETTER.test(words[0] ?? '')) return false
  return words.some(
    (word, i) =>
      i > 0 &&
      STARTS_LOWER.test(word) &&
      (TITLE_WORDS.has(word) || ROLE_NOUNS.has(word)) &&
      !words.slice(1, i).some((w) => w === 'and' || w === 'or' || !STARTS_LETTER.test(w)),
  )
}

/** "Ann Lee is the CEO of Brightly": a copula after a name opens a role. */
const COPULA = /^ (?:is|was|has been|had been|became|is now) /
const ARTICLE = /^(?:the|a|an) /
/** An age set off after a name, skipped before its copula: "Noor Haddad, 34, is a teacher". */
const AGE_SET_OFF = /^, \(?(?:aged )?\d{1,3}\)?,/
/** Most words before the title of a role stated with no article ("former deputy chief whip"). */
const BARE_TITLE_REACH = 3

/**
 * A role stated with no article opens with its title, maybe after a few modifiers ("managing
 * director at Lumio", "chief whip"): "Lee is confident the mayor will sign" states none.
 */
function bareTitle(words: string): boolean {
  const parts = words.split(/[\s-]+/, BARE_TITLE_REACH + 1)
  for (const word of parts) {
    if (TITLE_WORDS.has(word) || ROLE_NOUNS.has(word) || word === 'head') return true
    if (!TITLE_MODIFIERS.has(word)) return false
  }
  return false
}

/**
 * The role a copular sentence states right after a name ("Ann Lee is the chief executive of
 * Brightly, a lamp firm"; "Lee, 34, is a teacher"; "Lee is managing director at Lumio"), read to
 * the next comma or sentence end; it must name a job.
 */
export function copularRoleAt(text: string, end: number): string | null {
  const age = AGE_SET_OFF.exec(text.slice(end, end + 14))
  const from = end + (age ? age[0].length : 0)
  const copula = COPULA.exec(text.slice(from, from + 16))
  if (!copula) return null
  const at = from + copula[0].length
  const head = text.slice(at, at + 48)
  if (!ARTICLE.test(head) && !bareTitle(head)) return null
  return roleFrom(text, at)
}

/** Prepositions whose object a role set off before a name would be: "watched by his father,". */
const PREPOSITIONS_BEFORE_SET_OFF: ReadonlySet<string> = new Set([
  'by',
  'with',
  'to',
  'for',
  'from',
  'of',
  'beside',
])

/** Adjectives of judgement or manner by their endings: gracious, hopeful, tireless, lovely. */
const EVALUATIVE = propertyPattern(String.raw`^\p{Ll}+(?:ous|ful|less|ly)$`)

/** Determiners that open a role set off before a name: "the group's founder, Ann Lee,". */
const SET_OFF_OPENERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
])

/** An age as an adjective: "22-year-old". */
const AGE_ADJECTIVE = /^\d{1,3}-year-old$/

/**
 * The first token of the owner that possessive token `k` closes: a name ("Dana Crest's", its
 * capitalised words back to the first) or a noun after its determiner ("the victim's"); -1 when
 * there is neither.
 */
function ownerStart(text: string, tokens: readonly Token[], k: number): number {
  const owner = tokens[k] as Token
  let first = k
  if (owner.capitalised) {
    while (first > 0) {
      const before = tokens[first - 1] as Token
      if (!before.capitalised || NOT_NAMES.has(before.lower)) break
      if (text.slice(before.end, tokens[first]?.start) !== ' ') break
      first--
    }
    return first
  }
  const determiner = tokens[k - 1]
  return determiner && SET_OFF_OPENERS.has(determiner.lower) ? k - 1 : -1
}

/**
 * A lower-case title right before a name ("Navy spokesman Tom Reyes", "the trust's executive
 * director Ann Lee"): a title or role noun as head, plus up to three words before it that are not
 * determiners, prepositions, cues or honorifics. A role set off by commas before the name ("her
 * mother, Ann Lee, said"; "The group's founder, Ann Lee, is") must open with a determiner, which it
 * keeps, and the name must close the apposition with a comma. `from` is the name's first token (its
 * title, if any) and `end` the name's end.
 */
export function roleBeforeName(
  text: string,
  tokens: readonly Token[],
  from: number,
  end: number,
): string | null {
  const head = tokens[from - 1]
  const name = tokens[from]
  if (!head || !name || head.capitalised || head.quote >= 0) return null
  const gap = text.slice(head.end, name.start)
  const setOff = gap === ', ' && text[end] === ','
  if (gap !== ' ' && !setOff) return null
  const kin = setOff && KIN_NOUNS.has(head.lower)
  if (!TITLE_WORDS.has(head.lower) && !ROLE_NOUNS.has(head.lower) && !kin) return null
  let first = from - 1
  let opened = false
  for (let k = from - 2; k >= 0 && k >= from - 1 - TITLE_REACH; k--) {
    const word = tokens[k]
    const next = tokens[k + 1]
    if (!word || !next || word.quote >= 0 || text.slice(word.end, next.start) !== ' ') break
    // "Dana Crest's son, Eli Crest,": a possessive opens the role as a determiner does, and a
    // name that owns it is part of it.
    const owner = setOff && word.possessive ? ownerStart(text, tokens, k) : -1
    if (setOff && (SET_OFF_OPENERS.has(word.lower) || owner >= 0)) {
      const opener = owner >= 0 ? owner : k
      // "watched by his father, Ann Lee,": the object of a preposition says how the name relates
      // to someone else, not what the person does.
      if (PREPOSITIONS_BEFORE_SET_OFF.has(tokens[opener - 1]?.lower ?? '')) return null
      first = opener
      opened = true
      break
    }
    // "her 22-year-old son": an age is part of a kinship role set off before a name.
    if (kin && AGE_ADJECTIVE.test(word.text)) {
      first = k
      continue
    }
    // "the gracious welcome billionaire Ann Lee": an evaluative adjective is no part of a title;
    // it opens a noun phrase of its own, so only the head is the role.
    if (!setOff && EVALUATIVE.test(word.text) && !ROLE_NOUNS.has(word.lower)) {
      first = from - 1
      break
    }
    // "said spokesman Tom Reyes" stops at the cue; "White House press secretary" goes on.
    const cue = CUE_WORDS.has(word.lower) && tokens[k - 1]?.capitalised !== true
    if (DETERMINERS.has(word.lower) || cue || PHRASE_STOPS.has(word.lower)) break
    if (HONORIFICS.has(word.lower) || !STARTS_LETTER.test(word.text)) break
    first = k
  }
  if (setOff && !opened) return null
  const start = tokens[first]?.start ?? head.start
  return text.slice(start, head.end)
}
