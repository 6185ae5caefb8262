/**
 * Writes the tables the engine ships built (scripts/lib/tables.ts): the gazetteer's hash filter
 * and the general categories of the Latin code units. Run it after editing a gazetteer list:
 * npm run build:tables. `--check` only reports whether the files are current (the tests of
 * tests/engine/tables.test.ts check the same).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { gazetteerFilterTable, latinCategoriesTable, tableModule } from './lib/tables'

const root = new URL('..', import.meta.url)
let stale = 0
for (const table of [gazetteerFilterTable(), latinCategoriesTable()]) {
  const path = new URL(table.path, root)
  const text = tableModule(table)
  if (readFileSync(path, 'utf8') === text) continue
  stale++
  if (process.argv.includes('--check')) console.log(`${table.path} is stale`)
  else {
    writeFileSync(path, text)
    console.log(`${table.path} written`)
  }
}
if (process.argv.includes('--check')) process.exitCode = stale === 0 ? 0 : 1
