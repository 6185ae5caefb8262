import { describe, expect, it } from 'vitest'
import {
  parseShow,
  parseTheme,
  safeHttpUrl,
  toCardModel,
  topQuote,
} from '../../src/widget/card-model'
import { escapeHtml, renderSummaryCard } from '../../src/widget/render-card'
import { estimateCardHeight, oembedResponse, parseOurUrl } from '../../src/widget/oembed'
import {
  HOSTILE,
  UNATTRIBUTED_QUOTE,
  hasEventHandlerAttribute,
  hostileAnalysis,
  sampleAnalysis,
} from './fixtures'

const ALL = { theme: 'auto', show: ['summary', 'quotes', 'entities'] } as const

describe('options as written by publishers', () => {
  it.each([
    ['summary', ['summary']],
    ['quotes, entities', ['quotes', 'entities']],
    ['entities summary', ['summary', 'entities']],
    ['QUOTES', ['quotes']],
    ['nonsense', ['summary', 'quotes', 'entities']],
    ['', ['summary', 'quotes', 'entities']],
  ])('show="%s" selects %j', (value, expected) => {
    expect(parseShow(value)).toEqual(expected)
  })

  it.each([
    ['dark', 'dark'],
    ['Light', 'light'],
    ['purple', 'auto'],
    [null, 'auto'],
  ])('theme=%s is %s', (value, expected) => {
    expect(parseTheme(value)).toBe(expected)
  })

  it.each([
    ['https://a.example/x', 'https://a.example/x'],
    ['http://a.example/', 'http://a.example/'],
    ['javascript:alert(1)', null],
    ['data:text/html,<b>', null],
    ['/relative', null],
  ])('links %s as %s', (url, expected) => {
    expect(safeHttpUrl(url)).toBe(expected)
  })
})

describe('what the card shows', () => {
  it('lists summary sentences in reading order', () => {
    expect(toCardModel(sampleAnalysis(), ALL).sentences).toEqual([
      'The ferry sailed again on Monday.',
      'Repairs cost more than planned.',
    ])
  })

  it('leaves out the date line and the links of an article with only a title and a body', () => {
    const bare = sampleAnalysis({ article: { id: 'bare', title: 'Bare', version: 'v1' } })
    const model = toCardModel(bare, ALL)
    expect([model.url, model.byline, model.publishedAt]).toEqual([null, null, null])
    const html = renderSummaryCard(bare, ALL)
    expect(html).not.toMatch(/<time|class="meta"|<a |undefined|Invalid Date/)
  })

  it('prefers a quote with a named speaker over a better-scored anonymous one', () => {
    expect(topQuote(sampleAnalysis().quotes)?.id).toBe('q2')
  })

  it('falls back to the best-scored quote when none has a speaker', () => {
    const quotes = sampleAnalysis().quotes.map((quote) => ({ ...quote, speaker: null }))
    expect(topQuote(quotes)?.id).toBe('q1')
  })

  it('never names an unresolved pronoun as the speaker, nor prefers its quote', () => {
    const quotes = sampleAnalysis().quotes.map((quote) =>
      quote.speaker
        ? { ...quote, speaker: { ...quote.speaker, name: 'he', resolved: false } }
        : quote,
    )
    const card = toCardModel(sampleAnalysis({ quotes }), ALL)
    expect(topQuote(quotes)?.id).toBe('q1')
    expect(card.quote?.speaker).toBeNull()
    expect(card.quote?.role).toBeNull()
  })

  it('strips the quote marks the renderer adds back', () => {
    const analysis = sampleAnalysis({ quotes: [UNATTRIBUTED_QUOTE] })
    expect(toCardModel(analysis, ALL).quote?.text).toBe('We were lucky,')
  })

  it('orders entity chips by salience', () => {
    expect(toCardModel(sampleAnalysis(), ALL).entities?.map((entity) => entity.name)).toEqual([
      'Mara Holt',
      'Kelport',
    ])
  })

  it('leaves out the sections not asked for', () => {
    const html = renderSummaryCard(sampleAnalysis(), { theme: 'dark', show: ['quotes'] })
    expect(html).toContain('data-theme="dark"')
    expect(html).toContain('Mara Holt')
    expect(html).not.toContain('class="points"')
    expect(html).not.toContain('class="chips"')
  })
})

describe('escaping of article data', () => {
  it.each(HOSTILE)('escapes %s', (text) => {
    const escaped = escapeHtml(text)
    expect(escaped).not.toMatch(/[<>"']/)
  })

  it('renders every hostile field as text and never links a javascript: URL', () => {
    const html = renderSummaryCard(hostileAnalysis(), ALL)
    expect(html).not.toMatch(/<script|<img|<\/iframe|<\/style|<b>|javascript:/i)
    expect(hasEventHandlerAttribute(html)).toBe(false)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('data-type="&quot;&gt;&lt;script&gt;"')
  })

  it('escapes the oEmbed iframe title', () => {
    const { html } = oembedResponse(hostileAnalysis(), { origin: 'https://p.test' })
    expect(html.match(/<iframe /g)).toHaveLength(1)
    expect(html).not.toMatch(/<script|<img|<\/iframe>.*<\/iframe>/)
    expect(html).toMatch(/^<iframe src="https:\/\/p\.test\/embed\/harbour-ferry"/)
  })
})

describe('oEmbed URLs', () => {
  const origin = 'https://p.test'
  it.each([
    ['https://p.test/embed/harbour-ferry', { target: { id: 'harbour-ferry' } }],
    ['https://p.test/embed/harbour-ferry/', { target: { id: 'harbour-ferry' } }],
    [
      'https://p.test/embed/a1?theme=dark&sentences=5',
      { target: { id: 'a1' }, theme: 'dark', sentences: 5 },
    ],
    ['https://p.test/embed/a1?theme=neon&sentences=99', { target: { id: 'a1' } }],
    ['https://p.test/v1/articles/harbour-ferry', { target: { id: 'harbour-ferry' } }],
    [
      'https://p.test/embed?url=https%3A%2F%2Fnews.example%2Fstory&theme=dark',
      { target: { page: 'https://news.example/story' }, theme: 'dark' },
    ],
    ['https://p.test/embed', null],
    ['https://p.test/v1/articles?url=https%3A%2F%2Fnews.example%2Fstory', null],
    ['https://other.test/embed/harbour-ferry', null],
    ['http://p.test/embed/harbour-ferry', null],
    ['https://p.test/embed/Bad_Id', null],
    ['https://p.test/embed/a/b', null],
    ['https://p.test/v1/articles/a/analysis', null],
    ['https://p.test/', null],
  ])('%s is %j', (url, expected) => {
    expect(parseOurUrl(url, origin)).toEqual(expected)
  })

  it('throws on a URL that cannot be parsed', () => {
    expect(() => parseOurUrl('not a url', origin)).toThrow(TypeError)
  })

  it('estimates a taller card for a narrower column and for more content', () => {
    const analysis = sampleAnalysis()
    expect(estimateCardHeight(analysis, 320)).toBeGreaterThan(estimateCardHeight(analysis, 560))
    const bare = sampleAnalysis({ quotes: [], entities: [] })
    expect(estimateCardHeight(bare, 560)).toBeLessThan(estimateCardHeight(analysis, 560))
  })
})
