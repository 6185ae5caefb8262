/**
 * The person's evidence right before one mention of a name, beside the title, the age in commas
 * and "said he" of type-cues.ts: a kinship noun ("his wife Brask", "her son Ost") or an age before
 * the name ("52-year-old Brask"), with nothing after the name that it qualifies. Families and
 * ages belong to people only, so the cue is strong: it keeps a given name that the text writes
 * alone a person ("wife Grace", where the tagger may read a place). The context-types pass adds
 * it to the other cues of the name.
 */

import type { Token } from './tokenize'
import { STRONG_CUE } from './type-cues'
import type { TypeCue } from './type-cues'

/** Kinship nouns, lower case, right before a name: "his wife Brask", "her grandson Ost". */
const KINSHIP_NOUNS = new Set([
  'wife',
  'husband',
  'son',
  'daughter',
  'mother',
  'father',
  'brother',
  'sister',
  'uncle',
  'aunt',
  'cousin',
  'nephew',
  'niece',
  'grandson',
  'granddaughter',
  'grandmother',
  'grandfather',
  'widow',
  'widower',
  'fiancée',
  'fiancé',
  'girlfriend',
  'boyfriend',
  'stepson',
  'stepdaughter',
])

/** An age written before a name: "52-year-old", "the 45-year-old". */
const AGE_BEFORE = /^\d{1,3}-year-old$/

/**
 * What may follow the person's name itself: punctuation, a link or a verb of the person. Not a
 * noun the name qualifies: "the 27-year-old Brask labourer" is a man from Brask.
 */
const PERSON_FOLLOWERS = new Set([
  ',',
  '.',
  ';',
  ':',
  ')',
  'and',
  'or',
  'who',
  'said',
  'says',
  'was',
  'is',
  'has',
  'had',
  'told',
  'will',
  'would',
])

/** The person cue right before the mention from token `first` to `last`, if any. */
export function personCuesAround(tokens: readonly Token[], first: number, last: number): TypeCue[] {
  const before = tokens[first - 1]?.text ?? ''
  const after = tokens[last + 1]?.lower
  if (after !== undefined && !PERSON_FOLLOWERS.has(after)) return []
  return KINSHIP_NOUNS.has(before) || AGE_BEFORE.test(before)
    ? [{ type: 'PER', weight: STRONG_CUE }]
    : []
}
