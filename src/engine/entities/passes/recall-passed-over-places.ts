/**
 * Pass recall-passed-over-places: adds as places the one-word names the tagger passed over after
 * two different prepositions of place or motion ("beyond Eday", "to Eday"), and every other lone
 * use of such a word in a sentence.
 */

import { TITLE_CASE, isCapitalised } from '../names'
import type { TaggedMention } from '../tagger'
import type { Token } from '../tokenize'
import type { EntityDocument } from '../types'
import { isUnlistedWord } from '../unlisted-words'

/**
 * Prepositions of place: a capitalised word right after one is most often a place. Not "on" or
 * "at", which as often take a platform or a body ("on Twitter", "at Harvard").
 */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'off', 'beyond'])

/**
 * Prepositions of place or motion ("beyond Eday", "off Eday", "to Westray"): a word the tagger
 * passed over must follow two different ones, so that one turn of phrase, even repeated ("a
 * degree in Semiotics and a chair in Semiotics"), makes no place. Not "on" or "at", which take
 * platforms and firms as often ("on Twitter", "at Citadel").
 */
const SPATIAL_PREPOSITIONS = new Set([
  ...PLACE_PREPOSITIONS,
  'to',
  'from',
  'into',
  'across',
  'around',
  'outside',
])

const MIN_SPATIAL_PREPOSITIONS = 2

/**
 * Adds, as places, the one-word names the tagger passed over right after a preposition of place
 * ("beyond Eday", "in Arbil"): a title-case word that opens no sentence, stands alone (the word
 * after it is neither capitalised nor a number), is in none of the word lists, is no day, month,
 * holiday, unit, language or abstract noun ("Compliance"), is never written in lower case in the
 * text, and follows two different prepositions of place or motion. Every other lone occurrence of
 * such a word inside a sentence is that place too ("grew up on Eday").
 */
export function withPassedOverPlaces(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const { tokens, sequences, writesLower } = doc.tagged
  const covered = new Uint8Array(tokens.length)
  for (const mention of mentions) covered.fill(1, mention.firstToken, mention.lastToken + 1)
  const standsAlone = (t: number, end: number): boolean => {
    const token = tokens[t] as Token
    const next = t + 1 < end ? (tokens[t + 1] as Token) : undefined
    // Not the first word of a longer name, nor a label before a number ("in Year 9").
    return (
      covered[t] === 0 &&
      TITLE_CASE.test(token.text) &&
      (next === undefined || (!isCapitalised(next.text) && !/^\d/.test(next.text)))
    )
  }
  // Words seen after a preposition of place, and the prepositions of place or motion each follows.
  const afterPlacePreposition = new Set<string>()
  const spatialUses = new Map<string, Set<string>>()
  for (const { start, end } of sequences) {
    for (let t = start + 1; t < end; t++) {
      // Most tokens are lower-case or tagged: ruled out by one character before any lookup.
      const code = (tokens[t] as Token).text.charCodeAt(0)
      if (covered[t] === 1 || code < 65 || (code > 90 && code < 128)) continue
      const previous = (tokens[t - 1] as Token).text
      if (!SPATIAL_PREPOSITIONS.has(previous) || !standsAlone(t, end)) continue
      const word = (tokens[t] as Token).text
      const prepositions = spatialUses.get(word) ?? new Set<string>()
      spatialUses.set(word, prepositions.add(previous))
      if (PLACE_PREPOSITIONS.has(previous)) afterPlacePreposition.add(word)
    }
  }
  const places = new Set<string>()
  for (const word of afterPlacePreposition) {
    const spatial = (spatialUses.get(word)?.size ?? 0) >= MIN_SPATIAL_PREPOSITIONS
    if (spatial && isUnlistedWord(word, word.toLowerCase(), writesLower)) places.add(word)
  }
  if (places.size === 0) return [...mentions]
  const added: TaggedMention[] = []
  sequences.forEach(({ start, end }, sentence) => {
    for (let t = start + 1; t < end; t++) {
      const token = tokens[t] as Token
      if (!places.has(token.text) || !standsAlone(t, end)) continue
      added.push({
        start: token.start,
        end: token.end,
        text: token.text,
        type: 'LOC',
        sentence,
        firstToken: t,
        lastToken: t,
      })
    }
  })
  return [...mentions, ...added].sort((a, b) => a.start - b.start)
}
