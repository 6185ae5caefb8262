/**
 * Loads every article in articles/ into the ARTICLES KV namespace (npm run seed). Local by
 * default, the store that `wrangler dev` reads; `--remote` writes to the deployed namespace.
 * Entries are written with the same key, value and metadata as PUT /v1/articles/:id.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { articleEntry } from '../src/storage/keys'
import { readArticleFiles } from './lib/article-files'

const remote = process.argv.includes('--remote')
const results = await readArticleFiles()
const bad = results.filter((result) => !result.article)
if (bad.length > 0) {
  for (const { file, problems } of bad) console.error(`articles/${file}: ${problems.join('; ')}`)
  process.exit(1)
}

const entries = results.flatMap(({ article }) => (article ? [articleEntry(article)] : []))
const dir = mkdtempSync(join(tmpdir(), 'precis-seed-'))
const file = join(dir, 'articles.json')
writeFileSync(file, JSON.stringify(entries))
try {
  execFileSync(
    'wrangler',
    ['kv', 'bulk', 'put', file, '--binding', 'ARTICLES', remote ? '--remote' : '--local'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  )
} finally {
  rmSync(dir, { recursive: true, force: true })
}
console.log(
  `Seeded ${entries.length} articles into ${remote ? 'the remote' : 'local'} ARTICLES namespace.`,
)
