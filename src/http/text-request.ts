/**
 * Reads the body of the ad-hoc text endpoints (POST /v1/summarize, /v1/quotes, /v1/entities,
 * /v1/analyze). Three forms: JSON `{ "text", "title"?, ...options }`; the text itself as
 * text/plain with the options (and `title`) in the query string; or a whole page as text/html
 * (and application/xhtml+xml), options in the query and `url` its address, whose extracted
 * article is the text analysed and is answered with the result. Query options apply to every
 * form; in JSON a body field wins over the same query parameter.
 */
import type { Context } from 'hono'
import type { z } from '@hono/zod-openapi'
import { pageAddress, pageArticle, readPage, type PageArticle } from '../pages/read-page'
import { HTML_MEDIA_TYPES, mediaType } from './body'
import { Problem } from './problem'
import { invalidFields } from './validation'

const DEFAULT_MAX_TEXT_CHARS = 200_000
const TITLE_MAX = 1000

export function maxTextChars(env: Env): number {
  const configured = Number(env.MAX_TEXT_CHARS)
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_MAX_TEXT_CHARS
}

export interface TextRequest<Options> {
  text: string
  title: string | undefined
  options: Options
  /** The article extracted from an HTML body: its metadata and text. */
  article?: PageArticle
}

function invalidText(name: string, reason: string): Problem {
  return new Problem('validation-failed', `${name}: ${reason}`, { invalid: [{ name, reason }] })
}

async function readJson(c: Context): Promise<Record<string, unknown>> {
  let body: unknown
  try {
    body = await c.req.json()
  } catch {
    throw new Problem('bad-request', 'The request body is not valid JSON.')
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalidText('body', 'must be a JSON object with a "text" field')
  }
  return body as Record<string, unknown>
}

export async function readTextRequest<Schema extends z.ZodType>(
  c: Context<{ Bindings: Env }>,
  schema: Schema,
): Promise<TextRequest<z.infer<Schema>>> {
  const type = mediaType(c.req.header('content-type'))
  const { title: queryTitle, ...queryOptions } = c.req.query()
  let text: unknown
  let title: unknown = queryTitle
  let options: Record<string, unknown> = queryOptions
  let article: PageArticle | undefined
  let location = 'query'
  if (HTML_MEDIA_TYPES.includes(type)) {
    const { url, ...rest } = queryOptions
    const address = pageAddress(url)
    const extracted = readPage(
      new Uint8Array(await c.req.arrayBuffer()),
      c.req.header('content-type') ?? null,
      { maxTextChars: maxTextChars(c.env), ...(address === undefined ? {} : { url: address }) },
    )
    article = pageArticle(extracted)
    text = extracted.text
    title = queryTitle ?? extracted.title ?? undefined
    options = rest
  } else if (type === 'application/json') {
    const { text: bodyText, title: bodyTitle, ...bodyOptions } = await readJson(c)
    text = bodyText
    title = bodyTitle ?? queryTitle
    options = { ...queryOptions, ...bodyOptions }
    if (Object.keys(bodyOptions).length > 0) location = 'options'
  } else if (type === 'text/plain') {
    text = await c.req.text()
  } else {
    throw new Problem(
      'unsupported-media-type',
      `Send the text as application/json, text/plain or text/html${type ? `, not ${type}` : ''}.`,
    )
  }

  if (typeof text !== 'string') throw invalidText('body.text', 'a string is required')
  if (text.trim().length === 0) throw invalidText('body.text', 'must not be empty')
  const limit = maxTextChars(c.env)
  if (text.length > limit) {
    throw new Problem(
      'payload-too-large',
      `The text has ${text.length} characters; the limit is ${limit} (MAX_TEXT_CHARS).`,
    )
  }
  if (title !== undefined && (typeof title !== 'string' || title.length > TITLE_MAX)) {
    throw invalidText('body.title', `must be a string of at most ${TITLE_MAX} characters`)
  }

  const parsed = schema.safeParse(options)
  if (!parsed.success) {
    const invalid = invalidFields(parsed.error, location)
    throw new Problem(
      'bad-request',
      `Invalid option: ${invalid.map((field) => `${field.name}: ${field.reason}`).join('; ')}`,
      { invalid },
    )
  }
  return { text, title, options: parsed.data, ...(article ? { article } : {}) }
}
