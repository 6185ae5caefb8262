/**
 * Writes to dist/ what `wrangler deploy` would upload (npm run build), so a bundle that cannot
 * deploy fails here, and prints its raw and gzip sizes. Fails above the 1 MiB gzip budget that
 * keeps the Worker within the free plan's size limit.
 */
import { BUNDLE_BUDGET_GZIP_BYTES, buildWorker } from './lib/bundle'

const { modules, rawBytes, gzipBytes } = buildWorker('dist')
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`
console.log(
  `Worker bundle: ${modules.length} module(s), ${kib(rawBytes)} raw, ${kib(gzipBytes)} gzip (budget ${kib(BUNDLE_BUDGET_GZIP_BYTES)})`,
)
console.log(JSON.stringify({ bundle: { modules: modules.length, rawBytes, gzipBytes } }))
if (gzipBytes > BUNDLE_BUDGET_GZIP_BYTES) {
  console.error('The bundle is over its gzip budget.')
  process.exit(1)
}
