/**
 * Pass join-work-titles: the title of a work is one name, with the small words and the names
 * inside it. Two forms:
 *   1. a title in double quote marks, written in title case, holding a name the tagger found
 *      ("“The Wit and Wisdom of Michael Bloomberg”" is a booklet, not the person or "Wisdom of
 *      Michael Bloomberg"): the whole quoted title becomes one work (MISC). Quoted speech is no
 *      title: a lower-case word other than a small linking word ("the", "of", "and") rules it out;
 *   2. a periodical's head word before "of (the)" and a body's name ("Proceedings of the National
 *      Academy of Sciences", "Journal of the Royal Society"): the head opens the journal's name,
 *      and the body named inside it is its publisher, not the entity the text cites.
 */

import { mentionOver, newMention } from '../mention-edits'
import {
  CLOSING_DOUBLE_QUOTES,
  OPENING_DOUBLE_QUOTES,
  TITLE_SMALL_WORDS,
} from '../../text/quoted-titles'
import type { TaggedMention } from '../tagger'
import type { Token } from '../tokenize'
import type { EntityDocument } from '../types'

/** Punctuation a quoted title may carry inside its closing quote mark. */
const INNER_PUNCTUATION = new Set([',', '.', '?', '!', ':'])
/** Lower-case words a title in title case keeps, and the ampersand. */
const LINKING_WORDS = new Set([...TITLE_SMALL_WORDS, 'from', '&'])
/** Longest quoted title read, in tokens. */
const MAX_TITLE_TOKENS = 12

/** Head words of periodicals' names, before "of": "Proceedings of the …". */
const PERIODICAL_HEADS = new Set([
  'proceedings',
  'journal',
  'annals',
  'bulletin',
  'transactions',
  'archives',
  'reports',
])

function capitalised(word: string): boolean {
  return word.toLowerCase() !== word
}

/** The last token of the title opened at quote token `open`, or -1 when no title is there. */
function titleEnd(tokens: readonly Token[], open: number): number {
  const line = (tokens[open] as Token).line
  for (let t = open + 1; t <= open + MAX_TITLE_TOKENS && t < tokens.length; t++) {
    const token = tokens[t] as Token
    if (token.line !== line) return -1
    if (CLOSING_DOUBLE_QUOTES.has(token.text)) {
      let last = t - 1
      if (INNER_PUNCTUATION.has((tokens[last] as Token).text)) last--
      const first = tokens[open + 1] as Token
      return last > open && capitalised(first.text) && capitalised((tokens[last] as Token).text)
        ? last
        : -1
    }
    const closes =
      INNER_PUNCTUATION.has(token.text) && CLOSING_DOUBLE_QUOTES.has(tokens[t + 1]?.text ?? '')
    if (!closes && !capitalised(token.text) && !LINKING_WORDS.has(token.text)) return -1
  }
  return -1
}

/** Form 1: quoted titles holding a mention. */
function quotedTitles(doc: EntityDocument, mentions: readonly TaggedMention[]): TaggedMention[] {
  const { tokens } = doc
  const titles: TaggedMention[] = []
  let m = 0
  for (let t = 0; t < tokens.length && m < mentions.length; t++) {
    if (!OPENING_DOUBLE_QUOTES.has((tokens[t] as Token).text)) continue
    const last = titleEnd(tokens, t)
    if (last < 0) continue
    while (m < mentions.length && (mentions[m] as TaggedMention).firstToken <= t) m++
    const inside = mentions[m]
    // A title the tagger found no name in, or one it holds whole already, is left as it is.
    if (inside === undefined || inside.lastToken > last) continue
    if (inside.firstToken === t + 1 && inside.lastToken === last) continue
    titles.push(newMention(doc, t + 1, last, 'MISC'))
    t = last
  }
  if (titles.length === 0) return [...mentions]
  const kept = mentions.filter(
    (mention) =>
      !titles.some(
        (title) => mention.firstToken <= title.lastToken && mention.lastToken >= title.firstToken,
      ),
  )
  return [...kept, ...titles].sort((a, b) => a.start - b.start)
}

/** Form 2: a periodical's head and "of (the)" before a body's name. */
function periodical(doc: EntityDocument, mention: TaggedMention): TaggedMention {
  const { text, tokens } = doc
  let of = mention.firstToken - 1
  if (tokens[of]?.text === 'the') of--
  const head = tokens[of - 1]
  if (tokens[of]?.text !== 'of' || head === undefined) return mention
  if (!capitalised(head.text) || !PERIODICAL_HEADS.has(head.text.toLowerCase())) return mention
  if (head.line !== (tokens[mention.lastToken] as Token).line) return mention
  return mentionOver(text, tokens, mention, of - 1, mention.lastToken)
}

export function joinWorkTitles(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  return quotedTitles(doc, mentions).map((mention) => periodical(doc, mention))
}
