import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { RESULT_PREFIX } from '../../src/storage/keys'
import { KELSWORTH, KOREA } from '../sample-articles'
import { adminHeaders, articleInput, call, expectProblem, seedArticle } from './helpers'

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

async function resultKeys(): Promise<string[]> {
  return (await env.ARTICLES.list({ prefix: RESULT_PREFIX })).keys.map((key) => key.name)
}

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

describe('caching of analyses', () => {
  it('computes once, then serves the cached result with the same ETag', async () => {
    await seedKorea()
    const first = await call('/v1/articles/korea/analysis')
    expect(first.headers.get('x-precis-cache')).toBe('miss')
    expect(await resultKeys()).toHaveLength(1)
    const second = await call('/v1/articles/korea/analysis')
    expect(second.headers.get('x-precis-cache')).toBe('hit')
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'))
    expect(await second.text()).toBe(await first.text())
    expect(second.headers.get('cache-control')).toContain('stale-while-revalidate')
  })

  it('answers If-None-Match with 304 and no body', async () => {
    await seedKorea()
    const first = await call('/v1/articles/korea/quotes')
    const etag = first.headers.get('etag') ?? ''
    const second = await call('/v1/articles/korea/quotes', { headers: { 'if-none-match': etag } })
    expect(second.status).toBe(304)
    expect(second.headers.get('etag')).toBe(etag)
    expect(await second.text()).toBe('')
  })

  it('treats the same options in another order as the same result', async () => {
    await seedKorea()
    const a = await call('/v1/articles/korea/summary?sentences=2&order=rank')
    const b = await call('/v1/articles/korea/summary?order=rank&sentences=2')
    expect(b.headers.get('etag')).toBe(a.headers.get('etag'))
    expect(b.headers.get('x-precis-cache')).toBe('hit')
  })

  it('never serves a stale analysis after the article changes', async () => {
    await seedKorea()
    const before = await call('/v1/articles/korea/summary?sentences=1')
    await seedArticle('korea', {
      title: 'Replaced',
      body: 'An entirely new first sentence. Another one.',
    })
    const after = await call('/v1/articles/korea/summary?sentences=1')
    expect(after.headers.get('x-precis-cache')).toBe('miss')
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'))
    const summary = (await after.json()) as Analysis['summary']
    expect(summary.summary).toBe('An entirely new first sentence.')
  })

  it('recomputes when asked with Cache-Control: no-cache', async () => {
    await seedKorea()
    await call('/v1/articles/korea/entities')
    const bypassed = await call('/v1/articles/korea/entities', {
      headers: { 'cache-control': 'no-cache' },
    })
    expect(bypassed.headers.get('x-precis-cache')).toBe('miss')
  })

  it('recomputes a cached result that is broken instead of serving it', async () => {
    await seedKorea()
    await call('/v1/articles/korea/analysis')
    const [key] = await resultKeys()
    await env.ARTICLES.put(key ?? '', 'broken', { metadata: { version: 'another-version' } })
    const response = await call('/v1/articles/korea/analysis')
    expect(response.headers.get('x-precis-cache')).toBe('miss')
    expect(((await response.json()) as Analysis).summary.sentences.length).toBeGreaterThan(0)
  })

  it('precomputes the default results when an article is written', async () => {
    const response = await call('/v1/articles/fresh', {
      method: 'PUT',
      headers: adminHeaders(),
      body: JSON.stringify(articleInput({ body: KOREA.body, title: KOREA.title })),
    })
    expect(response.status).toBe(201)
    expect(await resultKeys()).toHaveLength(4)
    for (const kind of ['analysis', 'summary', 'quotes', 'entities']) {
      const read = await call(`/v1/articles/fresh/${kind}`)
      expect(read.headers.get('x-precis-cache')).toBe('hit')
    }
  })

  it('drops cached results when the article is deleted', async () => {
    await seedKorea()
    await call('/v1/articles/korea/analysis')
    await call('/v1/articles/korea', { method: 'DELETE', headers: adminHeaders() })
    expect(await resultKeys()).toEqual([])
    await expectProblem(await call('/v1/articles/korea/analysis'), 404)
  })
})

describe('GET /v1/articles/:id/analysis on the sample article', () => {
  it('finds the four quoted phrases and gives them to Park Jin', async () => {
    await seedKorea()
    const analysis = (await (
      await call('/v1/articles/korea/analysis?quotes=10')
    ).json()) as Analysis
    // The quoted words are everything inside the marks, so the period inside “standards.” stays.
    const words = analysis.quotes.map((quote) => quote.text.replace(/[.,]$/, ''))
    expect(words.sort()).toEqual(
      [
        'great transition in international society',
        'two plus two',
        'unprecedented threat',
        'universal values and standards',
      ].sort(),
    )
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
    const limited = (await (await call('/v1/articles/korea/quotes?limit=2')).json()) as Analysis
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

describe('damaged cache entries', () => {
  it('recomputes a cached body that is not the length it was stored with', async () => {
    await seedKorea()
    await call('/v1/articles/korea/summary')
    const [key] = await resultKeys()
    const stored = await env.ARTICLES.getWithMetadata<{ version: string; length: number }>(
      key ?? '',
      'text',
    )
    await env.ARTICLES.put(key ?? '', (stored.value ?? '').slice(0, 40), {
      metadata: stored.metadata,
    })
    const response = await call('/v1/articles/korea/summary')
    expect(response.headers.get('x-precis-cache')).toBe('miss')
    expect(((await response.json()) as Analysis['summary']).sentences.length).toBeGreaterThan(0)
  })
})
