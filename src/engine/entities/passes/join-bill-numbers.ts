/**
 * Pass join-bill-numbers: a bill is named by its chamber, the word "Bill" and a number ("Senate
 * Bill 10", "House Bill 2", "Assembly Bill 5", "Bill C-11"), and the number is part of its name.
 * Without it the tagger leaves "Senate Bill" (or only "Senate", the chamber) where the text names
 * a law. The mention is taken over "Bill" and the number and typed misc, so the bill is an entity
 * of its own and the chamber keeps only the mentions that name it ("the Senate has not voted").
 * A word after the number that counts ("Bill 10 million") makes it no bill number.
 */

import { mentionOver } from '../mention-edits'
import type { TaggedMention } from '../tagger'
import type { Token } from '../tokenize'
import type { EntityDocument } from '../types'
import { COUNT_WORDS } from './join-road-numbers'

/** A bill's number: digits, maybe after a letter and a hyphen ("10", "C-11", "2B"). */
const BILL_NUMBER = /^(?:[A-Z]-)?\d{1,5}[A-Z]?$/

/** Token `k` follows token `k - 1` on its line after one space. */
function follows(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]
  const previous = tokens[k - 1]
  return (
    token !== undefined &&
    previous !== undefined &&
    token.line === previous.line &&
    token.start === previous.end + 1
  )
}

export function joinBillNumbers(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const { text, tokens } = doc
  return mentions.map((mention) => {
    let bill = mention.lastToken
    // "Senate" + "Bill 10": the tagger may stop before the word.
    if (tokens[bill]?.text !== 'Bill') bill++
    if (tokens[bill]?.text !== 'Bill' || (bill > mention.lastToken && !follows(tokens, bill))) {
      return mention
    }
    const number = bill + 1
    if (!follows(tokens, number) || !BILL_NUMBER.test((tokens[number] as Token).text)) {
      return mention
    }
    if (COUNT_WORDS.has(tokens[number + 1]?.text.toLowerCase() ?? '')) return mention
    return mentionOver(text, tokens, mention, mention.firstToken, number, 'MISC')
  })
}
