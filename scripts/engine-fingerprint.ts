/**
 * Prints the engine's fingerprint (the hash of its source files that tests/engine/version.test.ts
 * checks) and, with `--write`, stores it in src/engine/version.ts, which gives the engine a new
 * version. Run it after any change under src/engine: npm run engine:fingerprint -- --write
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { engineFingerprint, isEngineFile } from '../src/engine/fingerprint'
import { ENGINE_FINGERPRINT } from '../src/engine/version'

const engineDir = fileURLToPath(new URL('../src/engine', import.meta.url))
const files = readdirSync(engineDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name))
  .map((absolute) => ({ absolute, path: relative(engineDir, absolute).split(sep).join('/') }))
  .filter(({ path }) => isEngineFile(path))
  .map(({ absolute, path }) => ({ path, text: readFileSync(absolute, 'utf8') }))
const fingerprint = await engineFingerprint(files)

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
