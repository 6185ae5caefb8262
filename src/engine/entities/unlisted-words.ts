/**
 * Unlisted words: whether a capitalised word the tagger passed over may be a name no list knows.
 * The recall passes (of places after "in", of lone names inside a sentence) ask the same question:
 * the word is in no gazetteer list, is no day, month, holiday, unit or language, no abstract noun
 * ("Compliance"), and the document never writes it in lower case (a common noun capitalised once
 * for emphasis is written lower elsewhere).
 */

import { GAZETTEER } from './gazetteer'
import { ABSTRACT_NOUN, CALENDAR_WORDS, LANGUAGES } from './lexicon'

export function isUnlistedWord(
  word: string,
  lower: string,
  writesLower: (lower: string) => boolean,
): boolean {
  if (GAZETTEER.has(lower) || CALENDAR_WORDS.has(lower) || LANGUAGES.has(lower)) return false
  return !ABSTRACT_NOUN.test(word) && !writesLower(lower)
}
