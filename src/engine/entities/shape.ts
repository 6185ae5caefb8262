/**
 * Stage shape: one public entity per cluster. Its name is the fullest form (a dateline's capitals
 * title-cased), its type the cluster's, its aliases the other forms; salience weighs mention count,
 * first position, the headline and the lead. A dateline's city and a paper's journal are where the
 * story comes from: their position and lead count only from a mention in the story itself
 * (sources.ts). Sorted by salience, with ids from name and type.
 */

import type { Candidate, Cluster } from './candidate'
import { byStart, majority } from './candidate'
import { isAllCaps, keyOf, slug, titleCase } from './names'
import { firstInStory } from './sources'
import type { TaggedText } from './tagger'
import type { Token } from './tokenize'
import type { Entity, EntityDocument, EntityOptions, EntityType, MentionType } from './types'
import { unicodePattern } from '../text/patterns'

const NON_WORD_RUNS = unicodePattern(String.raw`[^\p{L}\p{N}]+`, 'g')

const TYPE_NAMES: Record<MentionType, EntityType> = {
  PER: 'person',
  LOC: 'place',
  ORG: 'organization',
  MISC: 'misc',
  date: 'date',
  money: 'money',
  percent: 'percent',
}

/** Salience weights; they sum to 1 so salience stays in [0, 1]. */
const SALIENCE_COUNT = 0.4
const SALIENCE_POSITION = 0.2
const SALIENCE_TITLE = 0.2
const SALIENCE_LEAD = 0.2

/**
 * Misc entities are mostly nationalities and other adjectives ("Chinese", "European"): they say
 * where something comes from, not whom the article is about, yet are written as often as the
 * country itself and would head the list. Their salience is scaled down.
 */
const MISC_SALIENCE_SCALE = 0.5

/** Sentences that make up the lead. */
const LEAD_SENTENCES = 2

const NAME_TYPES: readonly EntityType[] = ['person', 'place', 'organization', 'misc']

function round(value: number): number {
  return Math.round(value * 10000) / 10000
}

function mentionsTitle(title: string | undefined, forms: readonly string[]): boolean {
  if (!title) return false
  const normalTitle = ` ${keyOf(title).replace(NON_WORD_RUNS, ' ')} `
  return forms.some((form) => {
    const normal = keyOf(form).replace(NON_WORD_RUNS, ' ').trim()
    return normal.length > 0 && normalTitle.includes(` ${normal} `)
  })
}

/** Where the lead ends: the end of its last sentence's last token. */
function leadEndOf(tagged: TaggedText): number {
  const leadSequence = tagged.sequences[Math.min(LEAD_SENTENCES, tagged.sequences.length) - 1]
  return leadSequence ? (tagged.tokens[leadSequence.end - 1] as Token).end : 0
}

export function shape(
  clusters: readonly Cluster[],
  doc: EntityDocument,
  options: EntityOptions,
): Entity[] {
  const { text } = doc
  const leadEnd = leadEndOf(doc.tagged)
  const maxCount = clusters.reduce((most, group) => Math.max(most, group.candidates.length), 1)
  const length = Math.max(1, text.length)
  const entities = clusters.map((group) => {
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
    const count = candidates.length
    const inStory = firstInStory(doc.tokens, candidates)
    const salience =
      (type === 'misc' ? MISC_SALIENCE_SCALE : 1) *
      (SALIENCE_COUNT * (count / maxCount) +
        (inStory === undefined ? 0 : SALIENCE_POSITION * (1 - inStory.mention.start / length)) +
        SALIENCE_TITLE * (mentionsTitle(options.title, forms) ? 1 : 0) +
        SALIENCE_LEAD * (inStory !== undefined && inStory.mention.start < leadEnd ? 1 : 0))
    const role = candidates.find((candidate) => candidate.role !== undefined)?.role
    const entity: Entity = {
      id: '',
      name,
      type,
      aliases: [...forms.filter((form) => form !== name), ...new Set(aliases)],
      mentions: candidates.map((candidate) => candidate.mention),
      count,
      salience: round(salience),
      firstMention: first.mention.start,
    }
    if (role !== undefined && type === 'person') entity.role = role
    return entity
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
