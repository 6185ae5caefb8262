/**
 * Pass join-fields-of-body: joins a name to the body's name after "and" whose first field it is
 * ("Turkish Medicines" and "Medical Devices Agency" → one agency). The tagger cuts these in two.
 */

import {
  FIRMS_NAMED_FOR_PEOPLE,
  INSTITUTION_HEADS,
  LEGAL_FORMS,
  PLACE_ENDINGS,
  PLACE_WORDS,
  endsBody,
  isCountry,
  opensWithGivenName,
} from '../lexicon'
import { joinPairs, mentionOver } from '../mention-edits'
import { keyOf } from '../names'
import type { TaggedMention } from '../tagger'
import type { Token } from '../tokenize'
import type { EntityDocument } from '../types'

/** Last words of places that stand for a body: "Scotland Yard", "City Hall", "Downing Street". */
const METONYM_HEADS = new Set(['yard', 'hall', 'house', 'palace', 'castle', 'court', 'park'])

/** Last words of a body's full name, which may list its fields before them. */
const FORMAL_HEADS = new Set([...INSTITUTION_HEADS, 'company', 'corporation'])

/**
 * Joins a name of several words to the body's name after "and" that it is the first field of:
 * "Nairobi City Water and Sewerage Company", "Turkish Medicines and Medical Devices Agency". The
 * tagger cuts these in two, the first half often typed as a place or a nationality. Not when the
 * first half is a person, a country, a place or a body in its own right ("Siemens Mobility and
 * Alstom Holdings AG", "Scotland Yard and National Crime Agency"), nor when the second opens with
 * a given name.
 */
export function joinFieldsOfBody(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const { text, tokens } = doc
  return joinPairs(mentions, (left, right) =>
    fieldsOfBody(text, tokens, left, right)
      ? mentionOver(text, tokens, left, left.firstToken, right.lastToken, 'ORG')
      : undefined,
  )
}

function fieldsOfBody(
  text: string,
  tokens: readonly Token[],
  left: TaggedMention,
  right: TaggedMention,
): boolean {
  if (
    right.sentence !== left.sentence ||
    right.firstToken !== left.lastToken + 2 ||
    tokens[left.lastToken + 1]?.text !== 'and' ||
    left.type === 'PER' ||
    right.type !== 'ORG' ||
    left.lastToken === left.firstToken ||
    right.lastToken === right.firstToken
  ) {
    return false
  }
  const leftLast = (tokens[left.lastToken] as Token).text.toLowerCase().replace(/\.$/, '')
  const rightLast = (tokens[right.lastToken] as Token).text.toLowerCase().replace(/\.$/, '')
  return (
    FORMAL_HEADS.has(rightLast) &&
    !endsBody(leftLast) &&
    !PLACE_WORDS.has(leftLast) &&
    !PLACE_ENDINGS.has(leftLast) &&
    !METONYM_HEADS.has(leftLast) &&
    !LEGAL_FORMS.has(leftLast) &&
    !isCountry(left.text) &&
    !opensWithGivenName([(tokens[right.firstToken] as Token).text]) &&
    !FIRMS_NAMED_FOR_PEOPLE.has(keyOf(left.text))
  )
}
