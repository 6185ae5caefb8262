/**
 * What a tagged name says of itself, whatever its context: a form of address makes a person, a
 * company or institution word a body, a street or landscape word a place, a language misc; a title
 * or a landscape word alone names nothing. Read once per distinct name and type.
 */

import {
  BODY_WORDS,
  FIRMS_NAMED_FOR_PEOPLE,
  INSTITUTION_HEADS,
  LANGUAGES,
  PLACE_ENDINGS,
  PLACE_WORDS,
  endsBody,
  isBodyName,
  isCountry,
  isTitleWord,
} from './lexicon'
import { keyOf } from './names'
import type { ConllType } from './tagger'
import type { MentionType } from './types'

/** Forms of address: a name they open is a person's, whatever the tagger says ("Dr. Vos"). */
const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady',
])

/** Words that open the name of an institution in any language ("Universidad de Chile"). */
const INSTITUTION_OPENERS = new Set([
  'university',
  'universidad',
  'universidade',
  'université',
  'universität',
  'università',
  'instituto',
  'institut',
  'institute',
  'museum',
  'ministry',
  'academy',
])

/** What a tagged name says of itself, whatever its context: read once per distinct name. */
export interface NameReading {
  /** A title or a landscape word alone ("Dame", "President", "Road") names nothing. */
  skip: boolean
  type: MentionType
  several: boolean
}

export function readName(tagged: string, taggedType: ConllType): NameReading {
  const taggedWords = tagged.split(/\s+/)
  const several = taggedWords.length > 1
  let type: MentionType = taggedType
  const firstWord = (taggedWords[0] as string).toLowerCase()
  const lastWord = (taggedWords[taggedWords.length - 1] as string).toLowerCase()
  const skip =
    taggedWords.every((word) => isTitleWord(word)) || (!several && PLACE_WORDS.has(firstWord))
  if (several && HONORIFICS.has(firstWord.replace(/\.$/, ''))) type = 'PER'
  else if (several && BODY_WORDS.has(lastWord.replace(/\.$/, ''))) type = 'ORG'
  else if (type === 'PER' && (isBodyName(tagged) || INSTITUTION_HEADS.has(lastWord))) type = 'ORG'
  else if (several && INSTITUTION_OPENERS.has(firstWord)) type = 'ORG'
  else if (several && FIRMS_NAMED_FOR_PEOPLE.has(keyOf(tagged))) type = 'ORG'
  if (type === 'ORG' && isCountry(tagged)) type = 'LOC'
  if (!several && LANGUAGES.has(firstWord)) type = 'MISC'
  // "Ocean Data Alliance" ends as a body whatever word it opens with.
  const bodyEnd = endsBody(lastWord)
  if (several && ((PLACE_WORDS.has(firstWord) && !bodyEnd) || PLACE_WORDS.has(lastWord))) {
    type = 'LOC'
  } else if (several && type !== 'PER' && PLACE_ENDINGS.has(lastWord)) type = 'LOC'
  return { skip, type, several }
}
