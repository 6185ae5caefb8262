/**
 * Small edits of the tagger's mentions that the repair passes share: a mention moved to other
 * tokens, neighbouring mentions joined, a token found by offset.
 */

import { isCapitalised } from './names'
import type { Span } from '../types'
import type { ConllType, TaggedMention } from './tagger'
import type { Token } from './tokenize'
import type { EntityDocument } from './types'
import { NICKNAMING_VERBS } from '../text/quoted-titles'

export function isCapitalisedToken(token: Token | undefined): boolean {
  return token !== undefined && isCapitalised(token.text)
}

/** The index of the first token that starts at or after `offset` (tokens.length if none). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((tokens[middle] as Token).start < offset) low = middle + 1
    else high = middle
  }
  return low
}

/** tokenIndexAt over the document's tokens, searched in their typed array of starts. */
export function tokenIndexIn(doc: EntityDocument, offset: number): number {
  const starts = doc.tokenStarts
  let low = 0
  let high = starts.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((starts[middle] as number) < offset) low = middle + 1
    else high = middle
  }
  return low
}

/** `mention` moved to tokens [first, last], with its text, and typed `type`. */
export function mentionOver(
  text: string,
  tokens: readonly Token[],
  mention: TaggedMention,
  first: number,
  last: number,
  type: ConllType = mention.type,
): TaggedMention {
  const start = (tokens[first] as Token).start
  const end = (tokens[last] as Token).end
  return {
    ...mention,
    start,
    end,
    text: text.slice(start, end),
    type,
    firstToken: first,
    lastToken: last,
  }
}

/**
 * Each mention cut to the tokens [first, last] that `keep` gives it, or left whole where `keep`
 * gives nothing: the one shape of the passes that take a word off a mention's end.
 */
export function cutMentions(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
  keep: (mention: TaggedMention, tokens: readonly Token[]) => readonly [number, number] | undefined,
): TaggedMention[] {
  const { text, tokens } = doc
  return mentions.map((mention) => {
    const kept = keep(mention, tokens)
    return kept === undefined ? mention : mentionOver(text, tokens, mention, kept[0], kept[1])
  })
}

/**
 * Replaces each pair of neighbouring mentions that `join` makes one (it returns the joined
 * mention) by that mention; a joined mention is not joined again.
 */
export function joinPairs(
  mentions: readonly TaggedMention[],
  join: (left: TaggedMention, right: TaggedMention) => TaggedMention | undefined,
): TaggedMention[] {
  const joined: TaggedMention[] = []
  for (let m = 0; m < mentions.length; m++) {
    const left = mentions[m] as TaggedMention
    const right = mentions[m + 1]
    const pair = right === undefined ? undefined : join(left, right)
    joined.push(pair ?? left)
    if (pair !== undefined) m++
  }
  return joined
}

/** Whether the mention sits alone in parentheses right after a body's name: "… Prevention (X)". */
export function isBodyAlias(
  tokens: readonly Token[],
  mention: { firstToken: number; lastToken: number },
  before: { lastToken: number; type: string } | undefined,
): boolean {
  return (
    before !== undefined &&
    before.type === 'ORG' &&
    before.lastToken === mention.firstToken - 2 &&
    tokens[mention.firstToken - 1]?.text === '(' &&
    tokens[mention.lastToken + 1]?.text === ')'
  )
}

/** The index of the tagging sequence (sentence) that holds token `t`. */
export function sequenceOf(doc: EntityDocument, t: number): number {
  const { sequences } = doc.tagged
  let low = 0
  let high = sequences.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((sequences[middle] as Span).start <= t) low = middle
    else high = middle - 1
  }
  return low
}

/** A new mention over tokens [first, last], typed `type`. */
export function newMention(
  doc: EntityDocument,
  first: number,
  last: number,
  type: ConllType,
): TaggedMention {
  const { text, tokens } = doc
  const start = (tokens[first] as Token).start
  const end = (tokens[last] as Token).end
  return {
    start,
    end,
    text: text.slice(start, end),
    type,
    sentence: sequenceOf(doc, first),
    firstToken: first,
    lastToken: last,
  }
}

/**
 * `mentions` with those that overlap tokens [first, last] replaced by one mention over exactly
 * those tokens, typed `type`; the list stays in text order.
 */
export function replaceTokens(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
  first: number,
  last: number,
  type: ConllType,
): TaggedMention[] {
  const joined = newMention(doc, first, last, type)
  const kept = mentions.filter((mention) => mention.lastToken < first || mention.firstToken > last)
  const at = kept.findIndex((mention) => mention.firstToken > last)
  return at < 0 ? [...kept, joined] : [...kept.slice(0, at), joined, ...kept.slice(at)]
}

/** The capitalised tokens on `t`'s line running from `t` in direction `step` (±1), as an index. */
export function capitalisedRun(tokens: readonly Token[], t: number, step: 1 | -1): number {
  const line = (tokens[t] as Token).line
  let end = t
  while (isCapitalisedToken(tokens[end + step]) && (tokens[end + step] as Token).line === line) {
    end += step
  }
  return end
}

/** Most tokens back to a nicknaming verb: "dubbed “Brask” or “Ost the Bold”". */
const MAX_NICKNAME_REACH = 6

/** Whether a nicknaming verb stands a few tokens before the quote mark at `open`, on its line. */
export function followsNaming(tokens: readonly Token[], open: number): boolean {
  const line = (tokens[open] as Token).line
  for (let k = open - 1; k >= Math.max(0, open - MAX_NICKNAME_REACH); k--) {
    const token = tokens[k] as Token
    if (token.line !== line) return false
    if (NICKNAMING_VERBS.has(token.text.toLowerCase())) return true
  }
  return false
}
