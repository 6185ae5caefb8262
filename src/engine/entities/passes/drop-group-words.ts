/**
 * Pass drop-group-words: words that describe a kind of people name no one. Two kinds:
 *   1. the words of race or identity that many style guides capitalise ("Black and Latinx youth",
 *      "BIPOC artists", "LGBTQ couples"): adjectives or group nouns, not a place or a body. A
 *      mention that is one of them alone goes, unless the text writes the word inside a longer
 *      name too, where it is a surname ("Jack Black … Black said") or part of a name ("Black Sea");
 *   2. a follower's noun, "Islamists", "an Islamist", "Trotskyites": the suffixes -ist and -ite
 *      make a noun of a doctrine's or a leader's follower, and its plural is a group of any number
 *      of them; nationalities before it only say where they are ("Tunisian Islamists"). Kept:
 *      parties and faiths' people named so ("Socialists", "Shiites"), "Christ", and surnames in
 *      -quist or -qvist.
 * Method: one walk over the mentions with a test of each kind's words. Nationalities and ethnic
 * names ("Latino", "Hispanic", "Somali") stay: they are misc entities.
 */

import { GAZETTEER_BITS } from '../gazetteer'
import { bitsOf } from '../lexicon'
import type { TaggedMention } from '../tagger'
import type { Token } from '../tokenize'
import type { EntityDocument } from '../types'
import { propertyPattern } from '../../text/patterns'
import { words } from '../../text/furniture/vocabulary'

/** Colour words used of people, and umbrella terms of identity, in their written forms. */
const GROUP_WORDS = words(
  'Black Blacks White Whites Brown Latinx Latine BIPOC POC AAPI LGBT LGBTQ LGBTQ+ LGBTQIA ' +
    'LGBTQIA+ LGBTQ2S+ Indigenous',
)

/**
 * A title-case follower's noun: "Islamists", "Trotskyites", "Islamist". Not a singular in -ite,
 * which ends surnames and common words ("White", "Kite").
 */
const FOLLOWERS = propertyPattern(String.raw`^\p{Lu}\p{Ll}{2,}(?:ists?|ites)$`)

/** Words of that shape that name a party, a faith's people or one person: kept as names. */
const KEPT_FOLLOWERS = new Set([
  'socialist',
  'socialists',
  'communist',
  'communists',
  'nationalist',
  'nationalists',
  'shiites',
  'sunnites',
  'christ',
  'antichrist',
])

const SURNAME_ENDINGS = /(?:quist|qvist)$/

function isFollowerWord(word: string): boolean {
  const lower = word.toLowerCase()
  return FOLLOWERS.test(word) && !KEPT_FOLLOWERS.has(lower) && !SURNAME_ENDINGS.test(lower)
}

/** "Islamists", "Tunisian Islamists": a follower's noun after nationalities only. */
function isFollowers(mention: TaggedMention, tokens: readonly Token[]): boolean {
  const { firstToken: first, lastToken: last } = mention
  if (!isFollowerWord((tokens[last] as Token).text)) return false
  for (let k = first; k < last; k++) {
    const word = (tokens[k] as Token).text.toLowerCase()
    if ((bitsOf(word) & GAZETTEER_BITS.nationality) === 0) return false
  }
  return true
}

function isIdentityWord(mention: TaggedMention): boolean {
  return mention.firstToken === mention.lastToken && GROUP_WORDS.has(mention.text)
}

/** Words written inside longer names: "Jack Black", "Black Sea". */
function wordsOfLongerNames(mentions: readonly TaggedMention[]): Set<string> {
  const named = new Set<string>()
  for (const mention of mentions) {
    if (mention.firstToken !== mention.lastToken) {
      for (const word of mention.text.split(' ')) named.add(word)
    }
  }
  return named
}

export function dropGroupWords(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const named = mentions.some(isIdentityWord) ? wordsOfLongerNames(mentions) : undefined
  return mentions.filter(
    (mention) =>
      !isFollowers(mention, doc.tokens) &&
      (named === undefined || !isIdentityWord(mention) || named.has(mention.text)),
  )
}
