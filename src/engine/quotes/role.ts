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
  PHRASE_STOPS,
  ROLE_NOUNS,
  TITLE_WORDS,
} from './lexicon'
import type { Token } from './tokens'

/** Most words a lower-case title may take before its head: "deputy chief executive". */
const TITLE_REACH = 3

/** Prepositions that open a place or an affiliation segment: "of Harrogate", "from Leeds". */
const PLACE_PREPOSITIONS = /^(?:of|from|in|near|at|on|during|after|before|with|by)\s/i
/** An age, alone or as "aged 42" / "(42)". */
const AGE = /^\(?(?:aged\s+)?\d{1,3}\)?$/i
const RELATIVE_OPENER = /^(?:who|which|whose|whom)\b/i

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
 */
export function roleFromAppositive(appositive: string): string | null {
  const kept: string[] = []
  for (const segment of segments(appositive)) {
    if (AGE.test(segment) || onlyHonorifics(segment)) continue
    if (PLACE_PREPOSITIONS.test(segment) || RELATIVE_OPENER.test(segment)) break
    kept.push(segment)
  }
  return kept.length > 0 ? kept.join(', ') : null
}

/**
 * A lower-case title right before a name ("Navy spokesman Tom Reyes", "the trust's executive
 * director Ann Lee"): a title or role noun as head, plus up to three words before it that are not
 * determiners, prepositions, cues or honorifics. `from` is the name's first token (its title, if any).
 */
export function roleBeforeName(
  text: string,
  tokens: readonly Token[],
  from: number,
): string | null {
  const head = tokens[from - 1]
  const name = tokens[from]
  if (!head || !name || head.capitalised || head.quote >= 0) return null
  if (text.slice(head.end, name.start) !== ' ') return null
  if (!TITLE_WORDS.has(head.lower) && !ROLE_NOUNS.has(head.lower)) return null
  let first = from - 1
  for (let k = from - 2; k >= 0 && k >= from - 1 - TITLE_REACH; k--) {
    const word = tokens[k]
    const next = tokens[k + 1]
    if (!word || !next || word.quote >= 0 || text.slice(word.end, next.start) !== ' ') break
    if (DETERMINERS.has(word.lower) || CUE_WORDS.has(word.lower) || PHRASE_STOPS.has(word.lower)) {
      break
    }
    if (HONORIFICS.has(word.lower) || !/^\p{L}/u.test(word.text)) break
    first = k
  }
  const start = tokens[first]?.start ?? head.start
  return text.slice(start, head.end)
}
