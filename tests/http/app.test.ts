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

  it('serves a readable docs page with an anchor for every problem type', async () => {
    const response = await call('/docs')
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    const page = await response.text()
    expect(page).toContain('PUT /v1/articles/{id}')
    for (const kind of ['bad-request', 'not-found', 'validation-failed', 'payload-too-large']) {
      expect(page).toContain(`id="problem-${kind}"`)
    }
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
