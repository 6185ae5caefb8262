/**
 * Pass join-model-words: a product's model is written as a name, a number and a model word
 * ("PlayStation 4 Pro", "Galaxy S10 Plus", "the PS4 Pro"), and the tagger may leave the model word
 * alone ("Pro"), a fragment that names nothing. A one-word mention that is a model word right
 * after a token holding a digit is joined to what it ends: the mention ending at that number, or
 * ending just before it ("PlayStation" + "4" + "Pro"), or else the number's token itself when it
 * is a model code with letters ("PS4" + "Pro"). The joined mention names a product: misc.
 *
 * A model word after a plain count stays out of it: "3 Pro" in "Pro" athletes, "the Mini" alone.
 */

import type { TaggedMention } from '../tagger'
import type { Token } from '../tokenize'
import type { EntityDocument } from '../types'
import { newMention } from '../mention-edits'
import { MODEL_WORDS } from '../lexicon'

const DIGIT = /\d/
/** A model code: letters and digits in one token ("PS4", "S10"), not a plain number. */
const MODEL_CODE = /^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9-]+$/

export function joinModelWords(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const { tokens } = doc
  const joined: TaggedMention[] = []
  for (const mention of mentions) {
    const t = mention.firstToken
    const number = tokens[t - 1]
    if (
      t !== mention.lastToken ||
      !MODEL_WORDS.has(mention.text) ||
      !DIGIT.test(number?.text ?? '')
    ) {
      joined.push(mention)
      continue
    }
    const before = joined.at(-1)
    const line = (number as Token).line
    if (
      before !== undefined &&
      (before.lastToken === t - 1 || before.lastToken === t - 2) &&
      (tokens[before.firstToken] as Token).line === line
    ) {
      joined[joined.length - 1] = newMention(doc, before.firstToken, t, 'MISC')
    } else if (MODEL_CODE.test((number as Token).text)) {
      joined.push(newMention(doc, t - 1, t, 'MISC'))
    } else {
      joined.push(mention)
    }
  }
  return joined
}
