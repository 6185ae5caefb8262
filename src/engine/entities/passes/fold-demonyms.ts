/**
 * Pass fold-demonyms: the word for a country's people or things ("Israeli", "Israelis", "South
 * Korean") is a mention of that country when the text names the country too, so the entity list
 * has one entry for Israel, not Israel and the Israelis. A demonym is read from the country's name
 * by the endings English forms them with (Israel-i, Korea-n, Ital-ian for Italy, Japan-ese, China
 * for Chin-ese, Mexic-an for Mexico), and a few irregular ones from a small table (British,
 * French, Dutch…). Only a name the gazetteer lists as a nationality is read, and it folds only
 * into an entity the text names and reads as a place, so "Korean" in a text without Korea stays.
 * Method: one walk collects the places by key; each nationality entity tries its handful of
 * forms against them.
 */

import type { Cluster } from '../candidate'
import { absorb, majority } from '../candidate'
import { GAZETTEER_BITS } from '../gazetteer'
import { bitsOf } from '../lexicon'

/** Demonyms that no ending rule turns into their country's name. */
const IRREGULAR = new Map<string, readonly string[]>([
  ['british', ['britain', 'great britain', 'united kingdom', 'uk']],
  ['briton', ['britain', 'great britain', 'united kingdom', 'uk']],
  ['english', ['england']],
  ['scottish', ['scotland']],
  ['welsh', ['wales']],
  ['irish', ['ireland']],
  ['french', ['france']],
  ['dutch', ['netherlands', 'the netherlands', 'holland']],
  ['swiss', ['switzerland']],
  ['spanish', ['spain']],
  ['greek', ['greece']],
  ['turkish', ['turkey', 'türkiye']],
  ['polish', ['poland']],
  ['danish', ['denmark']],
  ['swedish', ['sweden']],
  ['finnish', ['finland']],
  ['filipino', ['philippines', 'the philippines']],
  ['thai', ['thailand']],
  ['afghan', ['afghanistan']],
  ['argentine', ['argentina']],
  ['peruvian', ['peru']],
  ['norwegian', ['norway']],
])

/** The forms a country's name may take for a demonym `word` (lower case, singular). */
function countryForms(word: string): readonly string[] {
  const irregular = IRREGULAR.get(word)
  if (irregular) return irregular
  const forms: string[] = []
  // Israel-i, Pakistan-i, Korea-n, Kenya-n, Cuba-n
  if (word.endsWith('i') || word.endsWith('n')) forms.push(word.slice(0, -1))
  // Ital-ian → Italy, Hungar-ian → Hungary; Austral-ian → Australia (the "n" rule above)
  if (word.endsWith('ian')) forms.push(`${word.slice(0, -3)}y`)
  // Mexic-an → Mexico, Chile-an → Chile, Morocc-an → Morocco
  if (word.endsWith('an')) forms.push(`${word.slice(0, -2)}o`, word.slice(0, -2))
  // Japan-ese, Vietnam-ese; Chin-ese → China, Burm-ese → Burma
  if (word.endsWith('ese')) forms.push(word.slice(0, -3), `${word.slice(0, -3)}a`)
  return forms
}

/** The demonym of a name whose last word a nationality (its plural too): the word, singular. */
function demonymOf(words: readonly string[]): string | undefined {
  const last = words[words.length - 1] as string
  if ((bitsOf(last) & GAZETTEER_BITS.nationality) === 0) return undefined
  const singular = last.endsWith('s') && !last.endsWith('ss') ? last.slice(0, -1) : last
  return (bitsOf(singular) & GAZETTEER_BITS.nationality) !== 0 ? singular : last
}

export function foldDemonyms(clusters: readonly Cluster[]): Cluster[] {
  const places = new Map<string, Cluster>()
  for (const group of clusters) {
    if (majority(group) === 'LOC' && !places.has(group.key)) places.set(group.key, group)
  }
  if (places.size === 0) return [...clusters]
  const folded = new Set<Cluster>()
  for (const group of clusters) {
    // A demonym is no person's name; one read as a place already is the place.
    const type = majority(group)
    if (type === 'PER' || type === 'LOC') continue
    const words = group.key.split(' ')
    // "South Korean": the qualifier stays on the country ("South Korea").
    if (words.length > 2) continue
    const demonym = demonymOf(words)
    if (demonym === undefined) continue
    const qualifier = words.length === 2 ? `${words[0] as string} ` : ''
    for (const form of countryForms(demonym)) {
      const country = places.get(qualifier + form)
      if (country === undefined) continue
      // The country stays a place however many mentions its people's name brings.
      country.forcedType ??= 'LOC'
      country.nameKeys ??= new Set(country.candidates.map((candidate) => candidate.key))
      absorb(country, group)
      folded.add(group)
      break
    }
  }
  return clusters.filter((group) => !folded.has(group))
}
