import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { resultEdgeKey } from '../../src/analysis/service'
import { ENGINE_VERSION } from '../../src/engine'
import { articleKey } from '../../src/storage/keys'
import { KELSWORTH, KOREA } from '../sample-articles'
import { BASE, adminHeaders, articleInput, call, expectProblem, seedArticle } from './helpers'

interface Offsets {
  start: number
  end: number
  text: string
}
interface Analysis {
  summary: { sentences: (Offsets & { entities: string[]; rank: number })[]; summary: string }
  quotes: (Offsets & { speaker: { name: string; entityId?: string } | null })[]
  entities: { id: string; name: string; type: string; mentions: Offsets[] }[]
  engine: string
}

const seedKorea = () => seedArticle('korea', { title: KOREA.title, body: KOREA.body })

describe('GET /v1/articles/:id/summary', () => {
  it('returns summary sentences whose offsets point into the article body', async () => {
    await seedKorea()
    const response = await call('/v1/articles/korea/summary?sentences=4')
    expect(response.status).toBe(200)
    const summary = (await response.json()) as Analysis['summary']
    expect(summary.sentences).toHaveLength(4)
    for (const sentence of summary.sentences) {
      expect(KOREA.body.slice(sentence.start, sentence.end)).toBe(sentence.text)
    }
    expect(summary.summary).not.toContain('Leave a Comment')
  })

  it.each([
    ['text', 'text/plain'],
    ['markdown', 'text/markdown'],
    ['html', 'text/html'],
  ])('renders format=%s as %s', async (format, mediaType) => {
    await seedKorea()
    const response = await call(`/v1/articles/korea/summary?format=${format}`)
    expect(response.headers.get('content-type')).toContain(mediaType)
    expect((await response.text()).length).toBeGreaterThan(50)
  })

  it('escapes article text in the HTML format', async () => {
    await seedArticle('hostile', {
      body: 'The mayor said <script>alert(1)</script> was found on the site.\n\nCrews worked all night.',
    })
    const html = await (await call('/v1/articles/hostile/summary?format=html&sentences=2')).text()
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;')
  })

  it.each([
    ['sentences=0', 'query.sentences'],
    ['sentences=41', 'query.sentences'],
    ['ratio=0', 'query.ratio'],
    ['ratio=1.5', 'query.ratio'],
    ['words=0', 'query.words'],
    ['order=random', 'query.order'],
    ['avoid=adverbs', 'query.avoid.0'],
    ['format=pdf', 'query.format'],
    ['sentences=3&ratio=0.5', 'query.sentences'],
    ['sentence=3', 'query'],
  ])('answers %s with 400 naming %s', async (query, field) => {
    await seedKorea()
    const problem = await expectProblem(await call(`/v1/articles/korea/summary?${query}`), 400)
    expect(problem.invalid?.map((invalid) => invalid.name)).toContain(field)
  })

  it('answers 404 for an unknown article', async () => {
    await expectProblem(await call('/v1/articles/nope/summary'), 404)
  })
})

describe('edge caching of analyses', () => {
  it('computes once, then serves the edge copy with the same ETag and body', async () => {
    await seedKorea()
    const first = await call('/v1/articles/korea/analysis')
    expect(first.headers.get('x-precis-cache')).toBe('miss')
    const second = await call('/v1/articles/korea/analysis')
    expect(second.headers.get('x-precis-cache')).toBe('hit')
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'))
    expect(await second.text()).toBe(await first.text())
  })

  it('keeps the browser lifetime and adds the edge lifetime, on a miss and on a hit', async () => {
    await seedKorea()
    for (const cache of ['miss', 'hit']) {
      const response = await call('/v1/articles/korea/quotes')
      expect(response.headers.get('x-precis-cache')).toBe(cache)
      expect(response.headers.get('cache-control')).toBe(
        'public, max-age=60, stale-while-revalidate=600, s-maxage=60',
      )
    }
  })

  it('writes nothing to KV but the article', async () => {
    await seedKorea()
    for (const kind of ['summary', 'quotes', 'entities', 'analysis'])
      await call(`/v1/articles/korea/${kind}?${kind === 'summary' ? 'format=markdown' : ''}`)
    expect((await env.ARTICLES.list()).keys.map((key) => key.name)).toEqual([articleKey('korea')])
  })

  it.each(['miss', 'hit'])('answers If-None-Match with 304 and no body (%s)', async (path) => {
    await seedKorea()
    const first = await call('/v1/articles/korea/quotes')
    const etag = first.headers.get('etag') ?? ''
    // no-cache skips the edge copy, so the 304 comes from the article's version instead.
    const headers = {
      'if-none-match': etag,
      ...(path === 'miss' ? { 'cache-control': 'no-cache' } : {}),
    }
    const second = await call('/v1/articles/korea/quotes', { headers })
    expect(second.status).toBe(304)
    expect(second.headers.get('etag')).toBe(etag)
    expect(second.headers.get('x-precis-cache')).toBe('revalidated')
    expect(await second.text()).toBe('')
  })

  it('treats the same options in another order or spelling as the same result', async () => {
    await seedKorea()
    const a = await call('/v1/articles/korea/summary?sentences=2&order=rank')
    const b = await call('/v1/articles/korea/summary?order=rank&sentences=02&format=json')
    expect(b.headers.get('etag')).toBe(a.headers.get('etag'))
    expect(b.headers.get('x-precis-cache')).toBe('hit')
  })

  it('keys the copy by engine version, path and canonical options', () => {
    const key = resultEdgeKey(BASE, 'korea', 'summary', { sentences: 2, avoid: ['quotes'] })
    expect(key).toBe(
      `${BASE}/_edge/${ENGINE_VERSION}/v1/articles/korea/summary?avoid=quotes&sentences=2`,
    )
  })

  it('serves the new default analysis right after a PUT (purged in this data centre)', async () => {
    await seedKorea()
    await call('/v1/articles/korea/summary')
    const put = await call('/v1/articles/korea', {
      method: 'PUT',
      headers: adminHeaders(),
      body: JSON.stringify(
        articleInput({ title: 'Replaced', body: 'A new first sentence. Another one.' }),
      ),
    })
    expect(put.status).toBe(200)
    const after = await call('/v1/articles/korea/summary?sentences=1')
    expect(after.headers.get('x-precis-cache')).toBe('miss')
    const summary = (await (await call('/v1/articles/korea/summary')).json()) as Analysis['summary']
    expect(summary.summary).toBe('A new first sentence. Another one.')
  })

  it('serves another option combination from the edge until its lifetime ends (the documented window)', async () => {
    await seedKorea()
    const before = await call('/v1/articles/korea/summary?sentences=1')
    await call('/v1/articles/korea', {
      method: 'PUT',
      headers: adminHeaders(),
      body: JSON.stringify(articleInput({ title: 'Replaced', body: 'A new first sentence.' })),
    })
    const after = await call('/v1/articles/korea/summary?sentences=1')
    expect(after.headers.get('x-precis-cache')).toBe('hit')
    expect(after.headers.get('etag')).toBe(before.headers.get('etag'))
    expect(after.headers.get('cache-control')).toContain('s-maxage=60')
  })

  it('answers 404 for the default analysis right after a DELETE', async () => {
    await seedKorea()
    await call('/v1/articles/korea/analysis')
    await call('/v1/articles/korea', { method: 'DELETE', headers: adminHeaders() })
    await expectProblem(await call('/v1/articles/korea/analysis'), 404)
  })

  it('recomputes with Cache-Control: no-cache and refreshes the edge copy', async () => {
    await seedKorea()
    await call('/v1/articles/korea/summary')
    await seedArticle('korea', { title: 'Replaced', body: 'Written behind the cache. Twice.' })
    const bypassed = await call('/v1/articles/korea/summary', {
      headers: { 'cache-control': 'no-cache' },
    })
    expect(bypassed.headers.get('x-precis-cache')).toBe('miss')
    const next = await call('/v1/articles/korea/summary')
    expect(next.headers.get('x-precis-cache')).toBe('hit')
    expect(((await next.json()) as Analysis['summary']).summary).toBe(
      'Written behind the cache. Twice.',
    )
  })

  it('does not cache an error', async () => {
    await expectProblem(await call('/v1/articles/later/summary'), 404)
    await seedArticle('later')
    const response = await call('/v1/articles/later/summary')
    expect(response.status).toBe(200)
    expect(response.headers.get('x-precis-cache')).toBe('miss')
  })
})

describe('GET /v1/articles/:id/analysis on the sample article', () => {
  it('gives the quoted statements to Park Jin and leaves short quoted terms out', async () => {
    await seedKorea()
    const analysis = (await (
      await call('/v1/articles/korea/analysis?quotes=10')
    ).json()) as Analysis
    // The quoted words are everything inside the marks, so the period inside “standards.” stays.
    // Key quotes are statements: “two plus two” and “unprecedented threat” are quoted terms, and
    // the four-word “universal values and standards.” is a fragment while a longer phrase exists.
    const words = analysis.quotes.map((quote) => quote.text.replace(/[.,]$/, ''))
    expect(words).toEqual(['great transition in international society'])
    for (const quote of analysis.quotes) expect(quote.speaker?.name).toBe('Park Jin')
  })

  it('lists exactly the five people, each once', async () => {
    await seedKorea()
    const analysis = (await (await call('/v1/articles/korea/analysis')).json()) as Analysis
    const people = analysis.entities
      .filter((entity) => entity.type === 'person')
      .map((entity) => entity.name)
    expect(people.sort()).toEqual([
      'Nancy Pelosi',
      'Park Jin',
      'Wang Yi',
      'Xi Jinping',
      'Yoon Suk Yeol',
    ])
  })

  it('cross-links speakers and summary sentences to the entity list', async () => {
    await seedKorea()
    const analysis = (await (await call('/v1/articles/korea/analysis')).json()) as Analysis
    const ids = new Set(analysis.entities.map((entity) => entity.id))
    const park = analysis.entities.find((entity) => entity.name === 'Park Jin')
    for (const quote of analysis.quotes) expect(quote.speaker?.entityId).toBe(park?.id)
    const linked = analysis.summary.sentences.flatMap((sentence) => sentence.entities)
    expect(linked.length).toBeGreaterThan(0)
    for (const id of linked) expect(ids.has(id)).toBe(true)
    for (const sentence of analysis.summary.sentences) {
      for (const id of sentence.entities) {
        const entity = analysis.entities.find((candidate) => candidate.id === id)
        const inside = entity?.mentions.some(
          (m) => m.start >= sentence.start && m.end <= sentence.end,
        )
        expect(inside).toBe(true)
      }
    }
  })

  it('keeps every offset exact', async () => {
    await seedKorea()
    const analysis = (await (
      await call('/v1/articles/korea/analysis?quotes=20')
    ).json()) as Analysis
    const spans: Offsets[] = [
      ...analysis.summary.sentences,
      ...analysis.quotes,
      ...analysis.entities.flatMap((entity) => entity.mentions),
    ]
    for (const span of spans) expect(KOREA.body.slice(span.start, span.end)).toBe(span.text)
  })
})

describe('GET /v1/articles/:id/quotes and /entities options', () => {
  it('limits quotes and filters them by kind', async () => {
    await seedKorea()
    // The inquiry story has more than five key quotes, so a limit of two has something to cut.
    await seedArticle('inquiry', { title: KELSWORTH.title, body: KELSWORTH.body })
    const limited = (await (await call('/v1/articles/inquiry/quotes?limit=2')).json()) as Analysis
    expect(limited.quotes).toHaveLength(2)
    const partial = (await (
      await call('/v1/articles/korea/quotes?kind=partial&limit=20')
    ).json()) as {
      quotes: { kind: string }[]
    }
    expect(partial.quotes.length).toBeGreaterThan(0)
    for (const quote of partial.quotes) expect(quote.kind).toBe('partial')
  })

  it('serves the five key quotes of an article unless asked for more', async () => {
    await seedArticle('inquiry', { title: KELSWORTH.title, body: KELSWORTH.body })
    const key = (await (await call('/v1/articles/inquiry/quotes')).json()) as Analysis
    expect(key.quotes).toHaveLength(5)
    const more = (await (await call('/v1/articles/inquiry/quotes?limit=8')).json()) as Analysis
    expect(more.quotes).toHaveLength(8)
  })

  it('lists money and percentages only when asked for', async () => {
    await seedArticle('deal', {
      body: 'Acme Corp. agreed to buy Brightline for $1.2bn, a 14.5% premium, on Monday.',
    })
    const names = (await (await call('/v1/articles/deal/entities')).json()) as Analysis
    expect(names.entities.map((entity) => entity.type)).not.toContain('money')
    const amounts = (await (
      await call('/v1/articles/deal/entities?types=money,percent')
    ).json()) as Analysis
    expect(amounts.entities.map((entity) => entity.type).sort()).toEqual(['money', 'percent'])
  })

  it('filters entities by type and limit', async () => {
    await seedKorea()
    const places = (await (
      await call('/v1/articles/korea/entities?types=place&limit=3')
    ).json()) as Analysis
    expect(places.entities.length).toBeGreaterThan(0)
    expect(places.entities.length).toBeLessThanOrEqual(3)
    for (const entity of places.entities) expect(entity.type).toBe('place')
  })

  it.each([
    ['quotes', 'limit=0'],
    ['quotes', 'kind=indirect'],
    ['quotes', 'minWords=-1'],
    ['entities', 'types=planet'],
    ['entities', 'limit=1001'],
    ['analysis', 'quotes=1001'],
  ])('rejects %s?%s with 400', async (kind, query) => {
    await seedKorea()
    await expectProblem(await call(`/v1/articles/korea/${kind}?${query}`), 400)
  })
})
