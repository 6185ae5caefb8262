import { describe, expect, it } from 'vitest'
import { engineFingerprint } from '../../src/engine/fingerprint'
import { ENGINE_FINGERPRINT, ENGINE_VERSION } from '../../src/engine/version'

// Every file under src/engine, as text; workerd has no file system, so Vite bundles them here.
const sources = import.meta.glob<string>('../../src/engine/**/*', {
  query: '?raw',
  import: 'default',
  eager: true,
})
const PREFIX = '../../src/engine/'
const files = Object.entries(sources).map(([path, text]) => ({
  path: path.slice(PREFIX.length),
  text,
}))

describe('engine version', () => {
  it('is tied to the engine’s source files', async () => {
    // On failure the engine changed: run `npm run engine:fingerprint -- --write`, which stores the
    // new fingerprint in src/engine/version.ts and so gives the engine a new version.
    expect(await engineFingerprint(files)).toBe(ENGINE_FINGERPRINT)
    expect(ENGINE_VERSION).toContain(ENGINE_FINGERPRINT.slice(0, 8))
  })

  it('changes with any file of the engine, and not with the order they are read in', async () => {
    expect(files.map((file) => file.path)).toEqual(
      expect.arrayContaining(['analyze.ts', 'entities/model.json', 'entities/entities.ts']),
    )
    const fingerprint = await engineFingerprint(files)
    expect(await engineFingerprint([...files].reverse())).toBe(fingerprint)
    for (const changed of ['entities/model.json', 'summary/rank.ts', 'quotes/attribute.ts']) {
      const edited = files.map((file) =>
        file.path === changed ? { ...file, text: `${file.text} ` } : file,
      )
      expect(await engineFingerprint(edited)).not.toBe(fingerprint)
    }
  })
})
