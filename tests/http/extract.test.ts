import { describe, expect, it } from 'vitest'
import { call, callWith, expectProblem } from './helpers'

const PROSE =
  'The ferry made its first crossing on battery power on Monday, after a refit that took two years and cost eleven million pounds.'
const PAGE = `<!doctype html><html lang="en"><head><title>Ferry goes electric</title>
<link rel="canonical" href="/ferry"></head><body><nav><a href="/">Home</a></nav>
<article><h1>Ferry goes electric</h1><p>${PROSE}</p><div class="share"><a href="#">Share</a></div>
<p>Passengers said the crossing was quieter, and the harbour master said fares would not change.</p></article></body></html>`

function postHtml(
  body: BodyInit,
  query = '',
  contentType = 'text/html; charset=utf-8',
  ip = '198.51.100.1',
) {
  return call(`/v1/extract${query}`, {
    method: 'POST',
    headers: { 'content-type': contentType, 'cf-connecting-ip': ip },
    body,
  })
}

interface ExtractedBody {
  title: string | null
  url: string | null
  language: string | null
  text: string
  structure: { blocks: { start: number; end: number; kind: string }[]; removed: { kind: string }[] }
}

describe('POST /v1/extract', () => {
  it('answers the article of a page with its metadata and structure', async () => {
    const response = await postHtml(PAGE, '?url=https://news.example/a/b')
    expect(response.status).toBe(200)
    const body = await response.json<ExtractedBody>()
    expect(body).toMatchObject({
      title: 'Ferry goes electric',
      url: 'https://news.example/ferry',
      language: 'en',
    })
    expect(body.text).toBe(
      `${PROSE}\n\nPassengers said the crossing was quieter, and the harbour master said fares would not change.`,
    )
    for (const block of body.structure.blocks)
      expect(body.text.slice(block.start, block.end).trim()).not.toBe('')
    expect(body.structure.removed.map((item) => item.kind)).toContain('share')
  })

  it('decodes the page by its charset', async () => {
    const latin1 = Uint8Array.from(PAGE.replace('quieter', 'quieter, caf\u00e9'), (char) =>
      char.charCodeAt(0),
    )
    const response = await postHtml(latin1, '', 'text/html; charset=iso-8859-1')
    expect((await response.json<ExtractedBody>()).text).toContain('quieter, café')
  })

  it('ignores a url that is not an absolute http(s) address', async () => {
    const response = await postHtml(
      PAGE.replace('<link rel="canonical" href="/ferry">', ''),
      '?url=hard::page.html',
    )
    expect(response.status).toBe(200)
    expect((await response.json<ExtractedBody>()).url).toBeNull()
  })

  const refusals: [name: string, send: () => Promise<Response>, status: number][] = [
    [
      'a page with no article is 422',
      () => postHtml('<html><body><nav><a href="/">Home</a></nav></body></html>'),
      422,
    ],
    [
      'binary bytes labelled text/html are 422',
      () => postHtml(Uint8Array.from({ length: 4096 }, (_, i) => (i * 31) % 256)),
      422,
    ],
    ['an empty body is 422', () => postHtml(''), 422],
    ['text/plain is 415', () => postHtml(PAGE, '', 'text/plain'), 415],
    ['JSON is 415', () => postHtml(JSON.stringify({ html: PAGE }), '', 'application/json'), 415],
    ['an unknown query parameter is 400', () => postHtml(PAGE, '?format=xml'), 400],
    ['a page over MAX_HTML_BYTES is 413', () => postHtml(`${PAGE}${' '.repeat(2_097_152)}`), 413],
  ]
  it.each(refusals)('%s', async (_name, send, status) => {
    await expectProblem(await send(), status)
  })

  it('takes its size limit from MAX_HTML_BYTES', async () => {
    const init = { method: 'POST', headers: { 'content-type': 'text/html' }, body: PAGE }
    await expectProblem(await callWith({ MAX_HTML_BYTES: '100' }, '/v1/extract', init), 413)
    expect((await callWith({ MAX_HTML_BYTES: '100000' }, '/v1/extract', init)).status).toBe(200)
  })

  it('is rate-limited like the text endpoints', async () => {
    let limited: Response | undefined
    for (let i = 0; i < 80 && !limited; i++) {
      const response = await postHtml(PAGE, '', 'text/html', '203.0.113.99')
      if (response.status === 429) limited = response
    }
    expect(limited).toBeDefined()
    if (limited) await expectProblem(limited, 429)
  })
})

describe('hostile pages through the Worker: a clear 4xx or an article, never a 5xx', () => {
  const para = `<p>${PROSE}</p>`
  const rows: [name: string, html: string][] = [
    ['100,000 nested elements', `${'<div>'.repeat(100_000)}${para}`],
    ['a 1.5 MB attribute', `<p title="${'x'.repeat(1_500_000)}">${PROSE}</p>`],
    ['an unclosed comment', `${para}<!-- ${'<p>x</p>'.repeat(10_000)}`],
    ['an unclosed CDATA section', `${para}<![CDATA[ ${'y'.repeat(100_000)}`],
    ['a million character references', `${para}<p>${'&lt;'.repeat(400_000)}</p>`],
    ['deep tables', `${'<table><tr><td>'.repeat(30_000)}${PROSE}`],
    ['an unclosed script', `${para}<script>${'var a = 1;'.repeat(10_000)}`],
  ]
  it.each(rows)('%s', async (_name, html) => {
    const response = await postHtml(html)
    expect(response.status).toBeLessThan(500)
    if (response.status === 200)
      expect((await response.json<ExtractedBody>()).text).toContain(PROSE)
  })
})
