import { describe, expect, it } from 'vitest'
import { WIDGET_SCRIPT } from '../../src/widget/script'
import { HOSTILE_TEXT, hasEventHandlerAttribute } from '../widget/fixtures'
import { BASE, adminHeaders, call, expectProblem, seedArticle } from './helpers'

async function gzipSize(text: string): Promise<number> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))
  return (await new Response(stream).arrayBuffer()).byteLength
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}

async function sha256Base64(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return btoa(String.fromCharCode(...new Uint8Array(digest)))
}

/** The CSP hash source of the page's one <style> element, as the browser computes it. */
async function inlineStyleHash(page: string): Promise<string> {
  const styles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)]
  expect(styles).toHaveLength(1)
  return `'sha256-${await sha256Base64(styles[0]?.[1] ?? '')}'`
}

describe('GET /widget.js', () => {
  it('serves the script with caching headers and a content-hash ETag', async () => {
    const response = await call('/widget.js')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+/)
    const body = await response.text()
    expect(body).toBe(WIDGET_SCRIPT)
    const hash = (await sha256Hex(body)).slice(0, 32)
    expect(response.headers.get('etag')).toBe(`"${hash}"`)
  })

  it('answers 304 when revalidated with its ETag', async () => {
    const etag = (await call('/widget.js')).headers.get('etag') ?? ''
    const response = await call('/widget.js', { headers: { 'if-none-match': etag } })
    expect(response.status).toBe(304)
    expect(response.headers.get('etag')).toBe(etag)
  })

  it('answers HEAD with the same headers and no body', async () => {
    const response = await call('/widget.js', { method: 'HEAD' })
    expect(response.status).toBe(200)
    expect(response.headers.get('etag')).toMatch(/^"[0-9a-f]{32}"$/)
    expect(await response.text()).toBe('')
  })

  it('stays within 8 KB gzipped', async () => {
    expect(await gzipSize(WIDGET_SCRIPT)).toBeLessThanOrEqual(8 * 1024)
  })

  it('defines the element without eval, inline styles or innerHTML', () => {
    expect(WIDGET_SCRIPT).toContain('precis-summary')
    expect(WIDGET_SCRIPT).toContain('adoptedStyleSheets')
    expect(WIDGET_SCRIPT).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/)
    expect(WIDGET_SCRIPT).not.toMatch(/\beval\(|new Function\(|setAttribute\("style"/)
  })
})

describe('GET /embed/:id', () => {
  it('renders the card page with the oEmbed discovery link', async () => {
    await seedArticle('ferry', { byline: 'By Ada Lind' })
    const response = await call('/embed/ferry')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    const page = await response.text()
    expect(page).toContain(
      '<h1 class="title"><a href="https://precis.example/samples/harbour-ferry"',
    )
    expect(page).toContain('Harbour ferry returns after storm repairs')
    expect(page).toContain('By Ada Lind')
    expect(page).toContain('data-theme="auto"')
    expect(page).not.toContain('<script')
    const oembed = `${BASE}/oembed?url=${encodeURIComponent(`${BASE}/embed/ferry`)}&amp;format=json`
    expect(page).toContain(`<link rel="alternate" type="application/json+oembed" href="${oembed}"`)
  })

  it('may be framed by any site, with a strict policy otherwise', async () => {
    await seedArticle('ferry')
    const response = await call('/embed/ferry')
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(response.headers.get('x-frame-options')).toBeNull()
    expect(csp).toContain('frame-ancestors *')
    expect(csp).toContain("default-src 'none'")
    expect(csp).not.toMatch(/script-src|unsafe-inline/)
    expect(csp).toContain(`style-src ${await inlineStyleHash(await response.text())}`)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it.each([
    ['theme=dark', 'data-theme="dark"'],
    ['theme=light&sentences=5', 'data-theme="light"'],
  ])('honours %s', async (query, expected) => {
    await seedArticle('ferry')
    expect(await (await call(`/embed/ferry?${query}`)).text()).toContain(expected)
  })

  it.each(['theme=neon', 'sentences=0', 'sentences=41', 'sentences=two'])(
    'rejects %s with 400',
    async (query) => {
      await seedArticle('ferry')
      await expectProblem(await call(`/embed/ferry?${query}`), 400)
    },
  )

  it('answers an unknown article with 404 problem+json, still framable', async () => {
    const response = await call('/embed/nobody-wrote-this')
    await expectProblem(response, 404)
    expect(response.headers.get('content-security-policy')).toContain('frame-ancestors *')
  })

  it('renders a hostile title and body as text', async () => {
    await seedArticle('hostile', { title: HOSTILE_TEXT, body: HOSTILE_TEXT, byline: HOSTILE_TEXT })
    const page = await (await call('/embed/hostile')).text()
    expect(page).not.toMatch(/<script|<img|<b>/i)
    expect(page.match(/<\/style>/g)).toHaveLength(1)
    expect(page).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt; &quot;onerror=alert(1)')
    expect(hasEventHandlerAttribute(page)).toBe(false)
  })
})

describe('GET /oembed', () => {
  const oembed = (url: string, extra = '') => call(`/oembed?url=${encodeURIComponent(url)}${extra}`)

  it('answers a rich oEmbed 1.0 document with an iframe of the embed page', async () => {
    await seedArticle('ferry')
    const response = await oembed(`${BASE}/embed/ferry`, '&format=json')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    const body = (await response.json()) as Record<string, unknown>
    expect(body).toMatchObject({
      type: 'rich',
      version: '1.0',
      title: 'Harbour ferry returns after storm repairs',
      provider_name: 'precis',
      provider_url: `${BASE}/`,
      cache_age: 3600,
      width: 560,
    })
    expect(body.height).toEqual(expect.any(Number))
    expect(body.html).toMatch(
      /^<iframe src="https:\/\/precis\.test\/embed\/ferry" width="560" height="\d+" title="Summary: Harbour ferry/,
    )
  })

  it('accepts the article API URL and carries the embed options over', async () => {
    await seedArticle('ferry')
    const api = (await (await oembed(`${BASE}/v1/articles/ferry`)).json()) as { html: string }
    expect(api.html).toContain(`src="${BASE}/embed/ferry"`)
    const dark = (await (await oembed(`${BASE}/embed/ferry?theme=dark&sentences=5`)).json()) as {
      html: string
    }
    expect(dark.html).toContain(`src="${BASE}/embed/ferry?theme=dark&amp;sentences=5"`)
  })

  it.each([
    ['&maxwidth=300', 300, 'max'],
    ['&maxwidth=2000', 560, 'max'],
    ['&maxheight=120', 560, 120],
    ['&maxwidth=320&maxheight=90', 320, 90],
  ])('respects %s', async (extra, width, height) => {
    await seedArticle('ferry')
    const body = (await (await oembed(`${BASE}/embed/ferry`, extra)).json()) as {
      width: number
      height: number
      html: string
    }
    expect(body.width).toBe(width)
    if (height !== 'max') expect(body.height).toBe(height)
    expect(body.html).toContain(`width="${width}" height="${body.height}"`)
  })

  it.each([
    ['another site', 'https://elsewhere.example/embed/ferry'],
    ['another path of ours', `${BASE}/docs`],
    ['the publisher URL of the article', 'https://precis.example/samples/harbour-ferry'],
    ['an id that is not one', `${BASE}/embed/Not_An_Id`],
    ['an article we do not have', `${BASE}/embed/missing-article`],
  ])('answers 404 for %s', async (_name, url) => {
    await seedArticle('ferry')
    await expectProblem(await oembed(url), 404)
  })

  it.each([
    ['no url', '/oembed'],
    ['an empty url', '/oembed?url='],
    ['a url that is not absolute', '/oembed?url=embed%2Fferry'],
    ['a maxwidth of zero', `/oembed?url=${encodeURIComponent(`${BASE}/embed/ferry`)}&maxwidth=0`],
  ])('answers 400 for %s', async (_name, path) => {
    await expectProblem(await call(path), 400)
  })

  it('answers 501 for format=xml', async () => {
    await seedArticle('ferry')
    await expectProblem(await oembed(`${BASE}/embed/ferry`, '&format=xml'), 501)
  })

  it('escapes a hostile title in the iframe HTML', async () => {
    await seedArticle('hostile', { title: HOSTILE_TEXT, body: HOSTILE_TEXT })
    const body = (await (await oembed(`${BASE}/embed/hostile`)).json()) as {
      html: string
      title: string
    }
    expect(body.title).toBe(HOSTILE_TEXT)
    expect(body.html.match(/</g)).toHaveLength(2)
    expect(body.html).toMatch(/^<iframe [^<>]+><\/iframe>$/)
    expect(body.html).toContain(
      'title="Summary: &lt;script&gt;alert(1)&lt;/script&gt; &quot;onerror',
    )
  })
})

describe('an article stored with only a title and a body', () => {
  const BARE = { title: 'Ferry back in service', body: 'The ferry sailed again on Monday.' }
  const putBare = () =>
    call('/v1/articles/bare', {
      method: 'PUT',
      headers: adminHeaders(),
      body: JSON.stringify(BARE),
    })
  const MISSING_VALUE = /undefined|null|Invalid Date|NaN/

  it('has no date, URL or byline in its analysis', async () => {
    expect((await putBare()).status).toBe(201)
    const analysis = (await (await call('/v1/articles/bare/analysis')).json()) as {
      article: Record<string, unknown>
    }
    expect(Object.keys(analysis.article).sort()).toEqual(['id', 'title', 'version'])
  })

  it('renders the embed card without a date line or links', async () => {
    await putBare()
    const response = await call('/embed/bare')
    expect(response.status).toBe(200)
    const page = await response.text()
    expect(page).toContain(`<h1 class="title">${BARE.title}</h1>`)
    expect(page).not.toMatch(/<time|class="meta"|<a /)
    expect(page).not.toMatch(MISSING_VALUE)
  })

  it('gets an oEmbed iframe one meta line shorter than a dated one', async () => {
    await putBare()
    await seedArticle('dated', BARE)
    const heightOf = async (id: string) => {
      const response = await call(`/oembed?url=${encodeURIComponent(`${BASE}/embed/${id}`)}`)
      expect(response.status).toBe(200)
      const body = (await response.json()) as { html: string; height: number; title: string }
      expect(body.title).toBe(BARE.title)
      expect(body.html).not.toMatch(MISSING_VALUE)
      return body.height
    }
    expect(await heightOf('bare')).toBeLessThan(await heightOf('dated'))
  })
})

describe('GET /', () => {
  it('lists every article with its widget and the embed code', async () => {
    await seedArticle('ferry')
    await seedArticle('hostile', { title: HOSTILE_TEXT })
    const response = await call('/')
    expect(response.status).toBe(200)
    const page = await response.text()
    expect(page).toContain('<script src="/widget.js" async></script>')
    expect(page).toContain('<precis-summary article="ferry"></precis-summary>')
    expect(page).toContain('<precis-summary article="hostile"></precis-summary>')
    expect(page).toContain(
      `&lt;script src=&quot;${BASE}/widget.js&quot; async&gt;&lt;/script&gt;&lt;precis-summary article=&quot;ferry&quot;&gt;&lt;/precis-summary&gt;`,
    )
    expect(page).not.toMatch(/<img|<b>|<script>alert/i)
    expect(page).toContain('Summary of &lt;script&gt;alert(1)&lt;/script&gt; &quot;onerror')
    expect(page.match(/<script/g)).toHaveLength(1)
  })

  it('allows our own script and nothing else, and may not be framed', async () => {
    const response = await call('/')
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("connect-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain(`style-src ${await inlineStyleHash(await response.text())}`)
    expect(csp).not.toContain('unsafe')
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  })
})

describe('frame headers per route', () => {
  it.each(['/', '/health', '/docs', '/widget.js', '/v1/articles', '/v1/articles/ferry', '/oembed'])(
    '%s may not be framed',
    async (path) => {
      await seedArticle('ferry')
      const response = await call(path)
      expect(response.headers.get('x-frame-options')).toBe('DENY')
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    },
  )

  it.each(['/embed/ferry', '/embed/ferry?theme=dark', '/embed/missing'])(
    '%s may be framed by any site',
    async (path) => {
      await seedArticle('ferry')
      const response = await call(path)
      expect(response.headers.get('x-frame-options')).toBeNull()
      expect(response.headers.get('content-security-policy')).toContain('frame-ancestors *')
    },
  )
})

describe('CORS', () => {
  const origin = { origin: 'https://publisher.example' }

  it.each(['/v1/articles', '/v1/articles/ferry', '/v1/articles/missing'])(
    'lets any origin read GET %s',
    async (path) => {
      await seedArticle('ferry')
      const response = await call(path, { headers: origin })
      expect(response.headers.get('access-control-allow-origin')).toBe('*')
      expect(response.headers.get('access-control-allow-credentials')).toBeNull()
      expect(response.headers.get('access-control-expose-headers')).toBe('etag')
    },
  )

  it('lets any origin read HEAD', async () => {
    await seedArticle('ferry')
    const response = await call('/v1/articles/ferry', { method: 'HEAD', headers: origin })
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('answers a preflight for GET', async () => {
    const response = await call('/v1/articles/ferry', {
      method: 'OPTIONS',
      headers: { ...origin, 'access-control-request-method': 'GET' },
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, HEAD')
  })

  it.each(['PUT', 'DELETE', 'POST'])('refuses a preflight for %s', async (method) => {
    const response = await call('/v1/articles/ferry', {
      method: 'OPTIONS',
      headers: { ...origin, 'access-control-request-method': method },
    })
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
    expect(response.headers.get('access-control-allow-methods')).toBeNull()
  })

  it.each(['PUT', 'DELETE'])('adds no CORS headers to a %s', async (method) => {
    await seedArticle('ferry')
    const response = await call('/v1/articles/ferry', {
      method,
      headers: { ...origin, authorization: 'Bearer wrong' },
    })
    expect(response.status).toBe(401)
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
  })
})
