import { describe, expect, it } from 'vitest'
import { ENGINE_FINGERPRINT, ENGINE_VERSION, analyze } from '../../src/engine'
import { SAMPLE_ARTICLES } from '../sample-articles'

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}

describe('engine version', () => {
  it('is tied to the engine’s output on the sample articles', async () => {
    const outputs = SAMPLE_ARTICLES.map((article) =>
      JSON.stringify(analyze(article.body, { title: article.title, quotes: { limit: 100 } })),
    )
    const fingerprint = (await sha256(outputs.join('\n'))).slice(0, 16)
    // On failure the engine's output changed: set ENGINE_FINGERPRINT in src/engine/version.ts to
    // the received value, which also gives the engine a new ENGINE_VERSION.
    expect(fingerprint).toBe(ENGINE_FINGERPRINT)
    expect(ENGINE_VERSION).toContain(fingerprint.slice(0, 8))
  })
})
