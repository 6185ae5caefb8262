/**
 * The head noun of a list a name stands in, read from the words around it: "technologies such as
 * Halvard, Brask and Ost" (opening) or "Brask, Halvard and other tools" (closing). The walk
 * passes over list items (words with a capital) and their links, and gives up after a few names.
 */

import type { Token } from './tokenize'
import { propertyPattern } from '../text/patterns'

/** Tokens that may stand between the items of a list: "Halvard, Brask and Ost". */
const LIST_LINKS = new Set([',', 'and', 'or', '"', '“', '”'])
/** A list's item: a word with a capital, at its start or within ("jQuery", "iOS"). */
const LIST_ITEM = propertyPattern(String.raw`^\p{L}*\p{Lu}`)
/** Most tokens a list may hold before its item: a few names and their commas. */
const MAX_LIST_TOKENS = 12

/** A list's opening head noun before "such as", "including" or "like", walking back over its items. */
export function listHead(
  tokens: readonly Token[],
  first: number,
  word: (k: number) => string,
): string {
  let k = first - 1
  const stop = Math.max(0, first - MAX_LIST_TOKENS)
  while (k > stop) {
    const text = word(k)
    if (text === 'including' || text === 'like' || (text === 'as' && word(k - 1) === 'such')) {
      break
    }
    const token = tokens[k] as Token
    if (!LIST_LINKS.has(text) && !LIST_ITEM.test(token.text)) return ''
    k--
  }
  if (k <= stop) return ''
  let head = word(k) === 'as' ? k - 2 : k - 1
  if (word(head) === ',') head--
  return word(head)
}

/**
 * "Brask, Halvard and other tools": a list's closing head noun after "and other", walking on
 * over its items.
 */
export function listTail(
  tokens: readonly Token[],
  last: number,
  word: (k: number) => string,
): string {
  const stop = Math.min(tokens.length, last + MAX_LIST_TOKENS)
  for (let k = last + 1; k < stop; k++) {
    const text = word(k)
    if (text === 'other' && (word(k - 1) === 'and' || word(k - 1) === 'or')) return word(k + 1)
    if (!LIST_LINKS.has(text) && !LIST_ITEM.test((tokens[k] as Token).text)) return ''
  }
  return ''
}
