/**
 * The Worker bundle as deployed (`wrangler deploy --dry-run`): gzip size, and the time to import
 * it (module evaluation, which a cold start pays), median of fresh Node processes.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { prepareAssets } from '../scripts/prepare-assets'

export interface BundleResult {
  gzipBytes: number
  rawBytes: number
  importMs: number
}

const OUTDIR = 'dist'

export function benchBundle(): BundleResult {
  // wrangler will not build without the [assets] folder of wrangler.toml.
  prepareAssets()
  execFileSync('wrangler', ['deploy', '--dry-run', '--outdir', OUTDIR], { stdio: 'ignore' })
  const bytes = readFileSync(`${OUTDIR}/index.js`)
  const probe = `const t = performance.now(); await import('./${OUTDIR}/index.js'); console.log(performance.now() - t)`
  const times: number[] = []
  for (let i = 0; i < 5; i++) {
    const out = execFileSync('node', ['--input-type=module', '-e', probe], { encoding: 'utf8' })
    times.push(Number(out.trim()))
  }
  times.sort((a, b) => a - b)
  return {
    gzipBytes: gzipSync(bytes, { level: 9 }).length,
    rawBytes: bytes.length,
    importMs: Number((times[2] ?? 0).toFixed(2)),
  }
}
