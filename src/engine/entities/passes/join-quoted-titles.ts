/**
 * Pass join-quoted-titles: a title in quote marks names one work, a misc entity. News style puts
 * the titles of games, films, songs, books, shows and features in quotes ("Super Brask Run" will
 * launch, the new “Eye Contact Correction” feature), where the tagger reads their capitalised
 * words as people and bodies and cuts them apart ("Super" + "Brask Run"). Method: find quote
 * marks that hug a run of title-case words (capitalised words and the small words of a title,
 * "of", "and", "the", opening and closing on a capitalised word), at least two of them, with a
 * comma or a full stop at most before the closing mark; where the tagger marked a name inside,
 * the whole title becomes one misc mention. Not a quoted sentence (a lower-case word other than
 * a title's small words, or punctuation inside), not a one-word nickname (join-nicknames), not
 * a person's name in quotes (“Kofi Mensah”, opening on a given name), nor a nickname after
 * "dubbed" or "nicknamed" (dubbed “Brask the Bold”).
 */

import { opensWithGivenName } from '../lexicon'
import {
  CLOSING_DOUBLE_QUOTES,
  MAX_TITLE_WORDS,
  OPENING_DOUBLE_QUOTES,
  TITLE_SMALL_WORDS,
} from '../../text/quoted-titles'
import { followsNaming, isCapitalisedToken, replaceTokens } from '../mention-edits'
import type { TaggedMention } from '../tagger'
import type { Token } from '../tokenize'
import type { EntityDocument } from '../types'

/** The marks of a quoted title here: double, or curly single (a straight one is an apostrophe). */
const OPENING_QUOTES = new Set([...OPENING_DOUBLE_QUOTES, '‘'])
const CLOSING_QUOTES = new Set([...CLOSING_DOUBLE_QUOTES, '’'])
/** Lower-case words a title may hold between its capitalised words: "The Wit and Wisdom of". */
const SMALL_WORDS = new Set([...TITLE_SMALL_WORDS, 'from'])
/** Punctuation a title may end on inside its quote marks: “Temple Brask,” “Wit and Wisdom.” */
const TRAILING_PUNCTUATION = new Set([',', '.'])
/** Fewest capitalised words: one quoted word is a nickname or a scare quote. */
const MIN_TITLE_WORDS = 2

/**
 * The index of the title's last word when the quote opening at token `open` holds a title, else
 * -1.
 */
function titleEnd(tokens: readonly Token[], open: number): number {
  const line = (tokens[open] as Token).line
  let capitals = 0
  let last = -1
  for (let k = open + 1; k <= open + MAX_TITLE_WORDS + 1; k++) {
    const token = tokens[k]
    if (token === undefined || token.line !== line) return -1
    if (CLOSING_QUOTES.has(token.text)) {
      const hugged = (tokens[k - 1] as Token).end === token.start
      return hugged && capitals >= MIN_TITLE_WORDS && last === k - 1 ? last : -1
    }
    if (TRAILING_PUNCTUATION.has(token.text)) {
      const close = tokens[k + 1]
      if (close === undefined || !CLOSING_QUOTES.has(close.text) || close.start !== token.end) {
        return -1
      }
      return capitals >= MIN_TITLE_WORDS && last === k - 1 ? last : -1
    }
    if (isCapitalisedToken(token)) {
      capitals++
      last = k
    } else if (!SMALL_WORDS.has(token.text) || k === open + 1) return -1
  }
  return -1
}

export function joinQuotedTitles(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const { tokens } = doc
  let joined: TaggedMention[] | undefined
  for (let t = 0; t + 2 < tokens.length; t++) {
    const open = tokens[t] as Token
    if (!OPENING_QUOTES.has(open.text) || open.end !== (tokens[t + 1] as Token).start) continue
    const last = titleEnd(tokens, t)
    if (last < 0) continue
    const words = tokens.slice(t + 1, last + 1).map((token) => token.text)
    if (opensWithGivenName(words) || followsNaming(tokens, t)) continue
    const current = joined ?? mentions
    const named = current.some((m) => m.lastToken >= t + 1 && m.firstToken <= last)
    if (named) joined = replaceTokens(current, doc, t + 1, last, 'MISC')
    t = last
  }
  return joined ?? [...mentions]
}
