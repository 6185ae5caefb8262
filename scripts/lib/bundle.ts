/**
 * Builds the Worker exactly as a deploy would (`wrangler deploy --dry-run --outdir`): the files
 * written are what `wrangler deploy` uploads. Used by `npm run build` (into dist/) and by the
 * Miniflare test of the deploy artifact (tests/deploy/), so both see the same bundle.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { WRANGLER } from './dev-server'

/** Keeps the Worker within the free plan's size limit. */
export const BUNDLE_BUDGET_GZIP_BYTES = 1024 * 1024

export interface WorkerBundle {
  outdir: string
  /** The Worker's modules (source maps and the README wrangler writes left out). */
  modules: string[]
  rawBytes: number
  gzipBytes: number
}

export function buildWorker(outdir: string): WorkerBundle {
  execFileSync(process.execPath, [WRANGLER, 'deploy', '--dry-run', '--outdir', outdir], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
  })
  const modules = readdirSync(outdir).filter((name) => /\.(m?js|json|wasm|bin|txt)$/.test(name))
  let rawBytes = 0
  let gzipBytes = 0
  for (const name of modules) {
    const bytes = readFileSync(join(outdir, name))
    rawBytes += bytes.length
    gzipBytes += gzipSync(bytes, { level: 9 }).length
  }
  return { outdir, modules, rawBytes, gzipBytes }
}
