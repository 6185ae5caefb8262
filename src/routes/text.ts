/**
 * POST /v1/summarize, /v1/quotes, /v1/entities and /v1/analyze: the same analyses for any text,
 * sent as JSON `{ "text", "title"?, ...options }`, as text/plain with the options in the query
 * string, or as a whole HTML page whose extracted article is analysed. Nothing is stored.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { analyseText, resultMediaType, type ResultKind } from '../analysis/compute'
import {
  AnalysisFields,
  AnalysisOptions,
  EntityOptions,
  QuoteOptions,
  SummaryFields,
  SummaryOptions,
} from '../analysis/options'
import {
  AnalysisResponse,
  EntitiesResponse,
  QuotesResponse,
  SummaryResponse,
} from '../analysis/schemas'
import { limitBodyByType } from '../http/body'
import { limitTextRequests } from '../http/rate-limit'
import { problemResponses } from '../http/openapi'
import { readTextRequest } from '../http/text-request'
import { EXAMPLE_PAGE_HTML, EXAMPLE_TEXT, EXAMPLE_TITLE } from '../domain/example-article'

export const text = new OpenAPIHono<{ Bindings: Env }>()

const TextBody = z
  .object({
    text: z.string().min(1).openapi({ description: 'The text to analyse.' }),
    title: z.string().max(1000).optional().openapi({ description: 'Its headline, if any.' }),
  })
  .loose()
  .openapi('TextInput', {
    description: 'The text, its title and any of the endpoint’s options.',
    example: { title: EXAMPLE_TITLE, text: EXAMPLE_TEXT },
  })

function textRoute(path: string, summary: string, response: z.ZodType, query: z.ZodObject) {
  return createRoute({
    method: 'post',
    path,
    summary,
    request: {
      query: query.partial(),
      body: {
        required: true,
        content: {
          'application/json': { schema: TextBody },
          'text/plain': { schema: z.string().openapi({ example: EXAMPLE_TEXT }) },
          'text/html': {
            schema: z.string().openapi({
              description:
                'A whole page: its article is extracted and analysed, and answered as `article` (metadata and text; offsets refer to its text). `?url=` gives the page’s address.',
              example: EXAMPLE_PAGE_HTML,
            }),
          },
        },
      },
    },
    responses: {
      200: { description: 'The result.', content: { 'application/json': { schema: response } } },
      ...problemResponses(400, 413, 415, 422, 429),
    },
  })
}

async function answer(c: Context<{ Bindings: Env }>, kind: ResultKind, schema: z.ZodType) {
  const { text: input, title, options, article } = await readTextRequest(c, schema)
  const parsed = options as Record<string, unknown>
  // When analyze() takes the extractor's structure (headings, furniture), pass it along here.
  return new Response(analyseText(kind, input, title, parsed, article), {
    headers: { 'content-type': resultMediaType(parsed) },
  })
}

const ENDPOINTS: [
  path: string,
  summary: string,
  kind: ResultKind,
  fields: z.ZodObject,
  response: z.ZodType,
  options: z.ZodType,
][] = [
  ['/summarize', 'Summarise any text', 'summary', SummaryFields, SummaryResponse, SummaryOptions],
  [
    '/quotes',
    'Quotes and speakers of any text',
    'quotes',
    QuoteOptions,
    QuotesResponse,
    QuoteOptions,
  ],
  ['/entities', 'Entities of any text', 'entities', EntityOptions, EntitiesResponse, EntityOptions],
  [
    '/analyze',
    'Summary, quotes and entities of any text',
    'analysis',
    AnalysisFields,
    AnalysisResponse,
    AnalysisOptions,
  ],
]

for (const [path, summary, kind, fields, response, options] of ENDPOINTS) {
  // Validation happens in readTextRequest, which knows both body forms; the route documents them.
  text.openAPIRegistry.registerPath(textRoute(path, summary, response, fields))
  text.post(path, limitTextRequests, limitBodyByType, (c) => answer(c, kind, options))
}
