/** Shared helpers for integration tests: requests through the Worker, and KV seeding. */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { expect } from 'vitest'
import worker from '../../src/index'
import { toArticle, type Article, type ArticleInput } from '../../src/domain/article'
import { putArticle } from '../../src/storage/kv'

export const ADMIN_TOKEN = 'test-admin-token'
export const BASE = 'https://precis.test'

/**
 * Calls the Worker and waits for its background work (cache writes) before returning, so no test
 * leaves work running into the next one.
 */
export async function call(path: string, init?: RequestInit): Promise<Response> {
  return callWith({}, path, init)
}

/** Like `call`, with some bindings or variables replaced (faulty KV, other limits). */
export async function callWith(
  overrides: Partial<Env>,
  path: string,
  init?: RequestInit,
): Promise<Response> {
  const ctx = createExecutionContext()
  const request = new Request(`${BASE}${path}`, init) as Request<
    unknown,
    IncomingRequestCfProperties
  >
  const response = await worker.fetch(request, { ...env, ...overrides }, ctx)
  await waitOnExecutionContext(ctx)
  return response
}

export const adminHeaders = (extra: Record<string, string> = {}) => ({
  authorization: `Bearer ${ADMIN_TOKEN}`,
  'content-type': 'application/json',
  ...extra,
})

export function articleInput(overrides: Partial<ArticleInput> = {}): ArticleInput {
  return {
    title: 'Harbour ferry returns after storm repairs',
    body: 'The ferry sailed again on Monday.\n\nIts owners said repairs cost more than planned.',
    publishedAt: '2026-03-02T09:30:00Z',
    url: 'https://precis.example/samples/harbour-ferry',
    language: 'en',
    tags: ['transport'],
    ...overrides,
  }
}

export async function seedArticle(
  id: string,
  overrides: Partial<ArticleInput> = {},
): Promise<Article> {
  const article = await toArticle(id, articleInput(overrides))
  await putArticle(env.ARTICLES, article)
  return article
}

/** Asserts the response is a problem document with this status, and returns its body. */
export async function expectProblem(response: Response, status: number) {
  expect(response.status).toBe(status)
  expect(response.headers.get('content-type')).toBe('application/problem+json')
  const body = await response.json<Record<string, unknown>>()
  expect(body.status).toBe(status)
  expect(body.type).toMatch(/^\/docs#problem-/)
  expect(typeof body.title).toBe('string')
  expect(typeof body.detail).toBe('string')
  expect(JSON.stringify(body)).not.toMatch(/\bat .*\.(ts|js):\d+/)
  return body as { detail: string; invalid?: { name: string; reason: string }[] }
}

export interface Span {
  start: number
  end: number
  text: string
}

/** Every span in a result, wherever it sits, to check its offsets against the text sent. */
export function spansOf(value: unknown, spans: Span[] = []): Span[] {
  if (Array.isArray(value)) for (const item of value) spansOf(item, spans)
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (
      typeof record.start === 'number' &&
      typeof record.end === 'number' &&
      typeof record.text === 'string'
    ) {
      spans.push(record as unknown as Span)
    }
    for (const child of Object.values(record)) spansOf(child, spans)
  }
  return spans
}
