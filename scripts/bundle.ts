/**
 * Builds the Worker exactly as a deploy would (`wrangler deploy --dry-run`), so a bundle that
 * cannot deploy fails here, and prints its raw and gzip sizes (npm run build). Fails above the
 * 1 MiB gzip budget that keeps the Worker within the free plan's size limit.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export const BUNDLE_BUDGET_GZIP_BYTES = 1024 * 1024
const outdir = 'dist'

execFileSync('wrangler', ['deploy', '--dry-run', '--outdir', outdir], {
  stdio: ['ignore', 'ignore', 'inherit'],
})
const modules = readdirSync(outdir).filter((name) => /\.(m?js|json|wasm|bin|txt)$/.test(name))
let raw = 0
let gzip = 0
for (const name of modules) {
  const bytes = readFileSync(join(outdir, name))
  raw += bytes.length
  gzip += gzipSync(bytes, { level: 9 }).length
}
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`
console.log(
  `Worker bundle: ${modules.length} module(s), ${kib(raw)} raw, ${kib(gzip)} gzip (budget ${kib(BUNDLE_BUDGET_GZIP_BYTES)})`,
)
console.log(JSON.stringify({ bundle: { modules: modules.length, rawBytes: raw, gzipBytes: gzip } }))
if (gzip > BUNDLE_BUDGET_GZIP_BYTES) {
  console.error('The bundle is over its gzip budget.')
  process.exit(1)
}
