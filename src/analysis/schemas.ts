/**
 * Response schemas of the analysis endpoints, for the OpenAPI document. The engine's TypeScript
 * types are the source of truth for what is produced; these describe it for clients, each with
 * the engine's answer for the example article as its example (src/analysis/examples.json, written by npm run build:examples).
 */
import { z } from '@hono/zod-openapi'
import { BOILERPLATE_KINDS } from '../engine'
import EXAMPLES from './examples.json'
import { ENTITY_TYPES } from './options'

const offsets = {
  start: z.number().int().openapi({ description: 'UTF-16 offset into the analysed text.' }),
  end: z
    .number()
    .int()
    .openapi({ description: 'Exclusive UTF-16 offset: text.slice(start, end).' }),
}

export const SummarySentence = z
  .object({
    index: z.number().int(),
    paragraph: z.number().int(),
    text: z.string(),
    ...offsets,
    score: z.number(),
    rank: z.number().int(),
    entities: z
      .array(z.string())
      .optional()
      .openapi({ description: 'Ids of the entities the sentence mentions (analysis only).' }),
  })
  .openapi('SummarySentence')

export const SummaryResponse = z
  .object({
    sentences: z.array(SummarySentence),
    summary: z.string(),
    stats: z.record(z.string(), z.unknown()),
    algorithm: z.string().openapi({ example: 'precis-rank@1' }),
  })
  .loose()
  .openapi('Summary', { example: EXAMPLES.summary })

/** The summary as `format=text`, `markdown` or `html`. */
export const SummaryText = z.string().openapi({ example: EXAMPLES.summaryText })
export const SummaryMarkdown = z.string().openapi({ example: EXAMPLES.summaryMarkdown })
export const SummaryHtml = z.string().openapi({ example: EXAMPLES.summaryHtml })

export const Speaker = z
  .object({
    name: z.string(),
    ...offsets,
    entityId: z.string().optional(),
    role: z.string().optional(),
    anonymous: z.boolean(),
    anonymity: z
      .object({ text: z.string(), ...offsets })
      .optional()
      .openapi({
        description:
          'For an anonymous speaker, the words that withhold the name: "who declined to be named", or the unnamed description itself ("a senior official").',
      }),
    resolved: z.boolean().openapi({
      description:
        'False for a pronoun whose person could not be found; `name` is then the pronoun.',
    }),
  })
  .openapi('Speaker')

export const Quote = z
  .object({
    id: z.string(),
    text: z.string(),
    ...offsets,
    kind: z.enum(['full', 'partial', 'scare']).openapi({
      description:
        '`full`: a quoted sentence; `partial`: a phrase quoted inside the writer’s sentence; `scare`: a quoted term nobody is said to speak (only with `scare=true`).',
    }),
    speaker: Speaker.nullable(),
    cue: z.object({ text: z.string(), ...offsets }).nullable(),
    paragraph: z.number().int(),
    score: z.number(),
    parent: z.string().optional(),
    parts: z
      .array(z.object({ text: z.string(), ...offsets }))
      .optional()
      .openapi({
        description:
          'Every part of an utterance split around its attribution or over paragraphs, in text order; the first is `text`/`start`/`end`. Absent when the quote is one part.',
      }),
  })
  .loose()
  .openapi('Quote')

export const QuotesResponse = z
  .object({ quotes: z.array(Quote) })
  .openapi('Quotes', { example: EXAMPLES.quotes })

export const Entity = z
  .object({
    id: z.string(),
    name: z.string(),
    type: z.enum(ENTITY_TYPES),
    aliases: z.array(z.string()),
    mentions: z.array(z.object({ ...offsets, text: z.string() })),
    count: z.number().int(),
    salience: z.number().min(0).max(1),
    firstMention: z.number().int(),
  })
  .loose()
  .openapi('Entity')

export const EntitiesResponse = z
  .object({ entities: z.array(Entity) })
  .openapi('Entities', { example: EXAMPLES.entities })

export const Furniture = z
  .object({ ...offsets, kind: z.enum(BOILERPLATE_KINDS) })
  .openapi('Furniture', {
    description:
      'A sentence the analysis set aside, and why. Headings, list lead-ins and list rows are ' +
      'kept out of the summary only; every other kind is page furniture, kept out of the ' +
      'summary, the quotes and the entities.',
  })

export const AnalysisResponse = z
  .object({
    summary: SummaryResponse,
    quotes: z.array(Quote),
    entities: z.array(Entity),
    furniture: z.array(Furniture),
    engine: z.string(),
  })
  .loose()
  .openapi('Analysis', { example: EXAMPLES.analysis })
