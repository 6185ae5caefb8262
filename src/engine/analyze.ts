/**
 * One analysis of a text: split once, mark furniture once, then summary, quotes and entities
 * over the same sentences, cross-linked. Page furniture (captions, credits, bylines, prompts…) is
 * blanked out, offsets kept, in the text that quotes and entities read, so it can be neither a
 * quote, a speaker nor an entity mention; the summary passes over furniture and structure alike,
 * and `furniture` lists every span set aside with its kind. A quote's speaker carries the id of the entity it names
 * (the entity whose mention the speaker span overlaps, else the entity whose name or alias is the
 * resolved speaker name: a pronoun "he" resolved to "Park Jin"); each summary sentence lists the
 * ids of the entities mentioned inside it. Links point only into the returned entity list.
 */
import { extractEntitiesFromDocument, type Entity, type EntityOptions } from './entities'
import { readQuotesInDocument, type Quote, type QuoteOptions, type Speaker } from './quotes'
import {
  summarizeSentences,
  type SummaryOptions,
  type SummaryResult,
  type SummarySentence,
} from './summary'
import {
  findBoilerplate,
  isPageFurniture,
  type BoilerplateKind,
  type BoilerplateMarks,
} from './text/boilerplate'
import { splitText, type SplitText } from './text/sentences'
import type { Sentence, Span, TextStructure } from './types'

export interface AnalyzeOptions {
  title?: string
  summary?: SummaryOptions
  quotes?: QuoteOptions
  entities?: Omit<EntityOptions, 'title' | 'speakers'>
  /** Blocks and removed furniture from an HTML extractor, when the text came from a page. */
  structure?: TextStructure
}

/** A span of the text the analysis set aside, and why. */
export interface FurnitureSpan extends Span {
  kind: BoilerplateKind
}

export interface LinkedSummary extends Omit<SummaryResult, 'sentences'> {
  sentences: (SummarySentence & { entities: string[] })[]
}

export interface LinkedQuote extends Omit<Quote, 'speaker'> {
  speaker: (Speaker & { entityId?: string }) | null
}

export interface Analysis {
  summary: LinkedSummary
  quotes: LinkedQuote[]
  entities: Entity[]
  /** Sentences kept out of the summary (all) and of quotes and entities (page furniture). */
  furniture: FurnitureSpan[]
}

const SPEAKER_TYPES = new Set(['person', 'organization'])

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }) {
  return a.start < b.end && b.start < a.end
}

function speakerEntity(speaker: Speaker, entities: readonly Entity[]): Entity | undefined {
  const candidates = entities.filter((entity) => SPEAKER_TYPES.has(entity.type))
  return (
    candidates.find((entity) => entity.mentions.some((mention) => overlaps(mention, speaker))) ??
    candidates.find(
      (entity) => entity.name === speaker.name || entity.aliases.includes(speaker.name),
    )
  )
}

/** Index of the sentence holding `offset`, by binary search over sentence starts. */
function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let low = 0
  let high = sentences.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const sentence = sentences[middle]
    if (!sentence) break
    if (offset < sentence.start) high = middle - 1
    else if (offset >= sentence.end) low = middle + 1
    else return middle
  }
  return -1
}

function entitiesBySentence(sentences: readonly Sentence[], entities: readonly Entity[]) {
  const bySentence = new Map<number, { id: string; first: number }[]>()
  for (const entity of entities) {
    const seen = new Set<number>()
    for (const mention of entity.mentions) {
      const index = sentenceAt(sentences, mention.start)
      if (index < 0 || seen.has(index)) continue
      seen.add(index)
      const list = bySentence.get(index) ?? []
      list.push({ id: entity.id, first: mention.start })
      bySentence.set(index, list)
    }
  }
  return bySentence
}

/**
 * The split text as quotes and entities read it: page furniture (whole sentences and fused
 * prefixes) blanked out with spaces, line breaks kept so that offsets and paragraphs stay, and
 * furniture sentences left out.
 */
function withoutFurniture(
  split: SplitText,
  marks: BoilerplateMarks,
  spans: readonly FurnitureSpan[],
): SplitText {
  const blanked = spans.filter((span) => isPageFurniture(span.kind))
  if (blanked.length === 0) return split
  const parts: string[] = []
  let at = 0
  for (const span of blanked) {
    parts.push(
      split.text.slice(at, span.start),
      split.text.slice(span.start, span.end).replace(/[^\n\r]/g, ' '),
    )
    at = span.end
  }
  parts.push(split.text.slice(at))
  return {
    text: parts.join(''),
    paragraphs: split.paragraphs,
    sentences: split.sentences
      .map((sentence, i) => {
        const cut = marks.prefixes[i]?.length ?? 0
        return cut === 0
          ? sentence
          : { ...sentence, start: sentence.start + cut, text: sentence.text.slice(cut) }
      })
      .filter((_, i) => !isPageFurniture(marks.sentences[i] ?? null)),
  }
}

/** Furniture and structure sentences, and furniture fused onto the head of text sentences. */
function furnitureSpans(split: SplitText, marks: BoilerplateMarks): FurnitureSpan[] {
  const spans: FurnitureSpan[] = []
  split.sentences.forEach((sentence, i) => {
    const kind = marks.sentences[i] ?? null
    const prefix = marks.prefixes[i] ?? null
    if (kind !== null) spans.push({ start: sentence.start, end: sentence.end, kind })
    else if (prefix !== null) {
      const end = sentence.start + sentence.text.slice(0, prefix.length).trimEnd().length
      spans.push({ start: sentence.start, end, kind: prefix.kind })
    }
  })
  return spans
}

/**
 * Summary, quotes and entities of a text from one pass of splitting.
 *
 * @example
 * const { summary, quotes, entities } = analyze(body, { title, summary: { sentences: 3 } })
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const split = splitText(text)
  const boilerplate = findBoilerplate(split, options.structure)
  const summary = summarizeSentences({ ...split, boilerplate }, options.summary, options.title)
  const furniture = furnitureSpans(split, boilerplate)
  const read = withoutFurniture(split, boilerplate, furniture)
  // Who speaks in any quote, key or not, ranks the entities: readers look for the story's voices.
  const reading = readQuotesInDocument(read, options.quotes)
  const entities = extractEntitiesFromDocument(read, {
    ...options.entities,
    title: options.title,
    speakers: reading.speakers,
  })
  const quotes = reading.quotes.map((quote): LinkedQuote => {
    if (!quote.speaker) return quote
    const entity = speakerEntity(quote.speaker, entities)
    return entity ? { ...quote, speaker: { ...quote.speaker, entityId: entity.id } } : quote
  })
  const bySentence = entitiesBySentence(split.sentences, entities)
  return {
    summary: {
      ...summary,
      sentences: summary.sentences.map((sentence) => ({
        ...sentence,
        entities: (bySentence.get(sentence.index) ?? [])
          .sort((a, b) => a.first - b.first)
          .map((link) => link.id),
      })),
    },
    quotes,
    entities,
    furniture,
  }
}
