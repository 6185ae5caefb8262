/**
 * Loads a folder of article files into KV in chunks, resumably: the method behind `npm run seed`.
 *
 * Method: the files are taken in name order and read a chunk at a time (at most CHUNK_PAIRS
 * entries, the most one `wrangler kv bulk put` should carry, and at most CHUNK_BYTES of JSON), so
 * an archive of 100,000 articles is never in memory at once. After each chunk is written, the
 * state file records every file written with its article version, written atomically (a temporary
 * file renamed over the old one): a run stopped by an error, a quota or Ctrl-C resumes after the
 * last chunk that was written, and a file whose article changed since is written again. `maxKeys`
 * stops a run after that many keys, for the free plan's 1,000 writes a day. Invalid files are
 * reported and left out of the state, so a fixed file is picked up by the next run. The command
 * that writes a chunk is injected (`putChunk`), so this logic runs in tests without Cloudflare.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'

/** Cloudflare's bulk write API takes at most 10,000 pairs per request. */
export const CHUNK_PAIRS = 10_000
/** Well under the bulk API's 100 MB request limit. */
export const CHUNK_BYTES = 50 * 1024 * 1024

export interface KvEntry {
  key: string
  value: string
  metadata: unknown
}

export type ReadResult =
  { entry: KvEntry; version: string } | { problems: string[]; entry?: undefined }

export interface ImportState {
  /** Where the entries went, so a state file is never reused for another namespace. */
  target: string
  /** File name → article version written. */
  written: Record<string, string>
}

export interface ImportOptions {
  /** File names (not paths) in the folder; taken in sorted order. */
  files: readonly string[]
  target: string
  /** null: no state, every file is written (a small folder, or a fresh local store). */
  stateFile: string | null
  readFile: (file: string) => Promise<ReadResult>
  putChunk: (entries: KvEntry[]) => Promise<void>
  log: (line: string) => void
  chunkPairs?: number
  chunkBytes?: number
  maxKeys?: number
}

export interface ImportSummary {
  written: number
  /** Files already written in an earlier run, unchanged since. */
  skipped: number
  invalid: { file: string; problems: string[] }[]
  /** Files not looked at in this run (maxKeys reached): a later run takes them. */
  remaining: number
  chunks: number
}

export function readState(stateFile: string | null, target: string): ImportState {
  if (stateFile === null || !existsSync(stateFile)) return { target, written: {} }
  const state = JSON.parse(readFileSync(stateFile, 'utf8')) as ImportState
  if (state.target !== target) {
    throw new Error(
      `${stateFile} records an import into ${state.target}, not ${target}: pass another --state file`,
    )
  }
  return state
}

function saveState(stateFile: string | null, state: ImportState): void {
  if (stateFile === null) return
  const temporary = `${stateFile}.tmp`
  writeFileSync(temporary, JSON.stringify(state))
  renameSync(temporary, stateFile)
}

export async function importInChunks(options: ImportOptions): Promise<ImportSummary> {
  const chunkPairs = Math.min(options.chunkPairs ?? CHUNK_PAIRS, CHUNK_PAIRS)
  const chunkBytes = options.chunkBytes ?? CHUNK_BYTES
  const maxKeys = options.maxKeys ?? Infinity
  const state = readState(options.stateFile, options.target)
  const files = [...options.files].sort()
  const summary: ImportSummary = { written: 0, skipped: 0, invalid: [], remaining: 0, chunks: 0 }
  let chunk: KvEntry[] = []
  let chunkFiles: [string, string][] = []
  let bytes = 0

  const flush = async () => {
    if (chunk.length === 0) return
    await options.putChunk(chunk)
    for (const [file, version] of chunkFiles) state.written[file] = version
    saveState(options.stateFile, state)
    summary.written += chunk.length
    summary.chunks += 1
    const done = summary.written + summary.skipped + summary.invalid.length
    options.log(
      `chunk ${summary.chunks}: ${chunk.length} written; ${done} of ${files.length} files done (${Math.floor((100 * done) / files.length)}%)`,
    )
    chunk = []
    chunkFiles = []
    bytes = 0
  }

  for (const [index, file] of files.entries()) {
    if (summary.written + chunk.length >= maxKeys) {
      summary.remaining = files.length - index
      break
    }
    const read = await options.readFile(file)
    if (!read.entry) {
      summary.invalid.push({ file, problems: read.problems })
      continue
    }
    if (state.written[file] === read.version) {
      summary.skipped += 1
      continue
    }
    const size = read.entry.key.length + read.entry.value.length + 200
    if (chunk.length >= chunkPairs || (chunk.length > 0 && bytes + size > chunkBytes)) await flush()
    chunk.push(read.entry)
    chunkFiles.push([file, read.version])
    bytes += size
  }
  await flush()
  return summary
}
