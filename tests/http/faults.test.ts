import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { toArticle } from '../../src/domain/article'
import { ARTICLE_PREFIX, RESULT_PREFIX, articleKey } from '../../src/storage/keys'
import { KOREA } from '../sample-articles'
import { adminHeaders, articleInput, callWith, expectProblem, seedArticle } from './helpers'

type Fault = 'throw' | 'hang'
type Method = 'get' | 'getWithMetadata' | 'put' | 'delete' | 'list'

/**
 * The real KV namespace with some methods broken: they throw, or never answer. `when` limits the
 * fault to calls whose key (or list prefix) it accepts.
 */
function faultyKv(
  faults: Partial<Record<Method, Fault>>,
  when: (key: string) => boolean = () => true,
) {
  const kv = env.ARTICLES
  return new Proxy(kv, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property)
      const fault = faults[property as Method]
      if (typeof value !== 'function') return value
      if (!fault) return (value as (...a: unknown[]) => unknown).bind(target)
      return (...args: unknown[]) => {
        const first = args[0]
        const key = Array.isArray(first)
          ? first.join(' ')
          : typeof first === 'string'
            ? first
            : ((first as { prefix?: string } | undefined)?.prefix ?? '')
        if (!when(key)) return (value as (...a: unknown[]) => unknown).apply(target, args)
        if (fault === 'hang') return new Promise(() => undefined)
        return Promise.reject(new Error('simulated KV outage'))
      }
    },
  })
}

const withKv = (kv: KVNamespace) => ({ ARTICLES: kv, KV_TIMEOUT_MS: '50' })

describe('when KV fails', () => {
  it.each<[string, Method[], Fault]>([
    ['/v1/articles/ferry', ['get'], 'throw'],
    ['/v1/articles/ferry', ['get'], 'hang'],
    ['/v1/articles', ['list'], 'throw'],
    ['/v1/articles', ['list'], 'hang'],
    ['/v1/articles/ferry/analysis', ['get', 'getWithMetadata'], 'throw'],
    ['/v1/articles/ferry/summary', ['get', 'getWithMetadata'], 'hang'],
  ])('GET %s answers 503 with Retry-After when %s does %s', async (path, methods, fault) => {
    await seedArticle('ferry')
    const faults = Object.fromEntries(methods.map((method) => [method, fault]))
    const response = await callWith(withKv(faultyKv(faults)), path)
    const problem = await expectProblem(response, 503)
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(problem.detail).not.toMatch(/simulated|article:v1/)
  })

  it.each<Fault>(['throw', 'hang'])(
    'a PUT whose write does %s reports failure and keeps the old article',
    async (fault) => {
      const original = await seedArticle('ferry')
      const response = await callWith(withKv(faultyKv({ put: fault })), '/v1/articles/ferry', {
        method: 'PUT',
        headers: adminHeaders(),
        body: JSON.stringify(articleInput({ title: 'Changed' })),
      })
      await expectProblem(response, 503)
      expect(await env.ARTICLES.get(articleKey('ferry'), 'json')).toEqual(original)
    },
  )

  it('a DELETE whose delete throws reports failure and keeps the article', async () => {
    await seedArticle('ferry')
    const response = await callWith(withKv(faultyKv({ delete: 'throw' })), '/v1/articles/ferry', {
      method: 'DELETE',
      headers: adminHeaders(),
    })
    await expectProblem(response, 503)
    expect(await env.ARTICLES.get(articleKey('ferry'))).not.toBeNull()
  })

  it('recomputes an analysis whose cached copy cannot be read', async () => {
    await seedArticle('korea', { title: KOREA.title, body: KOREA.body })
    await callWith({}, '/v1/articles/korea/analysis')
    const unreadableCache = faultyKv({ getWithMetadata: 'throw' }, (key) =>
      key.includes(RESULT_PREFIX),
    )
    const response = await callWith(withKv(unreadableCache), '/v1/articles/korea/analysis')
    expect(response.status).toBe(200)
    expect(response.headers.get('x-precis-cache')).toBe('miss')
  })

  it('still answers an analysis when the cache cannot be written', async () => {
    await seedArticle('korea', { title: KOREA.title, body: KOREA.body })
    const unwritableCache = faultyKv({ put: 'throw' }, (key) => key.startsWith(RESULT_PREFIX))
    const response = await callWith(withKv(unwritableCache), '/v1/articles/korea/summary')
    expect(response.status).toBe(200)
    expect((await env.ARTICLES.list({ prefix: RESULT_PREFIX })).keys).toEqual([])
  })
})

describe('concurrent writes', () => {
  it('leave one complete version of the article (last writer wins)', async () => {
    const titles = ['First', 'Second', 'Third', 'Fourth', 'Fifth']
    const responses = await Promise.all(
      titles.map((title) =>
        callWith({}, '/v1/articles/race', {
          method: 'PUT',
          headers: adminHeaders(),
          body: JSON.stringify(articleInput({ title, body: `${title} body text.` })),
        }),
      ),
    )
    for (const response of responses) expect([200, 201]).toContain(response.status)
    const stored = await env.ARTICLES.getWithMetadata<{ version: string; title: string }>(
      articleKey('race'),
      'json',
    )
    const article = stored.value as unknown as { title: string; body: string; version: string }
    expect(titles).toContain(article.title)
    expect(article.body).toBe(`${article.title} body text.`)
    expect(article.version).toBe(
      (await toArticle('race', articleInput({ title: article.title, body: article.body }))).version,
    )
    expect(stored.metadata).toMatchObject({ title: article.title, version: article.version })
    expect((await env.ARTICLES.list({ prefix: ARTICLE_PREFIX })).keys).toHaveLength(1)
  })
})
