/**
 * Pass split-trailing-countries: cuts a country off the end of a "person" that opens with no
 * given name, when the text also writes the first word alone ("Lebed Chechnya peace plan" names
 * Lebed and Chechnya). Words written alone are counted once per text.
 */

import { isCountry, opensWithGivenName } from '../lexicon'
import { isCapitalisedToken, mentionOver } from '../mention-edits'
import { isCapitalised } from '../names'
import type { TaggedMention } from '../tagger'
import type { Token } from '../tokenize'
import type { EntityDocument } from '../types'

/**
 * Words the text writes alone: capitalised, with no capitalised word right after ("Lebed said").
 * Counted once per text, so that each name asks in constant time.
 */
function wordsWrittenAlone(tokens: readonly Token[]): Set<string> {
  const alone = new Set<string>()
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as Token
    if (isCapitalised(token.text) && !isCapitalisedToken(tokens[t + 1])) alone.add(token.text)
  }
  return alone
}

/**
 * Cuts a country off the end of a "person" that opens with no given name from the word list, when
 * the text also names the person without the country: a headline's "Lebed Chechnya peace plan"
 * names Lebed (written alone elsewhere) and Chechnya. "Michael Jordan" stays whole, and so does
 * "Steve Israel" when the text never writes "Steve" alone ("Steve Bannon" is not alone).
 */
export function splitTrailingCountries(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const { text, tokens } = doc
  let split: TaggedMention[] | undefined
  let alone: Set<string> | undefined
  let written: Map<string, number> | undefined
  const repeated = (name: string): boolean => {
    if (written === undefined) {
      written = new Map()
      for (const { text: form } of mentions) written.set(form, (written.get(form) ?? 0) + 1)
    }
    return (written.get(name) ?? 0) > 1
  }
  mentions.forEach((mention, m) => {
    const { firstToken, lastToken } = mention
    const first = (tokens[firstToken] as Token).text
    if (
      mention.type !== 'PER' ||
      lastToken === firstToken ||
      opensWithGivenName([first]) ||
      !isCountry((tokens[lastToken] as Token).text) ||
      !(alone ??= wordsWrittenAlone(tokens)).has(first) ||
      repeated(mention.text)
    ) {
      split?.push(mention)
      return
    }
    split ??= mentions.slice(0, m)
    split.push(
      mentionOver(text, tokens, mention, firstToken, lastToken - 1),
      mentionOver(text, tokens, mention, lastToken, lastToken, 'LOC'),
    )
  })
  return split ?? [...mentions]
}
