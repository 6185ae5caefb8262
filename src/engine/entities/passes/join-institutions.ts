/**
 * Pass join-institutions: joins a name ending in an institution word to the name after one linking
 * word ("Africa Centres" for "Disease Control" → one body), and takes in "and" and a field's name
 * the tagger left out ("… and Prevention").
 */

import {
  INSTITUTION_HEADS,
  INSTITUTION_LINKS,
  INSTITUTION_NOUNS,
  ABSTRACT_NOUN,
  bitsOf,
} from '../lexicon'
import { isCapitalisedToken, mentionOver } from '../mention-edits'
import type { TaggedMention } from '../tagger'
import type { Token } from '../tokenize'
import type { EntityDocument } from '../types'

const FIELD_WORDS = new Set(['services', 'affairs', 'studies', 'research', 'technology', 'trade'])

/**
 * The last word of a field an institution is named for: "Prevention", "Human Services". Not a
 * place, a name from the gazetteer or an institution word ("France", "Reading University").
 */
export function isFieldWord(word: string): boolean {
  const lower = word.toLowerCase()
  if (FIELD_WORDS.has(lower)) return true
  return (
    ABSTRACT_NOUN.test(word) &&
    bitsOf(word) === 0 &&
    !INSTITUTION_HEADS.has(lower) &&
    !INSTITUTION_NOUNS.has(lower)
  )
}

/**
 * Joins a name ending in an institution word to the name after it across one linking word
 * ("Africa Centres" for "Disease Control" → one organisation), then takes in an "and" and the
 * capitalised words after it that the tagger left out ("… and Prevention"). A joined name is not
 * joined again: names of two linking words are rare, and each join is one more chance to err.
 */
export function joinInstitutions(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const { text, tokens } = doc
  const joined: TaggedMention[] = []
  for (let m = 0; m < mentions.length; m++) {
    const left = mentions[m] as TaggedMention
    const right = mentions[m + 1]
    const link = tokens[left.lastToken + 1]
    if (
      right === undefined ||
      right.sentence !== left.sentence ||
      right.firstToken !== left.lastToken + 2 ||
      link === undefined ||
      !INSTITUTION_LINKS.has(link.text.toLowerCase()) ||
      !INSTITUTION_HEADS.has((tokens[left.lastToken] as Token).text.toLowerCase())
    ) {
      joined.push(left)
      continue
    }
    m++
    let lastToken = right.lastToken
    const next = mentions[m + 1]
    if (tokens[lastToken + 1]?.text === 'and' && isCapitalisedToken(tokens[lastToken + 2])) {
      // Words after "and" join only if they end in a field's name, not in another name: one
      // tagged word, or capitalised words the tagger left out, on the same line.
      const taggedNext = next?.firstToken === lastToken + 2
      const line = (tokens[lastToken] as Token).line
      let t = lastToken + 2
      const runEnd = next === undefined ? tokens.length : next.firstToken
      while (
        !taggedNext &&
        t + 1 < runEnd &&
        isCapitalisedToken(tokens[t + 1]) &&
        (tokens[t + 1] as Token).line === line
      ) {
        t++
      }
      const single = !taggedNext || next.lastToken === next.firstToken
      if (single && (tokens[t] as Token).line === line && isFieldWord((tokens[t] as Token).text)) {
        lastToken = t
        if (taggedNext) m++
      }
    }
    joined.push(mentionOver(text, tokens, left, left.firstToken, lastToken, 'ORG'))
  }
  return joined
}
