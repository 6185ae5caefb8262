import { describe, expect, it } from 'vitest'
import { engineFingerprint } from '../../src/engine/fingerprint'
import { ENGINE_FINGERPRINT } from '../../src/engine/version'

// The engine's files as text (workerd has no file system, so Vite bundles them here); the glob
// selects what isEngineFile accepts, and engineFingerprint filters with it again.
const sources = import.meta.glob<string>('../../src/engine/**/*.{ts,json}', {
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
  })

  it('changes with any file of the engine, and not with the order they are read in', async () => {
    expect(files.map((file) => file.path)).toEqual(
      expect.arrayContaining(['analyze.ts', 'entities/model.json', 'entities/entities.ts']),
    )
    const fingerprint = await engineFingerprint(files)
    expect(await engineFingerprint([...files].reverse())).toBe(fingerprint)
    const crlf = files.map((file) => ({ ...file, text: file.text.replace(/\n/g, '\r\n') }))
    expect(await engineFingerprint(crlf)).toBe(fingerprint)
    const stray = [
      ...files,
      { path: 'entities/.DS_Store', text: 'x' },
      { path: '.cache/entities.json', text: 'x' },
      { path: 'notes.md', text: 'x' },
    ]
    expect(await engineFingerprint(stray)).toBe(fingerprint)
    for (const changed of ['entities/model.json', 'summary/rank.ts', 'quotes/attribute.ts']) {
      const edited = files.map((file) =>
        file.path === changed ? { ...file, text: `${file.text} ` } : file,
      )
      expect(await engineFingerprint(edited)).not.toBe(fingerprint)
    }
  })
})
