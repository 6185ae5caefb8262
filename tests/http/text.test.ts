import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { KELSWORTH, KOREA } from '../sample-articles'
import { ADMIN_TOKEN, call, callWith, expectProblem, spansOf, type Span } from './helpers'

const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  call(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })

const ENDPOINTS = ['/v1/summarize', '/v1/quotes', '/v1/entities', '/v1/analyze'] as const

describe('POST text endpoints', () => {
  it.each(ENDPOINTS)('%s accepts JSON with options in the body', async (path) => {
    const response = await postJson(path, { text: KELSWORTH.body, title: KELSWORTH.title })
    expect(response.status).toBe(200)
    const result = (await response.json()) as Record<string, unknown>
    for (const span of spansOf(result))
      expect(KELSWORTH.body.slice(span.start, span.end)).toBe(span.text)
  })

  it.each(ENDPOINTS)('%s accepts text/plain with options in the query', async (path) => {
    const response = await call(`${path}?title=${encodeURIComponent(KOREA.title)}`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: KOREA.body,
    })
    expect(response.status).toBe(200)
  })

  it('applies summary options in either form', async () => {
    const fromBody = (await (
      await postJson('/v1/summarize', { text: KOREA.body, sentences: 2 })
    ).json()) as {
      sentences: Span[]
    }
    const fromQuery = (await (
      await call('/v1/summarize?sentences=2', {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: KOREA.body,
      })
    ).json()) as { sentences: Span[] }
    expect(fromBody.sentences).toHaveLength(2)
    expect(fromQuery).toEqual(fromBody)
  })

  it('renders the summary as Markdown on request', async () => {
    const response = await postJson('/v1/summarize', { text: KOREA.body, format: 'markdown' })
    expect(response.headers.get('content-type')).toContain('text/markdown')
  })

  it.each([
    ['no text', { title: 'x' }, 'body.text'],
    ['text that is not a string', { text: 42 }, 'body.text'],
    ['empty text', { text: '  \n ' }, 'body.text'],
    ['a title that is not a string', { text: 'Hello there.', title: ['x'] }, 'body.title'],
  ])('answers %s with 422', async (_name, body, field) => {
    const problem = await expectProblem(await postJson('/v1/analyze', body), 422)
    expect(problem.invalid?.[0]?.name).toBe(field)
  })

  it.each([
    [{ sentences: 0 }, 'options.sentences'],
    [{ sentences: 2, words: 40 }, 'options.sentences'],
    [{ avoid: ['nothing'] }, 'options.avoid.0'],
    [{ colour: 'red' }, 'options'],
  ])('answers the options %j with 400 naming %s', async (options, field) => {
    const problem = await expectProblem(
      await postJson('/v1/summarize', { text: KOREA.body, ...options }),
      400,
    )
    expect(problem.invalid?.map((invalid) => invalid.name)).toContain(field)
  })

  it('answers malformed JSON with 400', async () => {
    const response = await call('/v1/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"text": "unterminated',
    })
    await expectProblem(response, 400)
  })

  it.each(['application/xml', 'multipart/form-data; boundary=x', ''])(
    'answers content type "%s" with 415',
    async (type) => {
      const headers: Record<string, string> = type ? { 'content-type': type } : {}
      // Bytes, not a string: fetch would label a string body text/plain itself.
      const body = new TextEncoder().encode('Some text.')
      await expectProblem(await call('/v1/quotes', { method: 'POST', headers, body }), 415)
    },
  )

  it('answers text over MAX_TEXT_CHARS with 413', async () => {
    const request: RequestInit = {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'Word '.repeat(100),
    }
    const response = await callWith({ MAX_TEXT_CHARS: '100' }, '/v1/entities', request)
    const problem = await expectProblem(response, 413)
    expect(problem.detail).toContain('100')
  })

  it('answers a body over MAX_BODY_BYTES with 413', async () => {
    const request: RequestInit = {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'Word '.repeat(1000),
    }
    await expectProblem(await callWith({ MAX_BODY_BYTES: '1000' }, '/v1/summarize', request), 413)
  })
})

describe('rate limiting of the text endpoints', () => {
  it('answers 429 with Retry-After once a client has spent its budget, but not the owner', async () => {
    const headers = { 'cf-connecting-ip': '203.0.113.7' }
    let limited: Response | undefined
    for (let i = 0; i < 80 && !limited; i++) {
      const response = await postJson('/v1/entities', { text: 'Rain in Oslo.' }, headers)
      if (response.status === 429) limited = response
      else expect(response.status).toBe(200)
    }
    expect(limited).toBeDefined()
    if (!limited) return
    await expectProblem(limited, 429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    const owner = await postJson(
      '/v1/entities',
      { text: 'Rain in Oslo.' },
      {
        ...headers,
        authorization: `Bearer ${ADMIN_TOKEN}`,
      },
    )
    expect(owner.status).toBe(200)
    const other = await postJson(
      '/v1/entities',
      { text: 'Rain in Oslo.' },
      { 'cf-connecting-ip': '198.51.100.9' },
    )
    expect(other.status).toBe(200)
  })
})

describe('invariants on any input (property tests)', () => {
  const owner = { authorization: `Bearer ${ADMIN_TOKEN}` }

  it('never answers 5xx, keeps offsets exact and is deterministic', async () => {
    const texts = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 400 }),
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc
        .array(
          fc.constantFrom(
            '“',
            '”',
            '"',
            "'",
            '«',
            '»',
            '„',
            'Mr.',
            'U.S.',
            ' said',
            ' Park',
            '\n\n',
            '(',
            ')',
            '.',
            ' ',
          ),
          { maxLength: 200 },
        )
        .map((parts) => parts.join('')),
    )
    await fc.assert(
      fc.asyncProperty(texts, fc.constantFrom(...ENDPOINTS), async (text, path) => {
        const first = await postJson(path, { text }, owner)
        expect(first.status).toBeLessThan(500)
        if (first.status !== 200) return
        const body = await first.text()
        for (const span of spansOf(JSON.parse(body))) {
          expect(text.slice(span.start, span.end)).toBe(span.text)
        }
        const second = await postJson(path, { text }, owner)
        expect(await second.text()).toBe(body)
      }),
      { numRuns: 60, seed: 20261126 },
    )
  })
})

describe('rate limit switch', () => {
  it('lifts the limit when TEXT_RATE_LIMIT is off', async () => {
    const headers = { 'content-type': 'application/json', 'cf-connecting-ip': '192.0.2.44' }
    const init = { method: 'POST', headers, body: JSON.stringify({ text: 'Snow in Bergen.' }) }
    for (let i = 0; i < 70; i++) {
      const response = await callWith({ TEXT_RATE_LIMIT: 'off' }, '/v1/entities', init)
      expect(response.status).toBe(200)
    }
  })
})

describe('default list lengths', () => {
  it('POST /v1/quotes returns every quote, GET …/quotes the five key ones', async () => {
    const all = (await (await postJson('/v1/quotes', { text: KELSWORTH.body })).json()) as {
      quotes: unknown[]
    }
    expect(all.quotes.length).toBeGreaterThan(5)
    const limited = (await (
      await postJson('/v1/quotes', { text: KELSWORTH.body, limit: 2 })
    ).json()) as {
      quotes: unknown[]
    }
    expect(limited.quotes).toHaveLength(2)
  })
})

describe('POST /v1/quotes: split utterances and quoted terms', () => {
  const text =
    '“We will,” said Ann Lee, the trust’s director, “rebuild the hall.” Critics of the “Save Our Hall” plan met later.'
  interface Part {
    text: string
    start: number
    end: number
  }
  type Result = { quotes: (Part & { id: string; kind: string; parts?: Part[] })[] }
  const quotes = async (body: Record<string, unknown>): Promise<Result['quotes']> =>
    ((await (await postJson('/v1/quotes', { text, ...body })).json()) as Result).quotes

  it('lists every quoted passage by default, later parts with linked ids', async () => {
    const passages = await quotes({})
    expect(passages.map((q) => q.id).sort()).toEqual(['q1', 'q1.2'])
    for (const q of passages) expect(q.parts).toBeUndefined()
  })

  it('joins the parts of an utterance with join=true, in the body or the query', async () => {
    const [joined] = await quotes({ join: true })
    expect(joined?.parts?.map((part) => part.text)).toEqual(['We will,', 'rebuild the hall.'])
    for (const part of joined?.parts ?? []) expect(text.slice(part.start, part.end)).toBe(part.text)
    const response = await call('/v1/quotes?join=true', {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: text,
    })
    expect(((await response.json()) as Result).quotes[0]?.parts).toHaveLength(2)
  })

  it('returns the quoted slogan only with scare=true, as kind scare', async () => {
    expect((await quotes({})).some((q) => q.text === 'Save Our Hall')).toBe(false)
    const withScare = await quotes({ scare: true })
    expect(withScare.find((q) => q.text === 'Save Our Hall')?.kind).toBe('scare')
  })

  it('rejects a join that is not a boolean with 400', async () => {
    await expectProblem(await postJson('/v1/quotes', { text, join: 'yes' }), 400)
  })
})
