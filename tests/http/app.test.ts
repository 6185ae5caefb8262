import { describe, expect, it } from 'vitest'
import { call, expectProblem } from './helpers'

describe('service routes', () => {
  it('answers GET /health', async () => {
    const response = await call('/health')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
  })

  it('describes every route in an OpenAPI 3.1 document', async () => {
    const response = await call('/openapi.json')
    expect(response.status).toBe(200)
    const document = (await response.json()) as {
      openapi: string
      paths: Record<string, Record<string, unknown>>
      components: { schemas: Record<string, unknown> }
    }
    expect(document.openapi).toBe('3.1.0')
    expect(Object.keys(document.paths['/v1/articles/{id}'] ?? {}).sort()).toEqual([
      'delete',
      'get',
      'put',
    ])
    expect(document.components.schemas).toHaveProperty('ArticleInput')
    expect(document.components.schemas).toHaveProperty('Problem')
  })
})

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`
}

/** The Content-Security-Policy as directive → sources. */
function policyOf(response: Response): Map<string, string[]> {
  const header = response.headers.get('content-security-policy') ?? ''
  return new Map(
    header.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/)
      return [name, sources]
    }),
  )
}

describe('the API reference at /docs', () => {
  it('loads Swagger UI from our own assets and points it at /openapi.json', async () => {
    const response = await call('/docs')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    const page = await response.text()
    expect(page).toContain('<div id="swagger-ui"></div>')
    expect(page).toContain('src="/docs/swagger-ui-dist/swagger-ui-bundle.js"')
    expect(page).toContain('href="/docs/swagger-ui-dist/swagger-ui.css"')
    expect(page).toContain("url: '/openapi.json'")
    // Everything the page links or loads is on our origin.
    const links = [...page.matchAll(/\b(?:src|href)="([^"]*)"/g)].map(([, link]) => link ?? '')
    expect(links.filter((link) => !/^[/#]/.test(link))).toEqual([])
  })

  it('allows its inline script and stylesheet by hash, and nothing from another origin', async () => {
    const response = await call('/docs')
    const page = await response.text()
    const policy = policyOf(response)
    const inlineScripts = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)]
    const styles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)]
    expect(inlineScripts).toHaveLength(1)
    expect(styles).toHaveLength(1)
    expect(policy.get('script-src')).toEqual(["'self'", await sha256(inlineScripts[0]?.[1] ?? '')])
    expect(policy.get('style-src')).toEqual(["'self'", await sha256(styles[0]?.[1] ?? '')])
    expect(policy.get('connect-src')).toEqual(["'self'"])
    expect(policy.get('default-src')).toEqual(["'none'"])
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
    const sources = [...policy.values()].flat()
    expect(sources.filter((source) => /^(https?:|\*|'unsafe)/.test(source))).toEqual([])
  })

  it.each([
    'bad-request',
    'unauthorized',
    'forbidden',
    'not-found',
    'method-not-allowed',
    'payload-too-large',
    'unsupported-media-type',
    'validation-failed',
    'rate-limited',
    'not-implemented',
    'unavailable',
    'internal',
  ])('explains the problem type %s at its anchor', async (kind) => {
    const page = await (await call('/docs')).text()
    expect(page).toMatch(
      new RegExp(`<section id="problem-${kind}">\\s*<h3>\\d{3} <code>${kind}</code>`),
    )
  })

  it('resolves the type of an actual error answer to an anchor on the page', async () => {
    const problem = await expectProblem(await call('/v1/articles/no-such-article'), 404)
    const type = (problem as { type?: string }).type ?? ''
    const [path, anchor] = type.split('#')
    expect(path).toBe('/docs')
    expect(await (await call(path ?? '')).text()).toContain(`id="${anchor ?? ''}"`)
  })
})

describe('errors outside the routes', () => {
  it('answers an unknown path with 404 problem+json', async () => {
    await expectProblem(await call('/v2/nothing'), 404)
  })

  it.each([
    ['POST', '/v1/articles/ferry', 'DELETE, GET, HEAD, PUT'],
    ['PATCH', '/v1/articles/ferry', 'DELETE, GET, HEAD, PUT'],
    ['DELETE', '/v1/articles', 'GET, HEAD'],
    ['POST', '/health', 'GET, HEAD'],
  ])('answers %s %s with 405 and Allow', async (method, path, allow) => {
    const response = await call(path, { method })
    await expectProblem(response, 405)
    expect(response.headers.get('allow')).toBe(allow)
  })
})

describe('security headers', () => {
  it.each(['/health', '/v1/articles', '/docs', '/nothing'])('are set on %s', async (path) => {
    const response = await call(path)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
  })
})
