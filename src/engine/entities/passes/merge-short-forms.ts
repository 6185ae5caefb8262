/**
 * Pass merge-short-forms: two kinds of short form that grouping leaves apart are one entity with
 * the longer name.
 *   - A body's head word alone ("the House", "the Court") is the one body of the text whose name
 *     it opens before "of" ("House of Representatives", "Court of Appeal"); beside two such
 *     bodies ("House of Commons", "House of Lords") it names neither for sure and stays.
 *   - A product's model letters alone ("the XS", "the S10") are the one product of the text whose
 *     name they close ("iPhone XS"): a code of capitals or digits names nothing else. A place's
 *     code ("UK" of "Vodafone UK") is the place, not the product.
 *   - A few places and parties are written in short forms no rule of name structure reads: New
 *     York City is "New York", "NY" and "NYC" too, the Republican Party the "GOP", the
 *     Conservatives the "Tories" (small tables of real short forms, as KNOWN_ALIASES in
 *     lexicon.ts; those are merged wherever they occur, these only beside a full name). A
 *     party's full name is whichever of its forms the text writes: "Republican Party",
 *     "Republicans" or "Republican".
 * Method: one walk indexes the entities by key and the bodies "X of …" by their head word; each
 * short form then looks up the entity it stands for.
 */

import type { Candidate, Cluster } from '../candidate'
import { absorb, majority } from '../candidate'
import { KNOWN_ALIASES, isCountry } from '../lexicon'

/** A model's code: up to three capitals, or capitals with digits ("XS", "S10", "A13"). */
const MODEL_CODE = /^(?:[A-Z]{1,3}|[A-Z]{0,3}\d{1,4}[A-Z]{0,2})$/

/** Real short forms of a place's name, by the full name's key (see keyOf: dots dropped). */
const PLACE_SHORT_FORMS = new Map<string, readonly string[]>([
  ['new york city', ['new york', 'ny', 'nyc']],
])

/**
 * Real nicknames of parties, by key, with the keys of the party's own forms, looked up in order:
 * the party's name, its members, its adjective (merge-word-forms makes these one entity later).
 */
const PARTY_SHORT_FORMS = new Map<string, readonly string[]>([
  ['gop', ['republican party', 'republicans', 'republican']],
  ['grand old party', ['republican party', 'republicans', 'republican']],
  ['tories', ['conservative party', 'conservatives', 'conservative']],
  ['tory', ['conservative party', 'conservatives', 'conservative']],
  ['lib dems', ['liberal democrats', 'liberal democrat']],
])

function isModelCode(group: Cluster): boolean {
  const text = (group.candidates[0] as Candidate).mention.text
  return MODEL_CODE.test(text) && !KNOWN_ALIASES.has(group.key) && !isCountry(text)
}

export function mergeShortForms(clusters: readonly Cluster[]): Cluster[] {
  const byKey = new Map<string, Cluster>()
  // The bodies named "X of …" by X; null when two bodies open with it.
  const bodiesOf = new Map<string, Cluster | null>()
  // The products (things) by their last word; null when two products end with it.
  const productsBy = new Map<string, Cluster | null>()
  for (const group of clusters) {
    if (!byKey.has(group.key)) byKey.set(group.key, group)
    const words = group.key.split(' ')
    if (words.length > 1 && majority(group) === 'MISC') {
      const last = words[words.length - 1] as string
      productsBy.set(last, productsBy.has(last) ? null : group)
    }
    if (words.length < 3 || words[1] !== 'of' || majority(group) !== 'ORG') continue
    const head = words[0] as string
    bodiesOf.set(head, bodiesOf.has(head) ? null : group)
  }
  const merged = new Set<Cluster>()
  const merge = (target: Cluster | null | undefined, group: Cluster | undefined): void => {
    if (!target || !group || target === group || merged.has(group)) return
    absorb(target, group)
    merged.add(group)
  }
  // A place or its government ("New York City officials"), never a person or a work.
  const isPlace = (group: Cluster | undefined): group is Cluster =>
    group !== undefined && (majority(group) === 'LOC' || majority(group) === 'ORG')
  for (const [full, forms] of PLACE_SHORT_FORMS) {
    const place = byKey.get(full)
    if (!isPlace(place)) continue
    for (const form of forms) {
      const group = byKey.get(form)
      if (isPlace(group)) merge(place, group)
    }
  }
  // A party or its members, never a person ("Tory Lanez") or a place.
  const isParty = (group: Cluster | undefined): group is Cluster =>
    group !== undefined && (majority(group) === 'ORG' || majority(group) === 'MISC')
  for (const [short, fulls] of PARTY_SHORT_FORMS) {
    const group = byKey.get(short)
    if (!isParty(group)) continue
    merge(fulls.map((full) => byKey.get(full)).find(isParty), group)
  }
  for (const group of clusters) {
    if (group.key.includes(' ')) continue
    const type = majority(group)
    if (type === 'ORG') merge(bodiesOf.get(group.key), group)
    const product = type !== 'LOC' && isModelCode(group) ? productsBy.get(group.key) : undefined
    if (product) {
      // The product stays a thing, however the tagger read its code.
      product.forcedType ??= 'MISC'
      merge(product, group)
    }
  }
  return merged.size === 0 ? [...clusters] : clusters.filter((group) => !merged.has(group))
}
