import { describe, expect, it } from 'vitest'
import { engineFingerprint } from '../../src/engine/fingerprint'
import { ENGINE_FINGERPRINT, ENGINE_VERSION } from '../../src/engine/version'
import { SAMPLE_ARTICLES } from '../sample-articles'

describe('engine version', () => {
  it('is tied to the engine’s output on the sample articles', async () => {
    const fingerprint = await engineFingerprint(SAMPLE_ARTICLES)
    // On failure the engine's output changed: run `npm run engine:fingerprint -- --write`, which
    // stores the new fingerprint in src/engine/version.ts and so gives the engine a new version.
    expect(fingerprint).toBe(ENGINE_FINGERPRINT)
    expect(ENGINE_VERSION).toContain(fingerprint.slice(0, 8))
  })
})
