/**
 * Pass cut-opening-adjectives: a word that opens a sentence is capitalised by its place, and the
 * tagger may glue it to the name after it ("Wary Republicans in the Senate…", "Angry Democrats
 * wrote…"). A mention of several words that opens its sentence loses its first word when the
 * text names the rest alone elsewhere, writes the whole only there, and no list knows the first
 * word as a name (a place, a given name, a nationality, a compass or qualifier word): "South
 * Africa" or "New Zealand" keep their first word, and a name a text repeats whole ("Aston Villa")
 * is a name. The rest must be a group's plural that the text does not type as a person: "Camila
 * Ostrova", then "Ostrova", is a person with a given name no list knows.
 * Method: one walk counts the mentions by text; each sentence-opening mention is then checked
 * against the counts; the rest takes the type of its first mention alone.
 */

import { bitsOf, PLACE_QUALIFIERS } from '../lexicon'
import { newMention } from '../mention-edits'
import type { TaggedMention } from '../tagger'
import type { EntityDocument } from '../types'
import { propertyPattern } from '../../text/patterns'

/** A capitalised word of letters: "Wary", not "St." or "NASA". */
const CAPITALISED_WORD = propertyPattern(String.raw`^\p{Lu}\p{Ll}+$`)

export function cutOpeningAdjectives(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const { tokens } = doc
  const { sequences } = doc.tagged
  const counts = new Map<string, number>()
  // The rest takes the type the text gives it alone: "Republicans" is no person for "Wary".
  const typeOf = new Map<string, TaggedMention['type']>()
  for (const mention of mentions) {
    counts.set(mention.text, (counts.get(mention.text) ?? 0) + 1)
    if (!typeOf.has(mention.text)) typeOf.set(mention.text, mention.type)
  }
  return mentions.map((mention) => {
    const first = mention.firstToken
    if (first === mention.lastToken || sequences[mention.sentence]?.start !== first) return mention
    const word = tokens[first]?.text ?? ''
    if (!CAPITALISED_WORD.test(word) || bitsOf(word) !== 0) return mention
    if (PLACE_QUALIFIERS.has(word.toLowerCase()) || counts.get(mention.text) !== 1) return mention
    const rest = newMention(doc, first + 1, mention.lastToken, mention.type)
    const type = typeOf.get(rest.text)
    // Only to a group's plural ("Republicans"): "Camila Ostrova", then "Ostrova", is a person
    // with a given name no list knows, whatever the tagger made of the surname.
    const plural = rest.text.endsWith('s') && !rest.text.endsWith('ss')
    return type === undefined || type === 'PER' || !plural ? mention : { ...rest, type }
  })
}
