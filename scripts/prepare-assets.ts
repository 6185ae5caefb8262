/**
 * Fills public/, the Workers static assets folder (`[assets]` in wrangler.toml), with the Swagger
 * UI files that /docs loads: copied from node_modules/swagger-ui-dist, so the reference works
 * offline and its 2 MB of script and style are served by Cloudflare's asset layer instead of
 * growing the Worker bundle. The folder is git-ignored; `npm start`, `npm test`, `npm run build`,
 * `npm run deploy`, the vitest configs and the dev server used by the bench and browser tests all
 * run this first, because wrangler refuses to start when the folder is missing. Copies only what
 * changed, so it costs nothing when the folder is current.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SWAGGER_UI_PATH } from '../src/http/asset-paths'

const SWAGGER_UI_FILES = ['swagger-ui-bundle.js', 'swagger-ui.css', 'LICENSE', 'NOTICE']

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const ASSETS_DIR = join(root, 'public')

function isCurrent(from: string, to: string): boolean {
  return existsSync(to) && statSync(to).size === statSync(from).size
    ? readFileSync(to).equals(readFileSync(from))
    : false
}

/** Copies the Swagger UI files into public/; returns how many it had to write. */
export function prepareAssets(): number {
  const source = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'))
  const target = join(ASSETS_DIR, SWAGGER_UI_PATH)
  mkdirSync(target, { recursive: true })
  let written = 0
  for (const name of SWAGGER_UI_FILES) {
    const from = join(source, name)
    const to = join(target, name)
    if (isCurrent(from, to)) continue
    copyFileSync(from, to)
    written += 1
  }
  return written
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const written = prepareAssets()
  console.log(
    `public/: ${written} of ${SWAGGER_UI_FILES.length} Swagger UI files copied, the rest current.`,
  )
}
