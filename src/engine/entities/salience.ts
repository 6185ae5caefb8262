/**
 * Salience: who and what a story is about, as a reader would list them. Each entity earns points
 * from the evidence a news story gives of its subjects, and its salience is points / (points +
 * HALF_POINTS), in [0, 1).
 *
 * - Breadth: a point per sentence of the story that names it, not per mention, so an entity named
 *   across the story beats one named many times in one list.
 * - The headline and the lead: named in the title, or in the first sentences of the story.
 * - Voice: a person or body who speaks (speech.ts: "Lee said", "said Mr. Lee", "according to
 *   Lee"; and the speakers a quote finder resolved, passed in `speakers`): readers look for them.
 *   Not for an interviewer ("co-host Ann Lee", interviewers.ts): her questions frame the answers.
 * - Position: an earlier first mention, a little.
 * - Sources weigh little: a dateline's city, a journal, an outlet credited with the news
 *   (sources.ts: "told Reuters", "the Harbour Times reported") earn a fifth of a point a sentence
 *   and nothing else; and mentions in the last lines of a long text, where bios, credits and
 *   related links sit, add nothing to breadth, lead or position.
 * - Misc entities (groups, events, products) count half, nationalities a third: "Chinese" says
 *   where something comes from, and is written as often as the country itself. A misc entity
 *   the headline names counts in full: the product a review is about is its subject.
 *
 * Method: one walk over each entity's mentions, with binary searches into the tokens and the
 * tagger's sentences; speakers are matched to entities by span, then by name.
 */

import type { Candidate } from './candidate'
import { GAZETTEER_BITS } from './gazetteer'
import { namesInterviewer } from './interviewers'
import { bitsOf } from './lexicon'
import { keyOf } from './names'
import { namesCredit, namesVenue } from './sources'
import { speaksAt } from './speech'
import type { TaggedText } from './tagger'
import { sequenceOf, tokenIndexIn } from './mention-edits'
import type { Token } from './tokenize'
import type { EntityDocument, EntityType, SpeakerMention } from './types'
import type { Span } from '../types'
import { propertyPattern } from '../text/patterns'

/** One entity as salience reads it: its mentions in text order, its forms and its type. */
export interface SalienceInput {
  candidates: readonly Candidate[]
  forms: readonly string[]
  type: EntityType
}

/** Points for each sentence of the story that names the entity. */
const SENTENCE_POINTS = 1
/** Points for each sentence that names it only as a source. */
const SOURCE_SENTENCE_POINTS = 0.2
/** Points for a mention in the lead. */
const LEAD_POINTS = 3
/** Points for a mention in the title. */
const TITLE_POINTS = 3
/** Points for the first time the entity speaks, and for each time after, up to a cap. */
const FIRST_VOICE_POINTS = 2
const MORE_VOICE_POINTS = 0.75
const MAX_VOICE_POINTS = 3.5
/** Points for a first mention at the very start, falling to none at the end. */
const POSITION_POINTS = 1
/** Points at which salience is one half. */
const HALF_POINTS = 8
/** Misc entities (groups, events, products) count half; nationalities ("Chinese") a third. */
const MISC_SCALE = 0.5
const NATIONALITY_SCALE = 0.35
/** The endings of adjectives made from names: "Democratic", "Republican", "Catholic", "Kurdish". */
const ADJECTIVE_ENDING = /(?:ic|an|ish|ese)$/

/**
 * The lead runs to the end of its second sentence of at least LEAD_MIN_TOKENS tokens: the short
 * lines before it (a kicker, a standfirst's label, "Photo") do not count. With fewer such
 * sentences among the first LEAD_MAX_SENTENCES, the first LEAD_SENTENCES lead.
 */
const LEAD_SENTENCES = 2
const LEAD_MIN_TOKENS = 10
const LEAD_MAX_SENTENCES = 6
/** The last lines of a text of at least TAIL_FROM sentences: where bios and credits sit. */
const TAIL_SENTENCES = 2
const TAIL_FROM = 12

/** Entities that speak. */
const VOICE_TYPES = new Set<EntityType>(['person', 'organization'])
/** Entities that may be credited as a source. */
const SOURCE_TYPES = new Set<EntityType>(['organization', 'misc'])

const NON_WORD_RUNS = propertyPattern(String.raw`[^\p{L}\p{N}]+`, 'g')

/**
 * How much an entity of this type and these forms counts. A product, event or work the headline
 * names is what the story is about ("Xbox One X review: …"), and counts in full.
 */
function typeScale(type: EntityType, forms: readonly string[], inTitle: boolean): number {
  if (type !== 'misc') return 1
  // "Chinese", "Israelis", "South Korean", "U.S.-Israeli": the last word is a nationality.
  const nationality = forms.every(
    (form) => (bitsOf(form.split(/[\s-]/).at(-1) ?? '') & GAZETTEER_BITS.nationality) !== 0,
  )
  if (nationality) return NATIONALITY_SCALE
  // "Democratic candidates", "Republican voters": an adjective in the headline is no subject.
  const adjective = forms.every((form) => !form.includes(' ') && ADJECTIVE_ENDING.test(form))
  return inTitle && !adjective ? 1 : MISC_SCALE
}

function mentionsTitle(title: string | undefined, forms: readonly string[]): boolean {
  if (!title) return false
  const normalTitle = ` ${keyOf(title).replace(NON_WORD_RUNS, ' ')} `
  return forms.some((form) => {
    const normal = keyOf(form).replace(NON_WORD_RUNS, ' ').trim()
    return normal.length > 0 && normalTitle.includes(` ${normal} `)
  })
}

/** How many sentences the lead holds. */
function leadSentences(sequences: readonly Span[]): number {
  let full = 0
  for (let k = 0; k < Math.min(sequences.length, LEAD_MAX_SENTENCES); k++) {
    const sequence = sequences[k] as Span
    if (sequence.end - sequence.start >= LEAD_MIN_TOKENS) full++
    if (full === LEAD_SENTENCES) return k + 1
  }
  // A text of short sentences: its first ones lead it.
  return LEAD_SENTENCES
}

/** Where the story's text ends, where its last lines begin, and how many sentences lead it. */
function storyBounds(tagged: TaggedText): { end: number; tailStart: number; lead: number } {
  const { tokens, sequences } = tagged
  const end = tokens.at(-1)?.end ?? 0
  const lead = leadSentences(sequences)
  if (sequences.length < TAIL_FROM) return { end, tailStart: end, lead }
  const tail = sequences[sequences.length - TAIL_SENTENCES] as Span
  return { end, tailStart: (tokens[tail.start] as Token).start, lead }
}

/** The speakers' mention starts, per entity: by the mention a speaker overlaps, else by name. */
function voicesOf(
  inputs: readonly SalienceInput[],
  speakers: readonly SpeakerMention[],
): Set<number>[] {
  const voices = inputs.map(() => new Set<number>())
  if (speakers.length === 0) return voices
  const mentions: { start: number; end: number; entity: number }[] = []
  const byName = new Map<string, number>()
  inputs.forEach((input, entity) => {
    for (const candidate of input.candidates) {
      mentions.push({ start: candidate.mention.start, end: candidate.mention.end, entity })
    }
    if (!VOICE_TYPES.has(input.type)) return
    for (const form of input.forms) if (!byName.has(form)) byName.set(form, entity)
  })
  mentions.sort((a, b) => a.start - b.start)
  for (const speaker of speakers) {
    // The last mention starting before the speaker's end is the one it may overlap.
    let low = 0
    let high = mentions.length
    while (low < high) {
      const middle = (low + high) >> 1
      if ((mentions[middle] as (typeof mentions)[number]).start < speaker.end) low = middle + 1
      else high = middle
    }
    const mention = mentions[low - 1]
    if (mention !== undefined && mention.end > speaker.start) {
      voices[mention.entity]?.add(mention.start)
      continue
    }
    const entity = byName.get(speaker.name)
    if (entity !== undefined) voices[entity]?.add(speaker.start)
  }
  return voices
}

/** How many of the ascending `values` are not in the ascending `others` (one merge walk). */
function countMissing(values: readonly number[], others: readonly number[]): number {
  let missing = 0
  let k = 0
  for (const value of values) {
    while (k < others.length && (others[k] as number) < value) k++
    if (others[k] !== value) missing++
  }
  return missing
}

function voicePoints(voices: number): number {
  if (voices === 0) return 0
  return Math.min(MAX_VOICE_POINTS, FIRST_VOICE_POINTS + MORE_VOICE_POINTS * (voices - 1))
}

/** The salience of each entity, in [0, 1), rounded to 4 decimals. */
export function salienceOf(
  inputs: readonly SalienceInput[],
  doc: EntityDocument,
  title: string | undefined,
  speakers: readonly SpeakerMention[] = [],
): number[] {
  const { tokens, tagged } = doc
  const bounds = storyBounds(tagged)
  const voices = voicesOf(inputs, speakers)
  return inputs.map((input, entity) => {
    // Candidates come in text order, so their sentences do too: counting a sentence when it
    // changes counts each once.
    const story: number[] = []
    const sources: number[] = []
    const voice = voices[entity] as Set<number>
    const speaks = VOICE_TYPES.has(input.type)
    const credits = SOURCE_TYPES.has(input.type)
    let first: number | undefined
    let lead = false
    let interviewer = false
    for (const candidate of input.candidates) {
      const { start, end } = candidate.mention
      const firstToken = tokenIndexIn(doc, start)
      const lastToken = tokenIndexIn(doc, end) - 1
      const sentence = sequenceOf(doc, firstToken)
      if (speaks && namesInterviewer(tokens, firstToken)) interviewer = true
      if (
        candidate.dateline ||
        namesVenue(tokens, candidate, firstToken) ||
        (credits && namesCredit(tokens, candidate, firstToken, lastToken))
      ) {
        if (sources.at(-1) !== sentence) sources.push(sentence)
        continue
      }
      if (speaks && speaksAt(tokens, firstToken, lastToken)) voice.add(start)
      if (start >= bounds.tailStart) continue
      if (story.at(-1) !== sentence) story.push(sentence)
      first ??= start
      if (sentence < bounds.lead) lead = true
    }
    const sourceOnly = countMissing(sources, story)
    const inTitle = story.length > 0 && mentionsTitle(title, input.forms)
    const points =
      typeScale(input.type, input.forms, inTitle) *
      (SENTENCE_POINTS * story.length +
        SOURCE_SENTENCE_POINTS * sourceOnly +
        (lead ? LEAD_POINTS : 0) +
        (inTitle ? TITLE_POINTS : 0) +
        (interviewer ? 0 : voicePoints(voice.size)) +
        (first === undefined ? 0 : POSITION_POINTS * (1 - first / Math.max(1, bounds.end))))
    return Math.round((points / (points + HALF_POINTS)) * 10000) / 10000
  })
}
