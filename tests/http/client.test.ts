/**
 * The typed client: `hc<AppType>` from hono/client, its requests sent through the Worker in
 * process. The `expectTypeOf` and `@ts-expect-error` lines are checked by `npm run typecheck`:
 * when the routes stop carrying their types (a route not chained, a schema widened), they fail.
 */
import { hc } from 'hono/client'
import { describe, expect, expectTypeOf, it } from 'vitest'
import type { ENTITY_TYPES } from '../../src/analysis/options'
import type { Article } from '../../src/domain/article'
import type { AppType } from '../../src/index'
import { ADMIN_TOKEN, BASE, call, seedArticle } from './helpers'

const client = hc<AppType>(BASE, {
  fetch: (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input)
    return call(`${url.pathname}${url.search}`, init)
  },
})
const admin = { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } }

describe('the typed client (hc<AppType>)', () => {
  it('stores an article and gets the stored article back, typed', async () => {
    const response = await client.v1.articles[':id'].$put(
      { param: { id: 'ferry' }, query: {}, json: { title: 'Ferry back', body: 'It sailed.' } },
      admin,
    )
    expect(response.status).toBe(201)
    if (response.status !== 201) return
    const article = await response.json()
    expectTypeOf(article).toEqualTypeOf<Article>()
    expect(article).toMatchObject({ id: 'ferry', title: 'Ferry back', language: 'en', tags: [] })
  })

  it('lists articles with their dates, null when undated', async () => {
    await seedArticle('ferry')
    const response = await client.v1.articles.$get({ query: { limit: '10' } })
    if (response.status !== 200) throw new Error(`status ${response.status}`)
    const page = await response.json()
    expectTypeOf(page.articles[0]?.publishedAt).toEqualTypeOf<string | null | undefined>()
    expectTypeOf(page.cursor).toEqualTypeOf<string | null>()
    expect(page.articles.map(({ id }) => id)).toEqual(['ferry'])
  })

  it('reads an analysis with its options', async () => {
    await seedArticle('ferry')
    const response = await client.v1.articles[':id'].analysis.$get({
      param: { id: 'ferry' },
      query: { sentences: '1' },
    })
    if (response.status !== 200) throw new Error(`status ${response.status}`)
    const analysis = await response.json()
    expectTypeOf(analysis.summary.sentences[0]?.start).toEqualTypeOf<number | undefined>()
    expectTypeOf(analysis.entities[0]?.type).toEqualTypeOf<
      (typeof ENTITY_TYPES)[number] | undefined
    >()
    expect(analysis.summary.sentences).toHaveLength(1)
  })

  it('types an error answer as a problem document', async () => {
    const response = await client.v1.articles[':id'].$get({ param: { id: 'missing' }, query: {} })
    expect(response.status).toBe(404)
    if (response.status !== 404) return
    const problem = await response.json()
    expectTypeOf(problem.detail).toEqualTypeOf<string>()
    expect(problem.detail).toContain('missing')
  })

  it('refuses, at compile time, a write without a body and a path that does not exist', () => {
    const put = () =>
      client.v1.articles[':id'].$put({
        param: { id: 'ferry' },
        query: {},
        // @ts-expect-error: `body` is required
        json: { title: 'No body' },
      })
    expectTypeOf(client.v1).not.toHaveProperty('nowhere')
    expectTypeOf(client.v1.articles[':id']).toHaveProperty('analysis')
    expect(typeof put).toBe('function')
  })

  it('knows the liveness check', async () => {
    const response = await client.health.$get()
    const body = await response.json()
    expectTypeOf(body.status).toEqualTypeOf<'ok'>()
    expect(body).toEqual({ status: 'ok' })
  })
})
