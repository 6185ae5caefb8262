/**
 * Pass drop-lowercase-phrases: a name of several common words that the text also writes in lower
 * case, word for word ("a Bus Rapid Transit line" and "the bus rapid transit service"), is a kind
 * of thing capitalised for emphasis, not a name: its mentions are dropped, and so are those of its
 * initials ("BRT"). A real name is written with its capitals every time ("Supreme Court", "Bank of
 * Leeds").
 *
 * Method: one walk over the tokens. The names of two words or more, all in title case, are keyed
 * by their first word in lower case; at each lower-case token that opens one, the next tokens are
 * compared with the rest of it.
 */

import { TITLE_CASE } from '../names'
import type { TaggedMention } from '../tagger'
import type { Token } from '../tokenize'
import type { EntityDocument } from '../types'

/** Words of a name that may be written in lower case in it ("Bank of Leeds"). */
const LINKS = new Set(['of', 'and', 'for', 'the', 'de'])

function isPhraseName(mention: TaggedMention, tokens: readonly Token[]): boolean {
  if (mention.lastToken === mention.firstToken) return false
  for (let t = mention.firstToken; t <= mention.lastToken; t++) {
    const word = (tokens[t] as Token).text
    if (!TITLE_CASE.test(word) && !LINKS.has(word)) return false
  }
  return true
}

/** The lower-case forms of `names` the text writes, word for word. */
function writtenInLowerCase(
  names: ReadonlyMap<string, readonly string[][]>,
  tokens: readonly Token[],
): Set<string> {
  const found = new Set<string>()
  for (let t = 0; t < tokens.length; t++) {
    const phrases = names.get((tokens[t] as Token).text)
    if (phrases === undefined) continue
    for (const words of phrases) {
      let k = 1
      while (k < words.length && tokens[t + k]?.text === words[k]) k++
      if (k === words.length) found.add(words.join(' '))
    }
  }
  return found
}

export function dropLowercasePhrases(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const { tokens } = doc
  const names = new Map<string, string[][]>()
  const keys = new Map<TaggedMention, string>()
  // The phrases already listed: a name repeated many times is listed once, found by its key.
  const listed = new Set<string>()
  for (const mention of mentions) {
    if (!isPhraseName(mention, tokens)) continue
    const words: string[] = []
    for (let t = mention.firstToken; t <= mention.lastToken; t++) {
      words.push((tokens[t] as Token).lower)
    }
    const key = words.join(' ')
    keys.set(mention, key)
    if (listed.has(key)) continue
    listed.add(key)
    const first = words[0] as string
    const list = names.get(first)
    if (list === undefined) names.set(first, [words])
    else list.push(words)
  }
  if (names.size === 0) return [...mentions]
  const lower = writtenInLowerCase(names, tokens)
  if (lower.size === 0) return [...mentions]
  const initials = new Set<string>()
  for (const phrase of lower) {
    const words = phrase.split(' ').filter((word) => !LINKS.has(word))
    if (words.length >= 2)
      initials.add(
        words
          .map((word) => word.charAt(0))
          .join('')
          .toUpperCase(),
      )
  }
  return mentions.filter(
    (mention) => !lower.has(keys.get(mention) ?? '') && !initials.has(mention.text),
  )
}
