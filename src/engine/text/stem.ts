/**
 * A light English suffix stripper used to conflate inflections for lexical similarity (`talks`,
 * `talked`, `talking` -> `talk`). It follows Harman's S-stemmer (Harman 1991, "How effective is
 * suffixing?") for plurals and adds the `-ed`/`-ing`/`-ly` rules of Porter's step 1 (Porter 1980)
 * in simplified form. It only needs to be consistent, not linguistic: both sides of a comparison
 * go through it.
 */

/** Words up to this length are left alone: stripping `-s` from `bus` or `-ed` from `bed` hurts. */
const MIN_STEM_LENGTH = 3

/** Words whose final `s` is not a plural, common in news. */
const UNSTEMMED: ReadonlySet<string> = new Set(['news', 'series', 'species', 'always', 'perhaps'])

function isVowel(ch: string): boolean {
  return ch === 'a' || ch === 'e' || ch === 'i' || ch === 'o' || ch === 'u' || ch === 'y'
}

function hasVowel(word: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (isVowel(word.charAt(i))) return true
  return false
}

/** Undoes doubling (`stopped` -> `stopp` -> `stop`) once `-ed`/`-ing` is gone. */
function undouble(stem: string): string {
  const n = stem.length
  const last = stem.charAt(n - 1)
  if (n > 3 && last === stem.charAt(n - 2) && !'lsz'.includes(last)) return stem.slice(0, -1)
  return stem
}

/**
 * Stem of a lower-case word.
 *
 * @example
 * stem('policies') // 'policy'
 */
export function stem(word: string): string {
  if (word.length <= MIN_STEM_LENGTH || UNSTEMMED.has(word)) return word
  let w = word
  if (w.endsWith('ies') && !w.endsWith('eies') && !w.endsWith('aies')) w = w.slice(0, -3) + 'y'
  else if (w.endsWith('sses')) w = w.slice(0, -2)
  else if (w.endsWith('es') && /(?:ch|sh|x|z)es$/.test(w)) w = w.slice(0, -2)
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) {
    w = w.slice(0, -1)
  }
  if (w.length > 4 && w.endsWith('ing') && hasVowel(w, w.length - 3)) {
    w = undouble(w.slice(0, -3))
  } else if (w.length > 3 && w.endsWith('ed') && !w.endsWith('eed') && hasVowel(w, w.length - 2)) {
    w = undouble(w.slice(0, -2))
  } else if (w.length > 5 && w.endsWith('ly')) {
    w = w.slice(0, -2)
  }
  if (w.length > 2 && w.endsWith('e')) w = w.slice(0, -1)
  return w
}
