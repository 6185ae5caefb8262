/**
 * Writes src/engine/entities/gazetteer-filter.ts, the gazetteer's hash filter as base64, from the
 * lists in src/engine/entities/gazetteer.ts (see gazetteer-lookup.ts for why it ships built).
 * Run it after editing a list: npm run build:gazetteer-filter. `--check` only reports whether the
 * file is current (tests/engine/entities/gazetteer-filter.test.ts checks the same).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { GAZETTEER } from '../src/engine/entities/gazetteer'
import { gazetteerFilter } from '../src/engine/entities/gazetteer-lookup'

const path = new URL('../src/engine/entities/gazetteer-filter.ts', import.meta.url)
const encoded = Buffer.from(gazetteerFilter(GAZETTEER.keys())).toString('base64')
const text = `/**
 * The gazetteer's hash filter (gazetteer-lookup.ts), built from its lists by
 * scripts/build-gazetteer-filter.ts: do not edit; run \`npm run build:gazetteer-filter\` after
 * changing a list of gazetteer.ts.
 */
export const GAZETTEER_FILTER_BASE64 =
  '${encoded}'
`
const current = readFileSync(path, 'utf8')
if (process.argv.includes('--check')) {
  console.log(current === text ? 'gazetteer filter is current' : 'gazetteer filter is stale')
  process.exitCode = current === text ? 0 : 1
} else if (current !== text) {
  writeFileSync(path, text)
  console.log('src/engine/entities/gazetteer-filter.ts written')
}
