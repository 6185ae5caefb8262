/**
 * A person's name without its titles, and the role written before it: "Chinese President Xi
 * Jinping" is Xi Jinping, role "Chinese President". Title words come from the gazetteer.
 */

import { TITLE_BIT, bitsOf, isTitleWord } from './lexicon'
import { isCapitalised } from './names'
import type { Token } from './tokenize'

/** Longest role, in tokens, read before a person's name. */
const MAX_ROLE_TOKENS = 4

/** Words that open a noun phrase and so end a role read backwards. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their'])

/**
 * Moves leading title words out of a person mention and reads the role written before it
 * ("Chinese President Xi Jinping": role "Chinese President").
 */
export function parsePerson(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
): { start: number; role: string | undefined } {
  let nameFirst = first
  while (nameFirst < last && isTitleWord((tokens[nameFirst] as Token).text)) nameFirst++
  let roleFirst = nameFirst
  let sawTitle = nameFirst > first
  while (roleFirst > 0 && nameFirst - roleFirst < MAX_ROLE_TOKENS) {
    const previous = tokens[roleFirst - 1] as Token
    // Roles are written capitalised before a name ("Foreign Minister"); a lower-case "judge" or
    // "coach" describes rather than titles, and a determiner opens the phrase.
    if (!isCapitalised(previous.text) || previous.line !== (tokens[nameFirst] as Token).line) break
    if (DETERMINERS.has(previous.lower)) break
    if (bitsOf(previous.text) & TITLE_BIT) sawTitle = true
    roleFirst--
  }
  while (roleFirst < nameFirst && !sawTitle) roleFirst = nameFirst
  const start = (tokens[nameFirst] as Token).start
  const role =
    roleFirst < nameFirst
      ? text.slice((tokens[roleFirst] as Token).start, (tokens[nameFirst - 1] as Token).end)
      : undefined
  return { start, role }
}
