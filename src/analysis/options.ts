/**
 * Options of the analysis endpoints: one zod schema per endpoint, used for the query string (GET,
 * and POST with a text/plain body) and for the JSON body (POST), so both forms accept exactly the
 * same names and ranges. Unknown names are rejected, so a typo (`sentence=5`) is a clear 400
 * rather than a silently ignored option. `optionsKey` gives the canonical form used in cache keys
 * and ETags: the same options in any order or spelling give the same key.
 */
import { z } from '@hono/zod-openapi'
import { DEFAULT_AVOID } from '../engine'

/** A list option: `a,b` or `a b` in a query string, or an array in JSON. */
const listOf = <T extends string>(values: readonly [T, ...T[]]) =>
  z.preprocess(
    (value) =>
      typeof value === 'string' ? value.split(/[\s,]+/).filter((item) => item.length > 0) : value,
    z.array(z.enum(values)).max(values.length),
  )

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max)

/** A yes/no option: `true`/`false` in a query string, a boolean in JSON. */
const flag = z.preprocess(
  (value) => (value === 'true' ? true : value === 'false' ? false : value),
  z.boolean(),
)

export const SummaryLength = {
  sentences: int(1, 40)
    .optional()
    .openapi({ description: 'Sentences in the summary (default 3).' }),
  ratio: z.coerce
    .number()
    .gt(0)
    .max(1)
    .optional()
    .openapi({ description: 'Share of the article’s sentences, 0 < ratio ≤ 1.' }),
  words: int(1, 100_000)
    .optional()
    .openapi({ description: 'Word budget; never cuts a sentence; at least one sentence.' }),
}

const summaryFields = {
  ...SummaryLength,
  order: z.enum(['document', 'rank']).default('document'),
  avoid: listOf(['quotes', 'questions', 'fragments'] as const)
    .optional()
    .openapi({
      default: [...DEFAULT_AVOID],
      description:
        'Sentences the summary leaves out: quotes, questions, fragments (fewer than five words ' +
        'or no finite verb). Default questions and fragments; an empty list relaxes both.',
    }),
}

const onlyOneLength = (options: { sentences?: number; ratio?: number; words?: number }) =>
  [options.sentences, options.ratio, options.words].filter((value) => value !== undefined).length <=
  1

const ONE_LENGTH_MESSAGE = {
  message: 'give at most one of sentences, ratio and words',
  path: ['sentences'],
}

/** The summary options as plain fields, before the one-length rule (for documentation). */
export const SummaryFields = z
  .object({
    ...summaryFields,
    format: z.enum(['json', 'text', 'markdown', 'html']).default('json'),
  })
  .strict()

export const SummaryOptions = SummaryFields.refine(onlyOneLength, ONE_LENGTH_MESSAGE)

export const QUOTE_KINDS = ['full', 'partial', 'scare'] as const

/** Most results any list option may ask for. */
const LIST_MAX = 1000

const quoteFields = {
  limit: int(1, LIST_MAX)
    .optional()
    .openapi({ description: 'Most quotes, best first (default: all for text, 5 for an article).' }),
  kind: z.enum(QUOTE_KINDS).optional(),
  minWords: int(0, 1000).default(0),
  scare: flag.default(false).openapi({
    description:
      'Also return quoted names, titles, slogans and scare quotes that nobody is said to speak, as kind `scare` (default false).',
  }),
}

const JOIN_DESCRIPTION =
  'Join the parts of an utterance (split around its attribution, or running over paragraphs) into one quote listing them in `parts`; when false, each part is a quote of its own and later parts have ids `q3.2`, `q3.3`.'

/**
 * POST /v1/quotes finds every quoted passage of a text unless `limit` says otherwise, each part of
 * a split utterance on its own (`join` false); an article's quotes endpoint serves its key quotes,
 * five unless asked, one per utterance (`join` true).
 */
export const QuoteOptions = z
  .object({
    ...quoteFields,
    join: flag.default(false).openapi({ description: `${JOIN_DESCRIPTION} Default false.` }),
  })
  .strict()
export const ArticleQuoteOptions = z
  .object({
    ...quoteFields,
    limit: int(1, LIST_MAX).default(5),
    join: flag.default(true).openapi({ description: `${JOIN_DESCRIPTION} Default true.` }),
  })
  .strict()

/** Names are listed by default; dates, money and percentages only when `types` asks for them. */
export const ENTITY_TYPES = [
  'person',
  'place',
  'organization',
  'misc',
  'date',
  'money',
  'percent',
] as const

const entityFields = {
  types: listOf(ENTITY_TYPES).optional(),
  limit: int(1, LIST_MAX)
    .optional()
    .openapi({ description: 'Most entities, most salient first (default: all).' }),
}

export const EntityOptions = z.object(entityFields).strict()

/** The analysis options as plain fields, before the one-length rule (for documentation). */
export const AnalysisFields = z
  .object({
    ...summaryFields,
    quotes: int(0, LIST_MAX)
      .default(5)
      .openapi({ description: 'How many key quotes (default 5).' }),
    entities: int(0, LIST_MAX)
      .optional()
      .openapi({ description: 'How many entities (default: all).' }),
  })
  .strict()

export const AnalysisOptions = AnalysisFields.refine(onlyOneLength, ONE_LENGTH_MESSAGE)

export type SummaryOptions = z.infer<typeof SummaryOptions>
export type QuoteOptions = z.infer<typeof QuoteOptions>
export type EntityOptions = z.infer<typeof EntityOptions>
export type AnalysisOptions = z.infer<typeof AnalysisOptions>

/** Canonical, order-independent text of parsed options, for cache keys and ETags. */
export function optionsKey(options: Record<string, unknown>): string {
  return Object.keys(options)
    .sort()
    .flatMap((name) => {
      const value = options[name]
      if (value === undefined) return []
      const text = Array.isArray(value)
        ? [...(value as string[])].sort().join('+')
        : JSON.stringify(value)
      return [`${name}=${text}`]
    })
    .join('&')
}
