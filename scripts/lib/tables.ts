/**
 * Tables the engine ships built rather than computing them in every isolate at import or on its
 * first text (docs/cold-start.md): each is a TypeScript module holding one string, written by
 * scripts/build-tables.ts and checked against its source by a test.
 */
import { GAZETTEER } from '../../src/engine/entities/gazetteer'
import { gazetteerFilter } from '../../src/engine/entities/gazetteer-lookup'
import {
  CATEGORY,
  LATIN_CATEGORIES_END,
  LATIN_CATEGORIES_START,
} from '../../src/engine/text/latin-categories'

export interface BuiltTable {
  /** Path from the repository's root. */
  path: string
  /** What the file's comment says the table is. */
  about: string
  name: string
  value: string
}

/** The gazetteer's hash filter, as base64. */
export function gazetteerFilterTable(): BuiltTable {
  const bytes = gazetteerFilter(GAZETTEER.keys())
  return {
    path: 'src/engine/entities/gazetteer-filter.ts',
    about:
      "The gazetteer's hash filter (gazetteer-lookup.ts) as base64, from the lists of gazetteer.ts.",
    name: 'GAZETTEER_FILTER_BASE64',
    value: btoa(String.fromCharCode(...bytes)),
  }
}

/** The general categories of `code` as CATEGORY bits, by this runtime's regular expressions. */
export function categoryBits(code: number): number {
  const char = String.fromCharCode(code)
  let bits = 0
  if (/\p{Lu}/u.test(char)) bits |= CATEGORY.uppercaseLetter
  if (/\p{Ll}/u.test(char)) bits |= CATEGORY.lowercaseLetter
  if (/\p{Lt}/u.test(char)) bits |= CATEGORY.titlecaseLetter
  if (/[\p{Lm}\p{Lo}]/u.test(char)) bits |= CATEGORY.otherLetter
  if (/\p{M}/u.test(char)) bits |= CATEGORY.mark
  if (/\p{N}/u.test(char)) bits |= CATEGORY.number
  return bits
}

/** One character per code unit of the Latin blocks: '@' plus its CATEGORY bits. */
export function latinCategoriesTable(): BuiltTable {
  let value = ''
  for (let code = LATIN_CATEGORIES_START; code < LATIN_CATEGORIES_END; code++) {
    value += String.fromCharCode(0x40 + categoryBits(code))
  }
  return {
    path: 'src/engine/text/latin-categories-table.ts',
    about: 'The general categories of the Latin code units (latin-categories.ts).',
    name: 'LATIN_CATEGORIES',
    value,
  }
}

/** The module that ships `table`, as scripts/build-tables.ts writes it. */
export function tableModule(table: BuiltTable): string {
  return `/**
 * ${table.about}
 * Written by scripts/build-tables.ts: do not edit; run \`npm run build:tables\`.
 */
export const ${table.name} =
  '${table.value}'
`
}
