/**
 * HTML in: POST of a page to the text endpoints, PUT of a page as an article, and import of an
 * article from its URL (through the fake origin of tests/origin). Nothing is stored when a page
 * is refused.
 */
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { STORY, SECTION_FRONT, storyPage } from '../origin/pages'
import { adminHeaders, call, callWith, expectProblem, spansOf } from './helpers'

const PAGE = storyPage('https://news.example/lake-ferry-strike-ends')
const ENDPOINTS = ['/v1/summarize', '/v1/quotes', '/v1/entities', '/v1/analyze'] as const

const postHtml = (path: string, html: string | Uint8Array, contentType = 'text/html') =>
  call(path, { method: 'POST', headers: { 'content-type': contentType }, body: html })

interface WithArticle {
  article: { title: string; byline: string | null; url: string | null; text: string }
}

async function kvKeys(): Promise<string[]> {
  return (await env.ARTICLES.list()).keys.map((key) => key.name)
}

describe('POST text endpoints with an HTML page', () => {
  it.each(ENDPOINTS)('%s analyses the extracted article and answers it', async (path) => {
    const response = await postHtml(path, PAGE)
    expect(response.status).toBe(200)
    const result = await response.json<WithArticle>()
    expect(result.article.title).toBe(STORY.title)
    expect(result.article.url).toBe('https://news.example/lake-ferry-strike-ends')
    expect(result.article.text).toContain(STORY.paragraphs[1])
    for (const span of spansOf(result)) {
      expect(result.article.text.slice(span.start, span.end)).toBe(span.text)
    }
  })

  it('gives the same analysis as the extracted text sent as plain text', async () => {
    const fromHtml = await (await postHtml('/v1/analyze', PAGE)).json<WithArticle>()
    const { article, ...analysis } = fromHtml
    const plain = await call(`/v1/analyze?title=${encodeURIComponent(article.title)}`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: article.text,
    })
    expect(await plain.json()).toEqual(analysis)
  })

  it('reads application/xhtml+xml in the charset its Content-Type names', async () => {
    const page = PAGE.replaceAll('Eastwick', 'Zürichsee')
    // Latin-1: one byte per character, ü is 0xFC (the page's <meta charset> says utf-8: the header wins).
    const latin1 = Uint8Array.from(page, (char) => char.charCodeAt(0))
    const response = await postHtml(
      '/v1/analyze',
      latin1,
      'application/xhtml+xml; charset=iso-8859-1',
    )
    expect(response.status).toBe(200)
    expect((await response.json<WithArticle>()).article.text).toContain('Commuters in Zürichsee')
  })

  it('takes the page address from ?url= when the page names none', async () => {
    const page = PAGE.replace(/<link rel="canonical"[^>]*>/, '')
    const response = await postHtml('/v1/summarize?url=https://news.example/from-query', page)
    expect((await response.json<WithArticle>()).article.url).toBe('https://news.example/from-query')
  })

  it('answers 422 for a page with no article', async () => {
    await expectProblem(await postHtml('/v1/analyze', SECTION_FRONT), 422)
  })

  it('answers 413 naming both sizes when the article is longer than MAX_TEXT_CHARS', async () => {
    const response = await callWith({ MAX_TEXT_CHARS: '300' }, '/v1/analyze', {
      method: 'POST',
      headers: { 'content-type': 'text/html' },
      body: PAGE,
    })
    const problem = await expectProblem(response, 413)
    expect(problem.detail).toMatch(/has \d+ characters; the limit is 300 \(MAX_TEXT_CHARS\)/)
  })

  it('takes pages up to MAX_HTML_BYTES, larger than the JSON body limit', async () => {
    const padded = PAGE.replace('</body>', `<!-- ${'x'.repeat(1_200_000)} --></body>`)
    expect((await postHtml('/v1/entities', padded)).status).toBe(200)
    const over = await callWith({ MAX_HTML_BYTES: '100000' }, '/v1/entities', {
      method: 'POST',
      headers: { 'content-type': 'text/html' },
      body: padded,
    })
    await expectProblem(over, 413)
  })

  it('ignores a ?url= that is not an http(s) URL, as /v1/extract does', async () => {
    const page = PAGE.replace(/<link rel="canonical"[^>]*>/, '')
    const response = await postHtml('/v1/analyze?url=javascript:alert(1)', page)
    expect((await response.json<WithArticle>()).article.url).toBeNull()
  })
})

describe('PUT /v1/articles/:id with an HTML page', () => {
  it('stores the page’s article, its metadata filling the fields', async () => {
    const response = await call('/v1/articles/ferry-strike', {
      method: 'PUT',
      headers: adminHeaders({ 'content-type': 'text/html; charset=utf-8' }),
      body: PAGE,
    })
    expect(response.status).toBe(201)
    const article = await response.json<Record<string, unknown>>()
    expect(article).toMatchObject({
      id: 'ferry-strike',
      title: STORY.title,
      url: 'https://news.example/lake-ferry-strike-ends',
      language: 'en',
    })
    expect(Date.parse(String(article.publishedAt))).toBe(Date.parse(STORY.publishedAt))
    expect(String(article.byline)).toContain(STORY.byline)
    expect(String(article.body)).toContain(STORY.paragraphs[0])
    const stored = await call('/v1/articles/ferry-strike')
    expect(await stored.json()).toEqual(article)
  })

  it('needs the admin token', async () => {
    const response = await call('/v1/articles/ferry-strike', {
      method: 'PUT',
      headers: { 'content-type': 'text/html' },
      body: PAGE,
    })
    await expectProblem(response, 401)
    expect(await kvKeys()).toEqual([])
  })

  it('stores nothing for a page without an article', async () => {
    const response = await call('/v1/articles/section-front', {
      method: 'PUT',
      headers: adminHeaders({ 'content-type': 'text/html' }),
      body: SECTION_FRONT,
    })
    await expectProblem(response, 422)
    expect(await kvKeys()).toEqual([])
  })
})

describe('POST /v1/articles/import', () => {
  const importPage = (body: unknown, headers: Record<string, string> = adminHeaders()) =>
    call('/v1/articles/import', { method: 'POST', headers, body: JSON.stringify(body) })

  it('fetches a page and stores its article under the slug of its URL', async () => {
    const response = await importPage({ url: 'https://news.example/redirect/2/story-imported' })
    expect(response.status).toBe(201)
    expect(response.headers.get('location')).toBe('/v1/articles/story-imported')
    const article = await response.json<Record<string, unknown>>()
    expect(article).toMatchObject({
      id: 'story-imported',
      title: STORY.title,
      url: 'https://news.example/story-imported',
    })
    expect(await kvKeys()).toContain('article:v1:story-imported')
  })

  it('stores under the id given', async () => {
    const response = await importPage({ url: 'https://news.example/story', id: 'lake-ferry' })
    expect(response.status).toBe(201)
    expect((await response.json<{ id: string }>()).id).toBe('lake-ferry')
  })

  it.each([
    ['a private address', { url: 'http://10.0.0.1/story' }, 403],
    ['a decimal loopback', { url: 'http://2130706433/story' }, 403],
    ['localhost', { url: 'http://localhost/story' }, 403],
    [
      'a redirect to the metadata service',
      { url: 'https://news.example/to?location=http://169.254.169.254/' },
      403,
    ],
    ['a non-web scheme', { url: 'file:///etc/passwd' }, 400],
    ['credentials', { url: 'https://a:b@news.example/story' }, 400],
    ['a PDF', { url: 'https://news.example/pdf' }, 415],
    ['a page over MAX_HTML_BYTES', { url: 'https://news.example/huge-streamed' }, 413],
    ['a page with no article', { url: 'https://news.example/front' }, 422],
    ['a missing page', { url: 'https://news.example/missing' }, 404],
    ['an origin error', { url: 'https://news.example/broken' }, 502],
    ['an unreachable origin', { url: 'https://down.example/story' }, 502],
    ['six redirects', { url: 'https://news.example/redirect/6/story' }, 502],
    ['an invalid id', { url: 'https://news.example/story', id: 'Not An Id' }, 422],
    ['an unknown field', { url: 'https://news.example/story', tags: ['x'] }, 422],
  ])('answers %s (%j) with %i, storing nothing', async (_name, body, status) => {
    await expectProblem(await importPage(body), status)
    expect(await kvKeys()).toEqual([])
  })

  it('answers 504 for an origin slower than FETCH_TIMEOUT_MS', async () => {
    const response = await callWith({ FETCH_TIMEOUT_MS: '100' }, '/v1/articles/import', {
      method: 'POST',
      headers: adminHeaders(),
      body: JSON.stringify({ url: 'https://news.example/slow' }),
    })
    await expectProblem(response, 504)
    expect(await kvKeys()).toEqual([])
  })

  it('needs the admin token', async () => {
    const response = await importPage(
      { url: 'https://news.example/story' },
      { 'content-type': 'application/json' },
    )
    await expectProblem(response, 401)
  })

  it('answers 422 when the URL gives no id and none is sent', async () => {
    const problem = await expectProblem(await importPage({ url: 'https://news.example/?p=7' }), 422)
    expect(problem.invalid?.[0]?.name).toBe('body.id')
    expect(await kvKeys()).toEqual([])
  })
})
