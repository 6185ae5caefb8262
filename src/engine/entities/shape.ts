/**
 * Stage shape: one public entity per cluster. Its name is the fullest form (a dateline's capitals
 * title-cased), its type the cluster's, its aliases the other forms; its salience (salience.ts)
 * weighs the sentences that name it, the headline and the lead, whether it speaks, and counts
 * little for sources and credits. Sorted by salience, with ids from name and type.
 */

import type { Candidate, Cluster } from './candidate'
import { byStart, majority } from './candidate'
import { isAllCaps, slug, titleCase } from './names'
import { salienceOf } from './salience'
import type { Entity, EntityDocument, EntityOptions, EntityType, MentionType } from './types'

const TYPE_NAMES: Record<MentionType, EntityType> = {
  PER: 'person',
  LOC: 'place',
  ORG: 'organization',
  MISC: 'misc',
  date: 'date',
  money: 'money',
  percent: 'percent',
}

const NAME_TYPES: readonly EntityType[] = ['person', 'place', 'organization', 'misc']

export function shape(
  clusters: readonly Cluster[],
  doc: EntityDocument,
  options: EntityOptions,
): Entity[] {
  const shaped = clusters.map((group) => {
    const candidates = byStart(group.candidates)
    const first = candidates[0] as Candidate
    const forms: string[] = []
    const aliases: string[] = []
    const { nameKeys } = group
    const named = nameKeys !== undefined
    const wordCounts: number[] = []
    for (const candidate of candidates) {
      const form = candidate.mention.text
      if (forms.includes(form)) continue
      // Forms other than the chosen name's go to the aliases: "Israelis" names Israel.
      if (named && !nameKeys.has(candidate.key)) {
        aliases.push(form)
        continue
      }
      forms.push(form)
      wordCounts.push(candidate.words.length)
    }
    // Fullest form: most words, then longest, then a cased form over a headline's capitals.
    let fullest = 0
    for (let k = 1; k < forms.length; k++) {
      const form = forms[k] as string
      const best = forms[fullest] as string
      // A hashtag ("#Kestrel") is a form of the name, never the name, when the text has another.
      const order =
        Number(best.startsWith('#')) - Number(form.startsWith('#')) ||
        (wordCounts[k] as number) - (wordCounts[fullest] as number) ||
        form.length - best.length ||
        Number(isAllCaps(best)) - Number(isAllCaps(form))
      if (order > 0) fullest = k
    }
    const fullestForm = forms[fullest] as string
    // A dateline's capitals are not the name's spelling: "CEDAR RAPIDS" is Cedar Rapids.
    const name = candidates.some(
      (candidate) => candidate.dateline && candidate.mention.text === fullestForm,
    )
      ? titleCase(fullestForm)
      : fullestForm
    const type = TYPE_NAMES[majority(group)]
    const role = candidates.find((candidate) => candidate.role !== undefined)?.role
    const entity: Entity = {
      id: '',
      name,
      type,
      aliases: [...forms.filter((form) => form !== name), ...new Set(aliases)],
      mentions: candidates.map((candidate) => candidate.mention),
      count: candidates.length,
      salience: 0,
      firstMention: first.mention.start,
    }
    if (role !== undefined && type === 'person') entity.role = role
    return { entity, salience: { candidates, forms, type } }
  })
  const saliences = salienceOf(
    shaped.map((item) => item.salience),
    doc,
    options.title,
    options.speakers,
  )
  const entities = shaped.map((item, k) => {
    item.entity.salience = saliences[k] as number
    return item.entity
  })
  entities.sort(
    (a, b) =>
      b.salience - a.salience ||
      a.firstMention - b.firstMention ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  )
  const used = new Map<string, number>()
  for (const entity of entities) {
    const base = `${slug(entity.name) || 'entity'}-${entity.type}`
    const seen = used.get(base) ?? 0
    used.set(base, seen + 1)
    entity.id = seen === 0 ? base : `${base}-${seen + 1}`
  }
  const wanted = options.types ?? NAME_TYPES
  const filtered = entities.filter((entity) => wanted.includes(entity.type))
  return options.limit === undefined ? filtered : filtered.slice(0, Math.max(0, options.limit))
}
