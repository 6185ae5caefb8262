/**
 * Prints the engine's fingerprint (the hash that tests/engine/version.test.ts checks) and, with
 * `--write`, stores it in src/engine/version.ts, which gives the engine a new version. Run it after
 * any change to the engine's output: npm run engine:fingerprint -- --write
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { engineFingerprint } from '../src/engine/fingerprint'
import { ENGINE_FINGERPRINT } from '../src/engine/version'
import { readArticleFiles } from './lib/article-files'

const articles = (await readArticleFiles()).flatMap(({ file, article }) =>
  article ? [{ id: file.replace(/\.md$/, ''), article }] : [],
)
articles.sort((a, b) => a.id.localeCompare(b.id))
const fingerprint = await engineFingerprint(articles.map(({ article }) => article))

console.log(
  fingerprint === ENGINE_FINGERPRINT
    ? `unchanged: ${fingerprint}`
    : `changed: ${ENGINE_FINGERPRINT} -> ${fingerprint}`,
)
if (process.argv.includes('--write') && fingerprint !== ENGINE_FINGERPRINT) {
  const path = new URL('../src/engine/version.ts', import.meta.url)
  writeFileSync(path, readFileSync(path, 'utf8').replace(ENGINE_FINGERPRINT, fingerprint))
  console.log('src/engine/version.ts updated')
}
