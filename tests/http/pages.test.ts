/**
 * GET /v1/pages/analysis, the embed page and oEmbed for publishers' pages, against the fake origin
 * (tests/origin): allowed hosts only, on every hop; analysis cached at the edge, never in KV; the
 * origin asked again only when the copy is stale, with its validators. Each test reads its own
 * story path, so the edge cache of one never answers another.
 */
import { env } from 'cloudflare:workers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { PAGE_FRESH_SECONDS } from '../../src/pages/page-analysis'
import { STORY_ETAG } from '../origin/fake-origin'
import { STORY } from '../origin/pages'
import { call, callWith, expectProblem, spansOf } from './helpers'

interface PageAnalysis {
  article: { url: string; title: string; byline: string | null; publishedAt: string; text: string }
  summary: { sentences: { text: string }[] }
  quotes: { text: string }[]
  entities: { name: string }[]
}

interface Seen {
  ifNoneMatch: string | null
  ifModifiedSince: string | null
}

const analysisOf = (url: string, query = '', init?: RequestInit) =>
  call(`/v1/pages/analysis?url=${encodeURIComponent(url)}${query}`, init)

async function originLog(path: string): Promise<Seen[]> {
  const response = await fetch(`https://origin.test/log?path=${encodeURIComponent(path)}`)
  return response.json<Seen[]>()
}

async function kvKeys(): Promise<string[]> {
  return (await env.ARTICLES.list()).keys.map((key) => key.name)
}

afterEach(() => {
  vi.useRealTimers()
})

describe('GET /v1/pages/analysis', () => {
  it('analyses the article of an allowed page, offsets into its extracted text', async () => {
    const response = await analysisOf('https://news.example/story-analysed')
    expect(response.status).toBe(200)
    expect(response.headers.get('x-precis-cache')).toBe('miss')
    expect(response.headers.get('cache-control')).toBe(`public, max-age=${PAGE_FRESH_SECONDS}`)
    const result = await response.json<PageAnalysis>()
    expect(result.article.title).toBe(STORY.title)
    expect(result.article.url).toBe('https://news.example/story-analysed')
    expect(Date.parse(result.article.publishedAt)).toBe(Date.parse(STORY.publishedAt))
    expect(result.article.text).toContain(STORY.paragraphs[0])
    expect(result.article.text).not.toMatch(/Share on Facebook|Sign up|Photo: Courier staff/)
    expect(result.summary.sentences.length).toBeGreaterThan(0)
    expect(result.entities.map((entity) => entity.name)).toContain('Tomas Brill')
    for (const span of spansOf(result)) {
      expect(result.article.text.slice(span.start, span.end)).toBe(span.text)
    }
    expect(await kvKeys()).toEqual([])
  })

  it('serves the edge copy without asking the origin again, for every spelling of the URL', async () => {
    const first = await analysisOf('https://news.example/story-cached?b=2&a=1')
    const body = await first.text()
    for (const spelling of [
      'https://news.example/story-cached?b=2&a=1',
      'https://NEWS.example/story-cached?a=1&b=2#comments',
      'https://news.example/story-cached?a=1&utm_source=mail&b=2&fbclid=x',
    ]) {
      const again = await analysisOf(spelling)
      expect(again.headers.get('x-precis-cache')).toBe('hit')
      expect(await again.text()).toBe(body)
    }
    expect(await originLog('news.example/story-cached?a=1&b=2')).toHaveLength(1)
    expect(await kvKeys()).toEqual([])
  })

  it('keeps one copy per options and engine version', async () => {
    await analysisOf('https://news.example/story-options', '&sentences=2')
    const other = await analysisOf('https://news.example/story-options', '&sentences=4')
    expect(other.headers.get('x-precis-cache')).toBe('miss')
    const result = await other.json<PageAnalysis>()
    expect(result.summary.sentences).toHaveLength(4)
  })

  it('revalidates a stale copy with the origin’s validators, without a new analysis', async () => {
    const first = await analysisOf('https://news.example/story-stale')
    const body = await first.text()
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + (PAGE_FRESH_SECONDS + 1) * 1000)
    const again = await analysisOf('https://news.example/story-stale')
    expect(again.headers.get('x-precis-cache')).toBe('revalidated')
    expect(await again.text()).toBe(body)
    const seen = await originLog('news.example/story-stale')
    expect(seen).toHaveLength(2)
    expect(seen[0]?.ifNoneMatch).toBeNull()
    expect(seen[1]?.ifNoneMatch).toBe(STORY_ETAG)
    // The 304 made the copy fresh again.
    const third = await analysisOf('https://news.example/story-stale')
    expect(third.headers.get('x-precis-cache')).toBe('hit')
  })

  it('answers 304 to a client that holds the answer', async () => {
    const first = await analysisOf('https://news.example/story-etag')
    const etag = first.headers.get('etag') ?? ''
    expect(etag).toMatch(/^".+"$/)
    const again = await analysisOf('https://news.example/story-etag', '', {
      headers: { 'if-none-match': etag },
    })
    expect(again.status).toBe(304)
  })

  it.each([
    ['a host PAGE_HOSTS does not list', 'https://elsewhere.example/story', 403],
    ['a subdomain of a listed host', 'https://www.news.example/story', 403],
    ['a wildcard host', 'https://any.pages.example/story-wildcard', 200],
    [
      'an open redirect to another host',
      'https://news.example/to?location=https://elsewhere.example/story',
      403,
    ],
    [
      'a redirect to a private address',
      'https://news.example/to?location=http://192.168.0.1/',
      403,
    ],
    ['a private address', 'http://127.0.0.1/', 403],
    ['a non-web scheme', 'ftp://news.example/story', 400],
    ['credentials', 'https://user:pw@news.example/story', 400],
    ['a page with no article', 'https://news.example/front', 422],
    ['a PDF', 'https://news.example/pdf', 415],
    ['a page too large', 'https://news.example/huge', 413],
    ['a missing page', 'https://news.example/missing', 404],
    ['an origin error', 'https://news.example/broken', 502],
    ['too many redirects', 'https://news.example/redirect/6/story', 502],
  ])('answers %s (%s) with %i', async (_name, url, status) => {
    const response = await analysisOf(url)
    if (status === 200) expect(response.status).toBe(200)
    else await expectProblem(response, status)
    expect(await kvKeys()).toEqual([])
  })

  it('fetches nothing when PAGE_HOSTS is empty', async () => {
    const response = await callWith(
      { PAGE_HOSTS: '' },
      `/v1/pages/analysis?url=${encodeURIComponent('https://news.example/story-none')}`,
    )
    const problem = await expectProblem(response, 403)
    expect(problem.detail).toContain('PAGE_HOSTS is empty')
    expect(await originLog('news.example/story-none')).toEqual([])
  })

  it('answers 504 when the origin is too slow', async () => {
    const url = encodeURIComponent('https://news.example/slow')
    const response = await callWith({ FETCH_TIMEOUT_MS: '100' }, `/v1/pages/analysis?url=${url}`)
    await expectProblem(response, 504)
  })

  it('answers 413 naming both sizes when the article text is over MAX_TEXT_CHARS', async () => {
    const url = encodeURIComponent('https://news.example/story-long')
    const response = await callWith({ MAX_TEXT_CHARS: '200' }, `/v1/pages/analysis?url=${url}`)
    const problem = await expectProblem(response, 413)
    expect(problem.detail).toMatch(/has \d+ characters; the limit is 200 \(MAX_TEXT_CHARS\)/)
  })

  it('rejects unknown options and a missing url', async () => {
    await expectProblem(await analysisOf('https://news.example/story', '&sentence=2'), 400)
    await expectProblem(await call('/v1/pages/analysis'), 400)
  })

  it('is rate-limited like the text endpoints', async () => {
    const headers = { 'cf-connecting-ip': '203.0.113.61' }
    let limited: Response | undefined
    for (let i = 0; i < 80 && !limited; i++) {
      const response = await analysisOf('https://news.example/story-limited', '', { headers })
      if (response.status === 429) limited = response
      else expect(response.status).toBe(200)
    }
    expect(limited).toBeDefined()
    if (limited) await expectProblem(limited, 429)
  })
})

describe('embeds of publishers’ pages', () => {
  it('oEmbed answers for an allowed page with an iframe of its embed page', async () => {
    const page = 'https://news.example/story-oembed'
    const response = await call(`/oembed?url=${encodeURIComponent(page)}&format=json`)
    expect(response.status).toBe(200)
    const oembed = await response.json<{ title: string; html: string }>()
    expect(oembed.title).toBe(STORY.title)
    const src = /src="([^"]+)"/.exec(oembed.html)?.[1]?.replace(/&amp;/g, '&') ?? ''
    expect(new URL(src).pathname).toBe('/embed')
    expect(new URL(src).searchParams.get('url')).toBe(page)

    const embed = await call(`${new URL(src).pathname}${new URL(src).search}`)
    expect(embed.status).toBe(200)
    expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *')
    const html = await embed.text()
    expect(html).toContain('Marrow Lake')
    // The embed page's own URL is one oEmbed knows too.
    const again = await call(`/oembed?url=${encodeURIComponent(src)}&format=json`)
    expect(again.status).toBe(200)
  })

  it('oEmbed still answers 404 for pages of hosts it may not fetch', async () => {
    const page = 'https://elsewhere.example/story'
    await expectProblem(await call(`/oembed?url=${encodeURIComponent(page)}`), 404)
  })

  it('the embed page refuses a host PAGE_HOSTS does not list', async () => {
    const page = 'https://elsewhere.example/story'
    await expectProblem(await call(`/embed?url=${encodeURIComponent(page)}`), 403)
  })
})
