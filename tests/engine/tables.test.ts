import { describe, expect, it } from 'vitest'
import {
  gazetteerFilterTable,
  latinCategoriesTable,
  type BuiltTable,
} from '../../scripts/lib/tables'
import { GAZETTEER_FILTER_BASE64 } from '../../src/engine/entities/gazetteer-filter'
import {
  isLetterAt,
  isLetterOrDigitUnit,
  isLetterUnit,
  isLowerAt,
  isLowercaseLetterUnit,
  isNumberAt,
  isNumberUnit,
  isUpperAt,
  isUppercaseLetterUnit,
  isWordCharAt,
  isWordCharUnit,
} from '../../src/engine/text/chars'
import {
  LATIN_CATEGORIES_END,
  LATIN_CATEGORIES_START,
} from '../../src/engine/text/latin-categories'
import { LATIN_CATEGORIES } from '../../src/engine/text/latin-categories-table'

describe.each([
  ['the gazetteer filter', gazetteerFilterTable, GAZETTEER_FILTER_BASE64],
  ['the Latin categories', latinCategoriesTable, LATIN_CATEGORIES],
] as [string, () => BuiltTable, string][])('%s shipped with the engine', (_, build, shipped) => {
  it('is the table built from its source (npm run build:tables rewrites it)', () => {
    expect(shipped).toBe(build().value)
  })
})

const UNIT_TESTS: [string, RegExp, (code: number) => boolean][] = [
  ['isUpperAt', /\p{Lu}|\p{Lt}/u, (code) => isUpperAt(String.fromCharCode(code), 0)],
  ['isLowerAt', /\p{Ll}/u, (code) => isLowerAt(String.fromCharCode(code), 0)],
  ['isLetterAt', /\p{L}/u, (code) => isLetterAt(String.fromCharCode(code), 0)],
  ['isNumberAt', /\p{N}/u, (code) => isNumberAt(String.fromCharCode(code), 0)],
  ['isWordCharAt', /[\p{L}\p{N}\p{M}]/u, (code) => isWordCharAt(String.fromCharCode(code), 0)],
  ['isWordCharUnit', /[\p{L}\p{N}\p{M}]/u, isWordCharUnit],
  ['isLetterOrDigitUnit', /[\p{L}\p{N}]/u, isLetterOrDigitUnit],
  ['isUppercaseLetterUnit', /\p{Lu}/u, isUppercaseLetterUnit],
  ['isLowercaseLetterUnit', /\p{Ll}/u, isLowercaseLetterUnit],
  ['isLetterUnit', /\p{L}/u, isLetterUnit],
  ['isNumberUnit', /\p{N}/u, isNumberUnit],
]

describe('character tests answered from the Latin table', () => {
  it.each(UNIT_TESTS)(
    '%s matches %s on every Latin code unit and its neighbours',
    (_, pattern, test) => {
      for (let code = LATIN_CATEGORIES_START - 16; code < LATIN_CATEGORIES_END + 16; code++) {
        expect(test(code), `U+${code.toString(16)}`).toBe(pattern.test(String.fromCharCode(code)))
      }
    },
  )
})
