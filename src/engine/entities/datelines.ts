/**
 * Datelines and picture credits: the agency in brackets after a dateline's place ("NAIROBI, Kenya
 * (Precis Wire) —"), the agency after the slash of a credit ("(Photo: Jane Doe / Harbour Press)"),
 * and whether a name opens its line in capitals as a dateline's place does.
 */

import { hasLetterOrDigit } from '../text/chars'
import { isAllCaps, isCapitalised } from './names'
import type { Token } from './tokenize'

/** Longest dateline before its agency, in tokens ("SAN JOSE, Costa Rica, March 3 ("). */
const MAX_DATELINE_TOKENS = 12

const DASH_TOKENS = new Set(['—', '–', '-', '--'])

/**
 * A dateline's agency: "NAIROBI, Kenya (Precis Wire) — …", a name in brackets followed by a dash
 * on a line that opens with a word in capitals.
 */
export function isDatelineAgency(tokens: readonly Token[], first: number, last: number): boolean {
  if (tokens[first - 1]?.text !== '(' || tokens[last + 1]?.text !== ')') return false
  if (!DASH_TOKENS.has(tokens[last + 2]?.text ?? '')) return false
  const line = (tokens[first] as Token).line
  let opener = first - 1
  while (opener > 0 && (tokens[opener - 1] as Token).line === line) opener--
  const word = (tokens[opener] as Token).text
  return first - opener <= MAX_DATELINE_TOKENS && isAllCaps(word) && word.length > 1
}

/** What may follow a dateline's place: "CEDAR RAPIDS, Iowa", "NAIROBI (Wire)", "OSLO —". */
const DATELINE_FOLLOWERS = new Set([',', '(', ...DASH_TOKENS])

/** Most tokens between a dateline's place and its dash ("LONDON, March 3, 2024 (Reuters) -"). */
const MAX_DATELINE_TAIL = 16

/**
 * Tokens first..last open their line in capitals, as a dateline's place does: what follows them
 * up to a dash reads as the rest of a dateline, that is commas, brackets, numbers and capitalised
 * words ("CEDAR RAPIDS, Iowa -", "NAIROBI, Kenya, March 3 (Precis Wire) —"). A headline goes on in
 * lower case ("NASA, ESA to launch joint mission — officials") and is no dateline.
 */
export function opensDateline(tokens: readonly Token[], first: number, last: number): boolean {
  const line = (tokens[first] as Token).line
  if (tokens[first - 1]?.line === line) return false
  const next = tokens[last + 1]
  if (next === undefined || next.line !== line || !DATELINE_FOLLOWERS.has(next.text)) return false
  for (let t = first; t <= last; t++) {
    if (!isAllCaps((tokens[t] as Token).text)) return false
  }
  for (let t = last + 1; t <= last + 1 + MAX_DATELINE_TAIL; t++) {
    const token = tokens[t]
    if (token === undefined || token.line !== line) return false
    if (DASH_TOKENS.has(token.text)) return true
    if (!hasLetterOrDigit(token.text, 0, token.text.length)) continue
    if (!isCapitalised(token.text) && !/^\d/.test(token.text)) return false
  }
  return false
}

const CREDIT_WORDS = new Set(['photo', 'photograph', 'picture', 'image', 'credit', 'video'])

/** The agency of a picture credit: "(Photo: Jane Doe / Harbour Press)", the name after the slash. */
export function isCreditAgency(tokens: readonly Token[], first: number): boolean {
  if (tokens[first - 1]?.text !== '/') return false
  const line = (tokens[first] as Token).line
  for (let k = first - 2; k > 0 && first - k <= MAX_DATELINE_TOKENS; k--) {
    const token = tokens[k] as Token
    if (token.line !== line) return false
    if (token.text === ':' && CREDIT_WORDS.has((tokens[k - 1] as Token).lower)) return true
  }
  return false
}
