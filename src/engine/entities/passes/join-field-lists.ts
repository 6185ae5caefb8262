/**
 * Pass join-field-lists: an institution named for a list of fields ("Academy of Soil, Water and
 * Air", "Centre on Work and Health") is one name, though the tagger cuts it at the comma or "and"
 * and reads the fields as names of their own.
 *
 * Method: at an institution word followed by a linking word, read a list of short capitalised runs
 * (one to three words) joined by commas and a final "and", all on one line. The list is taken in
 * only if its last item reads as a field, not as another name: not an institution, a place or a
 * person's full name the tagger marked; a run of several words must end in a field's word
 * ("Marine Research"). The name then runs from the capitalised words before the institution word
 * to the list's end, and replaces every mention it overlaps. A list the tagger saw nothing of is
 * left alone.
 */

import { INSTITUTION_HEADS, INSTITUTION_LINKS, INSTITUTION_NOUNS } from '../lexicon'
import { isCapitalisedToken, mentionOver } from '../mention-edits'
import type { TaggedMention } from '../tagger'
import type { Token } from '../tokenize'
import type { EntityDocument } from '../types'
import { isFieldWord } from './join-institutions'

/** Most words in one field of the list ("Allergy Research"). */
const MAX_ITEM_WORDS = 3

/** Capitalised words that open a sentence but are not part of a name. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their'])

interface Run {
  first: number
  last: number
}

/** The capitalised run of tokens from `t` on `line`, or undefined if too long or empty. */
function itemAt(tokens: readonly Token[], t: number, line: number): Run | undefined {
  let last = t - 1
  while (isCapitalisedToken(tokens[last + 1]) && (tokens[last + 1] as Token).line === line) last++
  const words = last - t + 1
  return words >= 1 && words <= MAX_ITEM_WORDS ? { first: t, last } : undefined
}

/** The index of the list's last token after the linking word at `link`, if it is a list of fields. */
function fieldListEnd(tokens: readonly Token[], link: number): Run | undefined {
  const line = (tokens[link] as Token).line
  let item = itemAt(tokens, link + 1, line)
  while (item !== undefined) {
    let next = item.last + 1
    if (tokens[next]?.text === ',') next++
    if (tokens[next]?.text === 'and') return itemAt(tokens, next + 1, line)
    if (tokens[item.last + 1]?.text !== ',') return undefined
    item = itemAt(tokens, next, line)
  }
  return undefined
}

/** Whether the list's last item reads as a field rather than as a name of its own. */
function isFieldItem(
  tokens: readonly Token[],
  item: Run,
  tagged: readonly TaggedMention[],
): boolean {
  const last = (tokens[item.last] as Token).text
  const lower = last.toLowerCase()
  if (INSTITUTION_HEADS.has(lower) || INSTITUTION_NOUNS.has(lower)) return false
  if (item.last > item.first && !isFieldWord(last)) return false
  return !tagged.some(
    (mention) =>
      mention.firstToken <= item.last &&
      mention.lastToken >= item.first &&
      (mention.type === 'LOC' ||
        (mention.type === 'PER' && mention.lastToken > mention.firstToken)),
  )
}

/** The first token of the name whose institution word is at `head`: the capitalised words before. */
function nameStart(tokens: readonly Token[], head: number): number {
  const line = (tokens[head] as Token).line
  let first = head
  while (first > 0) {
    const before = tokens[first - 1] as Token
    if (!isCapitalisedToken(before) || before.line !== line) break
    if (DETERMINERS.has(before.text.toLowerCase())) break
    first--
  }
  return first
}

export function joinFieldLists(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const { text, tokens } = doc
  let result = [...mentions]
  for (let head = 0; head + 2 < tokens.length; head++) {
    const word = tokens[head] as Token
    const link = tokens[head + 1] as Token
    if (!isCapitalisedToken(word) || !INSTITUTION_HEADS.has(word.text.toLowerCase())) continue
    if (!INSTITUTION_LINKS.has(link.text.toLowerCase())) continue
    const lastItem = fieldListEnd(tokens, head + 1)
    if (lastItem === undefined || !isFieldItem(tokens, lastItem, result)) continue
    const first = nameStart(tokens, head)
    const covered = result.filter((m) => m.firstToken <= lastItem.last && m.lastToken >= first)
    const seed = covered[0]
    if (seed === undefined) continue
    const joined = mentionOver(text, tokens, seed, first, lastItem.last, 'ORG')
    result = [...result.filter((m) => !covered.includes(m)), joined].sort(
      (a, b) => a.start - b.start,
    )
    head = lastItem.last
  }
  return result
}
