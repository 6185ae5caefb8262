/**
 * Pass split-company-pairs: cuts a body's name at "and" when the words before it already end in
 * a company word or make a known firm ("Siemens Mobility and Alstom" is two companies; "Marks and
 * Spencer" and "Department of Energy and Climate Change" stay one).
 */

import { BODY_WORDS, FIRMS_NAMED_FOR_PEOPLE, INSTITUTION_LINKS } from '../lexicon'
import { isCapitalisedToken, mentionOver } from '../mention-edits'
import { keyOf } from '../names'
import type { TaggedMention } from '../tagger'
import type { Token } from '../tokenize'
import type { EntityDocument } from '../types'

/** Whether tokens [from, to) hold a linking word: "Department of Energy and Climate Change". */
function linksWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    if (INSTITUTION_LINKS.has((tokens[t] as Token).text.toLowerCase())) return true
  }
  return false
}

/**
 * Cuts a body's name at "and" when the words before it already end in a company word or make a
 * known firm: "Siemens Mobility and Alstom", "Goldman Sachs and Morgan Stanley" are two
 * companies, where "Marks and Spencer" or "Department of Energy and Climate Change" is one.
 */
export function splitCompanyPairs(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const { text, tokens } = doc
  const split: TaggedMention[] = []
  for (const mention of mentions) {
    let first = mention.firstToken
    if (mention.type === 'ORG') {
      for (let t = first + 2; t < mention.lastToken; t++) {
        if ((tokens[t] as Token).text !== 'and') continue
        const before = (tokens[t - 1] as Token).text.toLowerCase().replace(/\.$/, '')
        const firm = (): boolean =>
          FIRMS_NAMED_FOR_PEOPLE.has(
            keyOf(text.slice((tokens[first] as Token).start, (tokens[t - 1] as Token).end)),
          )
        if (!BODY_WORDS.has(before) && !firm()) continue
        if (!isCapitalisedToken(tokens[t + 1]) || linksWithin(tokens, first, t)) continue
        split.push(mentionOver(text, tokens, mention, first, t - 1))
        first = t + 1
      }
    }
    if (first === mention.firstToken) {
      split.push(mention)
      continue
    }
    split.push(mentionOver(text, tokens, mention, first, mention.lastToken))
  }
  return split
}
