/**
 * The archive import's chunking and resuming (scripts/lib/bulk-import.ts), with the command that
 * writes a chunk replaced by a recorder: no wrangler, no Cloudflare.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  CHUNK_PAIRS,
  importInChunks,
  type ImportOptions,
  type KvEntry,
  type ReadResult,
} from '../../scripts/lib/bulk-import'

const names = (count: number) =>
  Array.from({ length: count }, (_, i) => `a-${String(i).padStart(6, '0')}.md`)

/** A file reads as an entry of its name, at version v1 unless `versions` says otherwise. */
function reader(versions: Record<string, string> = {}, invalid = new Set<string>()) {
  return (file: string): Promise<ReadResult> =>
    Promise.resolve(
      invalid.has(file)
        ? { problems: ['no YAML front matter'] }
        : {
            entry: { key: `article:v1:${file}`, value: `{"id":"${file}"}`, metadata: {} },
            version: versions[file] ?? 'v1',
          },
    )
}

let dir = ''
let stateFile = ''
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'precis-import-test-'))
  stateFile = join(dir, 'state.json')
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

function run(overrides: Partial<ImportOptions> & { files: readonly string[] }) {
  const chunks: KvEntry[][] = []
  const log: string[] = []
  const done = importInChunks({
    target: 'ARTICLES remote',
    stateFile,
    readFile: reader(),
    putChunk: (entries) => {
      chunks.push(entries)
      return Promise.resolve()
    },
    log: (line) => log.push(line),
    ...overrides,
  })
  return { done, chunks, log }
}

describe('importInChunks', () => {
  it('writes 25,001 files in chunks of at most 10,000 pairs, in name order, with progress', async () => {
    const files = names(25_001).reverse()
    const { done, chunks, log } = run({ files, chunkPairs: 50_000 })
    const summary = await done
    expect(chunks.map((chunk) => chunk.length)).toEqual([CHUNK_PAIRS, CHUNK_PAIRS, 5001])
    expect(chunks.flat().map((entry) => entry.key)).toEqual(
      [...files].sort().map((file) => `article:v1:${file}`),
    )
    expect(summary).toMatchObject({ written: 25_001, chunks: 3, skipped: 0, remaining: 0 })
    expect(log[0]).toBe('chunk 1: 10000 written; 10000 of 25001 files done (39%)')
    expect(log.at(-1)).toContain('25001 of 25001 files done (100%)')
  })

  it('closes a chunk early when its JSON would pass the byte budget', async () => {
    const { done, chunks } = run({ files: names(10), chunkBytes: 3 * 260 })
    await done
    expect(chunks.map((chunk) => chunk.length)).toEqual([3, 3, 3, 1])
  })

  it('resumes after the last chunk written when a chunk fails', async () => {
    const files = names(25)
    let calls = 0
    const failing = run({
      files,
      chunkPairs: 10,
      putChunk: () =>
        ++calls === 2 ? Promise.reject(new Error('quota exceeded')) : Promise.resolve(),
    })
    await expect(failing.done).rejects.toThrow('quota exceeded')
    const state = JSON.parse(readFileSync(stateFile, 'utf8')) as { written: Record<string, string> }
    expect(Object.keys(state.written)).toEqual(files.slice(0, 10))

    const resumed = run({ files, chunkPairs: 10 })
    const summary = await resumed.done
    expect(resumed.chunks.flat().map((entry) => entry.key)).toEqual(
      files.slice(10).map((file) => `article:v1:${file}`),
    )
    expect(summary).toMatchObject({ written: 15, skipped: 10 })
  })

  it('writes again a file whose article changed since it was written', async () => {
    const files = names(4)
    await run({ files }).done
    const again = run({ files, readFile: reader({ [files[2] ?? '']: 'v2' }) })
    const summary = await again.done
    expect(again.chunks.flat().map((entry) => entry.key)).toEqual([`article:v1:${files[2] ?? ''}`])
    expect(summary).toMatchObject({ written: 1, skipped: 3 })
  })

  it('stops after maxKeys and lets the next run take the rest (a daily quota)', async () => {
    const files = names(2500)
    const days: number[] = []
    for (let day = 0; day < 4; day++) {
      const { done } = run({ files, maxKeys: 1000 })
      const summary = await done
      days.push(summary.written)
      if (day === 0) expect(summary.remaining).toBe(1500)
    }
    expect(days).toEqual([1000, 1000, 500, 0])
  })

  it('reports invalid files, writes the others, and picks a fixed file up later', async () => {
    const files = names(5)
    const broken = files[1] ?? ''
    const first = run({ files, readFile: reader({}, new Set([broken])) })
    const summary = await first.done
    expect(summary.invalid).toEqual([{ file: broken, problems: ['no YAML front matter'] }])
    expect(summary.written).toBe(4)
    const fixed = run({ files })
    await fixed.done
    expect(fixed.chunks.flat().map((entry) => entry.key)).toEqual([`article:v1:${broken}`])
  })

  it('refuses a state file written for another namespace', async () => {
    await run({ files: names(2) }).done
    await expect(run({ files: names(2), target: 'ARTICLES local' }).done).rejects.toThrow(
      /records an import into ARTICLES remote/,
    )
  })

  it('writes every file each time without a state file', async () => {
    const files = names(3)
    await run({ files, stateFile: null }).done
    const again = run({ files, stateFile: null })
    expect((await again.done).written).toBe(3)
  })
})
