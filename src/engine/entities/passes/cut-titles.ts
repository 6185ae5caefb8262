/**
 * Pass cut-titles: a title the tagger took into a name belongs to the person's role, not the
 * name: "Transport Secretary Grant Shapps" (tagged a body) is the person Grant Shapps, "Honour
 * Judge Neil Ash" the person Neil Ash. The role is then read from the words before the name
 * (person-role.ts). The cut is made at the last title word of the mention, when what follows is a
 * person's name: two or three capitalised words, none of them a title or a body word, opening with
 * a given name or closed by a surname the text gives a person elsewhere ("Mr Shapps"). "Secretary of State", "Prime Minister's Office", "President Grant Hotel" (a body
 * word closes it) and "Foreign Office" are left alone.
 */

import { ORGANIZATION_BIT, bitsOf, isTitleWord, opensWithGivenName } from '../lexicon'
import { mentionOver } from '../mention-edits'
import { TITLE_CASE } from '../names'
import type { TaggedMention } from '../tagger'
import type { Token } from '../tokenize'
import type { EntityDocument } from '../types'

const MIN_NAME_WORDS = 2
const MAX_NAME_WORDS = 3

/** Whether `words` read as a person's name after a title; `surnames`: of the text's persons. */
function personName(words: readonly string[], surnames: ReadonlySet<string>): boolean {
  return (
    words.length >= MIN_NAME_WORDS &&
    words.length <= MAX_NAME_WORDS &&
    (opensWithGivenName(words) || surnames.has(words[words.length - 1] as string)) &&
    words.every(
      (word) =>
        TITLE_CASE.test(word.replace(/[-'\u2019]/g, '')) &&
        !isTitleWord(word) &&
        (bitsOf(word) & ORGANIZATION_BIT) === 0,
    )
  )
}

export function cutTitles(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const { text, tokens } = doc
  const surnames = new Set(
    mentions
      .filter((mention) => mention.type === 'PER')
      .map((mention) => (tokens[mention.lastToken] as Token).text),
  )
  return mentions.map((mention) => {
    const { firstToken: first, lastToken: last } = mention
    for (let t = last - MIN_NAME_WORDS; t >= first; t--) {
      if (!isTitleWord((tokens[t] as Token).text)) continue
      const words = tokens.slice(t + 1, last + 1).map((token) => token.text)
      return personName(words, surnames)
        ? mentionOver(text, tokens, mention, t + 1, last, 'PER')
        : mention
    }
    return mention
  })
}
