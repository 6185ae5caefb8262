/**
 * Pass merge-name-variants: entities whose names are forms of one name are one entity. A form is
 * read from the structure of the name alone:
 *   - a hashtag: "#Kestrel" is Kestrel;
 *   - a web domain: "Kestrel.com" is Kestrel;
 *   - a firm's name with its corporate suffix: "Kestrel Group", "Kestrel Holdings" are Kestrel;
 *   - a plural of a thing or a body: "Hobbits" are the Hobbit (never people: "Williams");
 *   - a body's name in the other order: "Department of Water Safety" is the Water Safety
 *     Department;
 *   - a name whose last words are written as their acronym: "Ostland Grid Operator" (ORG) is the
 *     "Ostland GO", and a place's body named by its acronym ("Ostland GO") is the "GO" the text
 *     names alone.
 * Method: one walk gives each entity the forms its name may stand for; an entity whose own name is
 * such a form of another is merged into it, when their types agree (people only with people; a
 * thing with any body or place). Cheap: a map lookup per form, a handful of forms per entity.
 */

import type { Candidate, Cluster } from '../candidate'
import { absorb, majority } from '../candidate'
import { INSTITUTION_HEADS, LEGAL_FORMS, isListedPlace } from '../lexicon'
import { isAllCaps, isCapitalised, keyOf } from '../names'
import type { MentionType } from '../types'
import { propertyPattern } from '../../text/patterns'

const LETTERS_ONLY = propertyPattern(String.raw`^\p{L}+$`)

/** Last words that only say a firm is a firm: "Alvor Group" is Alvor. */
const CORPORATE_SUFFIXES = new Set([
  ...LEGAL_FORMS,
  'group',
  'holdings',
  'holding',
  'incorporated',
  'corporation',
  'company',
  'limited',
])

/** A web domain written as a name: "Alvor.com", "alvor.co.uk". */
const DOMAIN = /^(.+?)\.(?:com|org|net|gov|edu|io|news|co\.uk|org\.uk|com\.au)$/i

/** Shortest plural read as one ("Orcs" → orc); shorter words ending in s are seldom plurals. */
const MIN_PLURAL_LENGTH = 5

/** The other forms `group`'s name may be written in, as keys (see keyOf). */
function formsOf(group: Cluster, type: MentionType): string[] {
  const { key } = group
  const text = (group.candidates[0] as Candidate).mention.text
  const words = key.split(' ')
  const forms: string[] = []
  if (key.startsWith('#') && key.length > 1) forms.push(key.slice(1))
  const domain = DOMAIN.exec(text)
  if (domain) forms.push(keyOf(domain[1] as string))
  if (words.length === 1) {
    const plural =
      type !== 'PER' &&
      type !== 'LOC' &&
      key.length >= MIN_PLURAL_LENGTH &&
      key.endsWith('s') &&
      !key.endsWith('ss')
    if (plural) forms.push(key.slice(0, -1))
    return forms
  }
  if (type === 'ORG' && CORPORATE_SUFFIXES.has(words[words.length - 1] as string)) {
    forms.push(words.slice(0, -1).join(' '))
  }
  if (words.length > 2 && words[1] === 'of' && INSTITUTION_HEADS.has(words[0] as string)) {
    forms.push([...words.slice(2), words[0]].join(' '))
  }
  forms.push(...acronymForms(text))
  return forms
}

/**
 * "Ostland Grid Operator" → "ostland go": the words after the first written as their acronym,
 * when they are all capitalised; and "Ostland GO" → "go": a place's body named by its acronym.
 */
function acronymForms(text: string): string[] {
  const words = text.split(/\s+/)
  if (words.length < 2) return []
  const last = words[words.length - 1] as string
  const head = words.slice(0, -1).join(' ')
  if (last.length >= 2 && isAllCaps(last) && LETTERS_ONLY.test(last) && isListedPlace(head)) {
    return [keyOf(last)]
  }
  const rest = words.slice(1)
  if (rest.length < 2 || !rest.every(isCapitalised)) return []
  const acronym = rest.map((word) => word[0] as string).join('')
  return [keyOf(`${words[0] as string} ${acronym}`)]
}

/** People merge only with people; a thing (misc) with anything else. */
function typesAgree(a: MentionType, b: MentionType): boolean {
  if (a === b) return true
  if (a === 'PER' || b === 'PER') return false
  return a === 'MISC' || b === 'MISC'
}

export function mergeNameVariants(clusters: readonly Cluster[]): Cluster[] {
  const byKey = new Map<string, Cluster>()
  const order = new Map<Cluster, number>()
  for (const group of clusters) {
    if (!byKey.has(group.key)) byKey.set(group.key, group)
    order.set(group, order.size)
  }
  // Each cluster's current home after merges: a short chain, as merges go one way per form.
  const home = new Map<Cluster, Cluster>()
  const find = (group: Cluster): Cluster => {
    let at = group
    for (let next = home.get(at); next !== undefined; next = home.get(at)) at = next
    return at
  }
  for (const group of clusters) {
    const type = majority(group)
    for (const form of formsOf(group, type)) {
      const other = byKey.get(form)
      if (other === undefined) continue
      const a = find(group)
      const b = find(other)
      if (a === b || !typesAgree(majority(a), majority(b))) continue
      // The entity mentioned more often takes in the other; the earlier one among equals.
      const [target, merged] =
        b.candidates.length > a.candidates.length ||
        (b.candidates.length === a.candidates.length && (order.get(b) ?? 0) < (order.get(a) ?? 0))
          ? [b, a]
          : [a, b]
      target.forcedType ??= merged.forcedType
      absorb(target, merged)
      home.set(merged, target)
    }
  }
  return clusters.filter((group) => !home.has(group))
}
