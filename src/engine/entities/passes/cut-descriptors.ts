/**
 * Pass cut-descriptors: a common noun inside a mention describes the name, it is not part of it.
 * A sentence opening "Power company Nordel says…" capitalises the descriptor, and the tagger
 * reads the three words as one name; the name is what follows the noun: "Nordel". A descriptor is
 * a lower-case word of four letters or more after one capitalised word, and no preposition or name
 * particle: "Newcastle upon Tyne", "Doctors without Borders", "Bank of England", "Jack in the Box"
 * and "Casa della Musica" stay whole.
 */

import { cutMentions } from '../mention-edits'
import type { TaggedMention } from '../tagger'
import type { Token } from '../tokenize'
import type { EntityDocument } from '../types'
import { propertyPattern } from '../../text/patterns'

const MIN_DESCRIPTOR_LENGTH = 4
/** Lower-case words of four letters or more that link the words of one name. */
const LINKS = new Set([
  'upon',
  'without',
  'within',
  'under',
  'across',
  'between',
  'beyond',
  'through',
  'against',
  'among',
  'into',
  'over',
  'from',
  'with',
  'bint',
  'della',
  'delle',
  'dello',
  'degli',
  'vander',
])
const LOWER_WORD = propertyPattern(String.raw`^\p{Ll}+$`)

function isDescriptor(token: Token): boolean {
  return (
    token.text.length >= MIN_DESCRIPTOR_LENGTH &&
    LOWER_WORD.test(token.text) &&
    !LINKS.has(token.text)
  )
}

export function cutDescriptors(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  // "Power company Nordel": one capitalised word, the noun, then the name.
  return cutMentions(mentions, doc, ({ firstToken: first, lastToken: last }, tokens) =>
    last - first < 2 || !isDescriptor(tokens[first + 1] as Token) ? undefined : [first + 2, last],
  )
}
