/**
 * The OpenAPI document carries an example request and response for every operation (what /docs
 * shows and its "Try it out" sends), and the examples are true: each API operation's example
 * request gets its documented status with the fields its example response shows, and every span
 * in the example analyses slices the example text.
 */
import { describe, expect, it } from 'vitest'
import EXAMPLES from '../../src/analysis/examples.json'
import { toArticle } from '../../src/domain/article'
import { EXAMPLE_ARTICLE_INPUT, EXAMPLE_ID, EXAMPLE_TEXT } from '../../src/domain/example-article'
import { putArticle } from '../../src/storage/kv'
import { env } from 'cloudflare:workers'
import { ADMIN_TOKEN, call } from './helpers'

interface Schema {
  $ref?: string
  example?: unknown
  examples?: unknown[]
}
interface Media {
  schema?: Schema
  example?: unknown
  examples?: Record<string, unknown>
}
interface Parameter {
  name: string
  in: string
  required?: boolean
  example?: unknown
  schema?: Schema
}
interface Operation {
  parameters?: Parameter[]
  requestBody?: { content: Record<string, Media> }
  responses: Record<string, { content?: Record<string, Media> }>
}
interface Document {
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, Schema> }
}

async function openApiDocument(): Promise<Document> {
  const response = await call('/openapi.json')
  expect(response.status).toBe(200)
  return (await response.json()) as Document
}

function operations(document: Document): [method: string, path: string, Operation][] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]): [string, string, Operation] => [
      method,
      path,
      operation,
    ]),
  )
}

function resolve(document: Document, schema: Schema | undefined): Schema | undefined {
  const name = schema?.$ref?.replace('#/components/schemas/', '')
  return name === undefined ? schema : document.components.schemas[name]
}

/** The example of a media type or parameter: its own, or its schema's. */
function exampleOf(document: Document, holder: Media | Parameter): unknown {
  if (holder.example !== undefined) return holder.example
  if ('examples' in holder && holder.examples) return Object.values(holder.examples)[0]
  const schema = resolve(document, holder.schema)
  return schema?.example ?? schema?.examples?.[0]
}

/** Every place where an operation lacks an example, as "METHOD /path: what". */
function missingExamples(document: Document): string[] {
  return operations(document).flatMap(([method, path, operation]) => {
    const where = `${method.toUpperCase()} ${path}`
    const parameters = (operation.parameters ?? [])
      .filter((parameter) => parameter.required && exampleOf(document, parameter) === undefined)
      .map((parameter) => `${where}: ${parameter.in} parameter ${parameter.name}`)
    const body = Object.entries(operation.requestBody?.content ?? {})
      .filter(([, media]) => exampleOf(document, media) === undefined)
      .map(([type]) => `${where}: request body ${type}`)
    const responses = Object.entries(operation.responses).flatMap(([status, response]) =>
      Object.entries(response.content ?? {})
        .filter(([, media]) => exampleOf(document, media) === undefined)
        .map(([type]) => `${where}: response ${status} ${type}`),
    )
    return [...parameters, ...body, ...responses]
  })
}

describe('examples in the OpenAPI document', () => {
  it('has an example request and response for every operation', async () => {
    const document = await openApiDocument()
    expect(operations(document).length).toBeGreaterThanOrEqual(17)
    expect(missingExamples(document)).toEqual([])
  })

  it('names what is missing when an operation has no example', () => {
    const document: Document = {
      paths: {
        '/things/{id}': {
          put: {
            parameters: [{ name: 'id', in: 'path', required: true, schema: {} }],
            requestBody: {
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
            },
            responses: {
              '200': { content: { 'application/json': { schema: { example: { id: 'a' } } } } },
              '204': {},
              '404': { content: { 'application/problem+json': { schema: {} } } },
            },
          },
        },
      },
      components: { schemas: { Thing: {} } },
    }
    expect(missingExamples(document)).toEqual([
      'PUT /things/{id}: path parameter id',
      'PUT /things/{id}: request body application/json',
      'PUT /things/{id}: response 404 application/problem+json',
    ])
  })

  it('shows spans that slice the example text', () => {
    const spans: { start: number; end: number; text: string }[] = []
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect)
      else if (typeof value === 'object' && value !== null) {
        const record = value as Record<string, unknown>
        const { start, end, text } = record
        if (typeof start === 'number' && typeof end === 'number' && typeof text === 'string')
          spans.push({ start, end, text })
        Object.values(record).forEach(collect)
      }
    }
    collect(Object.values(EXAMPLES))
    expect(spans.length).toBeGreaterThan(10)
    for (const span of spans) {
      expect(EXAMPLE_TEXT.slice(span.start, span.end), JSON.stringify(span)).toBe(span.text)
    }
  })
})

/** The documented success status of an operation: its lowest 2xx (200 for a PUT that replaces). */
function successStatus(operation: Operation): number {
  return Math.min(
    ...Object.keys(operation.responses)
      .map(Number)
      .filter((status) => status >= 200 && status < 300),
  )
}

function exampleRequest(
  document: Document,
  path: string,
  operation: Operation,
): RequestInit & { url: string } {
  let url = path
  const query = new URLSearchParams()
  for (const parameter of operation.parameters ?? []) {
    const example = exampleOf(document, parameter)
    if (parameter.in === 'path') url = url.replace(`{${parameter.name}}`, String(example))
    if (parameter.in === 'query' && parameter.required) query.set(parameter.name, String(example))
  }
  if (query.size > 0) url = `${url}?${query.toString()}`
  // JSON when the operation takes it, else its first (or only) media type, sent as the example.
  const content = Object.entries(operation.requestBody?.content ?? {})
  const [type, media] = content.find(([name]) => name === 'application/json') ?? content[0] ?? []
  const headers: Record<string, string> = { authorization: `Bearer ${ADMIN_TOKEN}` }
  if (type === undefined || media === undefined) return { url, headers }
  headers['content-type'] = type
  const example = exampleOf(document, media)
  return { url, headers, body: typeof example === 'string' ? example : JSON.stringify(example) }
}

describe('the example requests of the API', () => {
  it('get their documented status and the fields of the example response', async () => {
    const document = await openApiDocument()
    const api = operations(document).filter(([, path]) => /^\/(v1|health)\b/.test(path))
    const failures: string[] = []
    for (const [method, path, operation] of api) {
      // The example article exists before each call (DELETE removes it).
      await putArticle(env.ARTICLES, await toArticle(EXAMPLE_ID, EXAMPLE_ARTICLE_INPUT))
      const { url, ...init } = exampleRequest(document, path, operation)
      const response = await call(url, { ...init, method: method.toUpperCase() })
      const where = `${method.toUpperCase()} ${path}`
      const expected = successStatus(operation)
      if (response.status !== expected) {
        failures.push(`${where}: ${response.status}, not ${expected}: ${await response.text()}`)
        continue
      }
      const media = operation.responses[String(response.status)]?.content?.['application/json']
      if (!media) continue
      const example = exampleOf(document, media) as Record<string, unknown>
      const answer = (await response.json()) as Record<string, unknown>
      const missing = Object.keys(example).filter((key) => !(key in answer))
      if (missing.length > 0) failures.push(`${where}: answer lacks ${missing.join(', ')}`)
    }
    expect(api.length).toBeGreaterThanOrEqual(13)
    expect(failures).toEqual([])
  })
})
