/**
 * Forms of a name: its normalised key for grouping, its slug for ids, its acronym, title case for
 * names a dateline writes in capitals, and the letter-case tests every pass uses.
 */

import { propertyPattern } from '../text/patterns'

const STARTS_UPPER = propertyPattern(String.raw`^\p{Lu}`)
const MARKS = propertyPattern(String.raw`\p{M}`, 'g')
const NON_WORD_RUNS = propertyPattern(String.raw`[^\p{L}\p{N}]+`, 'g')
const WORD_HEAD_AND_REST = propertyPattern(String.raw`(\p{L})(\p{L}*)`, 'g')

export const TITLE_CASE = propertyPattern(String.raw`^\p{Lu}\p{Ll}+$`)

export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  return STARTS_UPPER.test(word)
}

export function isAllCaps(form: string): boolean {
  // An ASCII form is read by its letters, without building two case copies.
  let upper = false
  for (let i = 0; i < form.length; i++) {
    const code = form.charCodeAt(i)
    if (code >= 128) return form === form.toUpperCase() && form !== form.toLowerCase()
    if (code >= 97 && code <= 122) return false
    if (code >= 65 && code <= 90) upper = true
  }
  return upper
}

/** Words of letters and digits joined by single spaces: keyOf only lower-cases them. */
function isPlainName(name: string): boolean {
  if (name.length === 0 || name.charCodeAt(0) === 32) return false
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i)
    if (code === 32) {
      if (i === name.length - 1 || name.charCodeAt(i + 1) === 32) return false
      continue
    }
    const letterOrDigit =
      (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
    if (!letterOrDigit) return false
  }
  return true
}

const POSSESSIVE_END = /[\u2019']s$/u
/** Spacing other than single spaces. */
const IRREGULAR_SPACE = /[^\S ]|\s\s/

/** Normalised form for grouping: case, dots, possessives and spacing ignored. */
export function keyOf(name: string): string {
  if (isPlainName(name)) return name.toLowerCase()
  // Each rewrite only where the name needs it: most names have no possessive, dot or odd space.
  let key = name.toLowerCase()
  if (POSSESSIVE_END.test(key)) key = key.slice(0, -2)
  if (key.includes('.')) key = key.replace(/\./g, '')
  if (IRREGULAR_SPACE.test(key)) key = key.replace(/\s+/g, ' ')
  return key.trim()
}

const NEEDS_UNICODE_SLUG = /[^\x20-\x7e]/

/** An ASCII name's slug in one pass: lower-case letters and digits, runs of others as one dash. */
function asciiSlug(name: string): string {
  let out = ''
  let dash = false
  for (let i = 0; i < name.length; i++) {
    let code = name.charCodeAt(i)
    if (code >= 65 && code <= 90) code += 32
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (dash && out !== '') out += '-'
      out += String.fromCharCode(code)
      dash = false
    } else {
      dash = true
    }
  }
  return out
}

export function slug(name: string): string {
  if (!NEEDS_UNICODE_SLUG.test(name)) return asciiSlug(name)
  return name
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(NON_WORD_RUNS, '-')
    .replace(/^-+|-+$/g, '')
}

export function acronymOf(words: readonly string[]): string {
  let initials = ''
  for (const word of words) if (isCapitalised(word)) initials += word[0] as string
  return initials.toLowerCase()
}

/** Small words inside place names: "Rio de Janeiro", "Castellón de la Plana". */
const PLACE_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'la', 'le', 'el', 'al'])

/** "CEDAR RAPIDS" → "Cedar Rapids", "WINSTON-SALEM" → "Winston-Salem", "İZMİR" → "İzmir". */
export function titleCase(form: string): string {
  // Each word keeps its first letter as written ("İ" lower-cases to "i" and a combining dot);
  // particles after the first word are lower case ("RIO DE JANEIRO" → Rio de Janeiro).
  return form.replace(
    WORD_HEAD_AND_REST,
    (word: string, first: string, rest: string, at: number) => {
      const restLower = rest.toLowerCase().replace(/i\u0307/g, 'i')
      const lower = first.toLowerCase() + restLower
      return at > 0 && PLACE_PARTICLES.has(lower) ? lower : first + restLower
    },
  )
}
