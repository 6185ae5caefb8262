import { exports } from 'cloudflare:workers'
import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'

describe('smoke', () => {
  it('answers health and sees KV', async () => {
    const res = await exports.default.fetch('http://x/health')
    expect(res.status).toBe(200)
    await env.ARTICLES.put('k', 'v')
    expect(await env.ARTICLES.get('k')).toBe('v')
  })
})
