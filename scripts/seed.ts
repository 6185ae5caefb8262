/**
 * npm run seed: loads a folder of article files (articles/ by default) into the ARTICLES KV
 * namespace with `wrangler kv bulk put`, in chunks of at most 10,000 entries, with progress, and
 * resumable (scripts/lib/bulk-import.ts). Local by default, the store that `wrangler dev` reads;
 * `--remote` writes to the deployed namespace. Entries are written with the same key, value and
 * metadata as PUT /v1/articles/:id.
 *
 *   npm run seed -- [--remote] [--dir <folder>] [--state <file>] [--max <keys>] [--chunk <pairs>]
 *
 * `--state` records what was written, so a run that stopped resumes where it stopped; it is on by
 * default with `--remote` (.precis-import-state.json). `--max` stops after that many keys (the
 * free plan allows 1,000 writes a day: run once a day with --max 1000). Exits 1 when a file is
 * invalid (the others are written) or a chunk fails (the state keeps what was written).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { articleEntry } from '../src/storage/keys'
import { ARTICLES_DIR, isArticleFile, readArticleFile } from './lib/article-files'
import { importInChunks, type KvEntry } from './lib/bulk-import'

const { values } = parseArgs({
  options: {
    remote: { type: 'boolean', default: false },
    dir: { type: 'string', default: ARTICLES_DIR },
    state: { type: 'string' },
    max: { type: 'string' },
    chunk: { type: 'string' },
  },
})

function positive(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} takes a whole number ≥ 1`)
  return number
}

const maxKeys = positive('max', values.max)
const chunkPairs = positive('chunk', values.chunk)
const remote = values.remote
const dir = resolve(values.dir)
const stateFile = values.state ?? (remote ? '.precis-import-state.json' : null)
const target = `ARTICLES ${remote ? 'remote' : 'local'}`

function wranglerBulkPut(entries: KvEntry[]): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'precis-seed-'))
  const file = join(folder, 'chunk.json')
  try {
    writeFileSync(file, JSON.stringify(entries))
    execFileSync(
      'wrangler',
      ['kv', 'bulk', 'put', file, '--binding', 'ARTICLES', remote ? '--remote' : '--local'],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    )
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
  return Promise.resolve()
}

const summary = await importInChunks({
  files: readdirSync(dir).filter(isArticleFile),
  target,
  stateFile,
  readFile: async (file) => {
    const { article, problems } = await readArticleFile(join(dir, file))
    return article ? { entry: articleEntry(article), version: article.version } : { problems }
  },
  putChunk: wranglerBulkPut,
  log: (line) => {
    console.log(line)
  },
  ...(maxKeys === undefined ? {} : { maxKeys }),
  ...(chunkPairs === undefined ? {} : { chunkPairs }),
})

for (const { file, problems } of summary.invalid) console.error(`${file}: ${problems.join('; ')}`)
console.log(
  `Seeded ${summary.written} articles into ${target} (${summary.skipped} unchanged since the last run, ${summary.invalid.length} invalid, ${summary.remaining} left for another run).`,
)
if (summary.invalid.length > 0) process.exitCode = 1
