import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { toArticle } from '../../src/domain/article'
import { articleKey } from '../../src/storage/keys'
import { putArticle } from '../../src/storage/kv'
import { adminHeaders, articleInput, call, callWith, expectProblem, seedArticle } from './helpers'

describe('GET /v1/articles', () => {
  it('lists nothing when KV is empty', async () => {
    const response = await call('/v1/articles')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ articles: [], cursor: null })
  })

  it('pages through articles with a cursor', async () => {
    for (const id of ['alpha', 'bravo', 'charlie']) await seedArticle(id, { title: `Title ${id}` })
    const first = (await (await call('/v1/articles?limit=2')).json()) as {
      articles: { id: string; title: string; version: string }[]
      cursor: string | null
    }
    expect(first.articles.map((article) => article.id)).toEqual(['alpha', 'bravo'])
    expect(first.articles[0]).toMatchObject({
      title: 'Title alpha',
      publishedAt: '2026-03-02T09:30:00Z',
    })
    expect(first.articles[0]?.version).toMatch(/^[0-9a-f]{64}$/)
    expect(first.cursor).toEqual(expect.any(String))
    const second = (await (
      await call(`/v1/articles?limit=2&cursor=${encodeURIComponent(first.cursor ?? '')}`)
    ).json()) as { articles: { id: string }[]; cursor: string | null }
    expect(second.articles.map((article) => article.id)).toEqual(['charlie'])
    expect(second.cursor).toBeNull()
  })

  it('serves the list from metadata without reading article bodies', async () => {
    await env.ARTICLES.put(articleKey('unreadable'), 'not json at all', {
      metadata: { title: 'From metadata', publishedAt: '2026-01-01T00:00:00Z', version: 'v' },
    })
    const body = (await (await call('/v1/articles')).json()) as { articles: unknown[] }
    expect(body.articles).toEqual([
      {
        id: 'unreadable',
        title: 'From metadata',
        publishedAt: '2026-01-01T00:00:00Z',
        version: 'v',
      },
    ])
  })

  it('keeps id order for undated articles, with a null date', async () => {
    await seedArticle('alpha')
    await putArticle(env.ARTICLES, await toArticle('bravo', { title: 'Undated', body: 'Text.' }))
    await seedArticle('charlie', { publishedAt: '2020-01-01T00:00:00Z' })
    const body = (await (await call('/v1/articles')).json()) as {
      articles: { id: string; publishedAt: string | null }[]
    }
    expect(body.articles.map(({ id, publishedAt }) => [id, publishedAt])).toEqual([
      ['alpha', '2026-03-02T09:30:00Z'],
      ['bravo', null],
      ['charlie', '2020-01-01T00:00:00Z'],
    ])
  })

  it('rejects a query parameter it does not know', async () => {
    const problem = await expectProblem(await call('/v1/articles?limt=5'), 400)
    expect(problem.detail).toContain('limt')
  })

  it.each(['0', '101', 'ten', '2.5'])('rejects limit=%s with 400', async (limit) => {
    const problem = await expectProblem(await call(`/v1/articles?limit=${limit}`), 400)
    expect(problem.invalid?.[0]?.name).toBe('query.limit')
  })
})

describe('GET /v1/articles/:id', () => {
  it('returns the article with its version as a strong ETag', async () => {
    const article = await seedArticle('ferry')
    const response = await call('/v1/articles/ferry')
    expect(response.status).toBe(200)
    expect(response.headers.get('etag')).toBe(`"${article.version}"`)
    expect(await response.json()).toEqual(article)
  })

  it.each([
    ['the same tag', (v: string) => `"${v}"`],
    ['the weak form', (v: string) => `W/"${v}"`],
    ['a list holding it', (v: string) => `"other", "${v}"`],
    ['a wildcard', () => '*'],
  ])('answers 304 to If-None-Match with %s', async (_name, header) => {
    const article = await seedArticle('ferry')
    const response = await call('/v1/articles/ferry', {
      headers: { 'if-none-match': header(article.version) },
    })
    expect(response.status).toBe(304)
    expect(await response.text()).toBe('')
  })

  it('answers 200 when If-None-Match names another version', async () => {
    await seedArticle('ferry')
    const response = await call('/v1/articles/ferry', { headers: { 'if-none-match': '"stale"' } })
    expect(response.status).toBe(200)
  })

  it('rejects a query parameter it does not know', async () => {
    await seedArticle('ferry')
    await expectProblem(await call('/v1/articles/ferry?format=xml'), 400)
  })

  it('answers 404 for an unknown article', async () => {
    const problem = await expectProblem(await call('/v1/articles/missing'), 404)
    expect(problem.detail).toContain('missing')
  })

  it.each(['Upper', 'trailing-', 'a--b', 'under_score', 'x'.repeat(129)])(
    'rejects the id %s with 400',
    async (id) => {
      const problem = await expectProblem(await call(`/v1/articles/${id}`), 400)
      expect(problem.invalid?.[0]?.name).toBe('path.id')
    },
  )
})

describe('PUT /v1/articles/:id', () => {
  const put = (id: string, body: unknown, headers: Record<string, string> = adminHeaders()) =>
    call(`/v1/articles/${id}`, {
      method: 'PUT',
      headers,
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })

  it('creates an article with 201, then replaces it with 200', async () => {
    const created = await put('ferry', articleInput())
    expect(created.status).toBe(201)
    expect(created.headers.get('location')).toBe('/v1/articles/ferry')
    const first = (await created.json()) as { id: string; version: string }
    expect(first.id).toBe('ferry')

    const stored = await env.ARTICLES.getWithMetadata(articleKey('ferry'), 'json')
    expect(stored.value).toEqual(first)
    expect(stored.metadata).toEqual({
      title: articleInput().title,
      publishedAt: articleInput().publishedAt,
      version: first.version,
    })

    const replaced = await put('ferry', articleInput({ title: 'Ferry back in service' }))
    expect(replaced.status).toBe(200)
    const second = (await replaced.json()) as { version: string; title: string }
    expect(second.title).toBe('Ferry back in service')
    expect(second.version).not.toBe(first.version)
  })

  it('creates an article from a title and a body alone', async () => {
    const response = await put('note', { title: 'Ferry back', body: 'The ferry sailed again.' })
    expect(response.status).toBe(201)
    const article = (await response.json()) as Record<string, unknown>
    expect(article).toEqual({
      id: 'note',
      title: 'Ferry back',
      body: 'The ferry sailed again.',
      language: 'en',
      tags: [],
      version: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
    })
    const stored = await env.ARTICLES.getWithMetadata(articleKey('note'), 'json')
    expect(stored.value).toEqual(article)
    expect(stored.metadata).toEqual({ title: 'Ferry back', version: article.version })
    expect(await (await call('/v1/articles/note')).json()).toEqual(article)
  })

  it('guesses the language when none is given, and keeps the one given', async () => {
    const body = 'Le conseil a dit que le pont est fermé pour des travaux dans la ville.'
    const guessed = await put('pont', { title: 'Le pont reste ouvert', body })
    expect(((await guessed.json()) as { language: string }).language).toBe('fr')
    const given = await put('pont', { title: 'Le pont reste ouvert', body, language: 'fr-CA' })
    expect(given.status).toBe(200)
    expect(((await given.json()) as { language: string }).language).toBe('fr-CA')
  })

  it('gives the same content the same version', async () => {
    const a = (await (await put('one', articleInput())).json()) as { version: string }
    const b = (await (await put('one', articleInput())).json()) as { version: string }
    expect(a.version).toBe(b.version)
  })

  it.each([
    ['no Authorization header', { 'content-type': 'application/json' }],
    ['a wrong token', adminHeaders({ authorization: 'Bearer wrong' })],
    ['another scheme', adminHeaders({ authorization: 'Basic dGVzdA==' })],
  ])('refuses %s with 401 and stores nothing', async (_name, headers) => {
    const response = await put('ferry', articleInput(), headers)
    const problem = await expectProblem(response, 401)
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/)
    expect(problem.detail).toBe('A valid bearer token is required for this request.')
    expect(await env.ARTICLES.get(articleKey('ferry'))).toBeNull()
  })

  it('refuses every write when no ADMIN_TOKEN is configured', async () => {
    const request: RequestInit = {
      method: 'PUT',
      headers: adminHeaders(),
      body: JSON.stringify(articleInput()),
    }
    const response = await callWith({ ADMIN_TOKEN: '' }, '/v1/articles/ferry', request)
    await expectProblem(response, 403)
    expect(await env.ARTICLES.get(articleKey('ferry'))).toBeNull()
  })

  it('answers 400 to malformed JSON', async () => {
    await expectProblem(await put('ferry', '{"title": '), 400)
  })

  it.each(['text/plain', 'application/x-www-form-urlencoded', ''])(
    'answers 415 to the content type "%s"',
    async (contentType) => {
      const headers: Record<string, string> = adminHeaders()
      if (contentType) headers['content-type'] = contentType
      else delete headers['content-type']
      await expectProblem(await put('ferry', articleInput(), headers), 415)
    },
  )

  it('answers 413 to a body over the configured limit', async () => {
    const request: RequestInit = {
      method: 'PUT',
      headers: adminHeaders(),
      body: JSON.stringify(articleInput({ body: 'word '.repeat(500) })),
    }
    const response = await callWith({ MAX_BODY_BYTES: '1000' }, '/v1/articles/ferry', request)
    await expectProblem(response, 413)
  })

  it.each([
    ['a missing title', { title: undefined }, 'body.title'],
    ['a blank body', { body: '   \n ' }, 'body.body'],
    ['a date that is not ISO 8601', { publishedAt: '9 August 2022' }, 'body.publishedAt'],
    ['a null date (leave it out instead)', { publishedAt: null }, 'body.publishedAt'],
    ['a missing body', { body: undefined }, 'body.body'],
    ['a URL that is not http(s)', { url: 'javascript:alert(1)' }, 'body.url'],
    ['a bad language tag', { language: 'English' }, 'body.language'],
    ['a tag with spaces', { tags: ['two words'] }, 'body.tags.0'],
    ['an unknown field', { colour: 'blue' }, 'body'],
  ])('answers 422 to %s and stores nothing', async (_name, change, field) => {
    const response = await put('ferry', { ...articleInput(), ...change })
    const problem = await expectProblem(response, 422)
    expect(problem.invalid?.map((invalid) => invalid.name)).toContain(field)
    expect(await env.ARTICLES.get(articleKey('ferry'))).toBeNull()
  })

  it('keeps the stored article when a replacement is invalid', async () => {
    const original = await seedArticle('ferry')
    await put('ferry', { ...articleInput(), title: '' })
    expect(await env.ARTICLES.get(articleKey('ferry'), 'json')).toEqual(original)
  })
})

describe('DELETE /v1/articles/:id', () => {
  it('deletes with 204, then the article is gone', async () => {
    await seedArticle('ferry')
    const response = await call('/v1/articles/ferry', { method: 'DELETE', headers: adminHeaders() })
    expect(response.status).toBe(204)
    expect(await env.ARTICLES.get(articleKey('ferry'))).toBeNull()
    await expectProblem(await call('/v1/articles/ferry'), 404)
  })

  it('needs the token', async () => {
    await seedArticle('ferry')
    await expectProblem(await call('/v1/articles/ferry', { method: 'DELETE' }), 401)
    expect(await env.ARTICLES.get(articleKey('ferry'))).not.toBeNull()
  })

  it('answers 404 for an unknown article', async () => {
    await expectProblem(
      await call('/v1/articles/missing', { method: 'DELETE', headers: adminHeaders() }),
      404,
    )
  })
})
