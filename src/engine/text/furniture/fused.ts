/**
 * Furniture fused onto the head of a sentence, when a scraper ran a share bar or an ad marker into
 * the text: "Share this article Kessington council has approved…", "Advertisement The minister
 * said…". The shortest run of up to four words that the line passes read as a prompt, a pointer
 * or an ad, followed by a capitalised word, is the prefix (a label is not enough: "The Home"
 * of "The Home Office" is made of interface words). A single word counts only as an ad
 * marker, so "Read Ahmed's letter" keeps its verb.
 */
import type { BoilerplateKind } from './kinds'
import { headWord } from './unit'
import { CALL_VERBS, words } from './vocabulary'
import { propertyPattern } from '../patterns'

const STARTS_UPPER = propertyPattern(String.raw`^\p{Lu}`)

export interface FusedPrefix {
  /** Characters from the sentence start to the first character of the text after the prefix. */
  length: number
  kind: BoilerplateKind
}

const MAX_PREFIX_WORDS = 4
/** Words left after the prefix for the rest to be a sentence. */
const MIN_REST_WORDS = 5
const FUSABLE: ReadonlySet<BoilerplateKind> = new Set(['call-to-action', 'related', 'ad'])
/** Heads a fused prefix can open with besides a reader verb: ad markers and pointers. */
const OTHER_HEADS = words('advertisement advert sponsored related more also recommended')

/**
 * The furniture prefix of `text`, judged by `kindOf` (the line passes), or null.
 *
 * @example
 * fusedPrefix('Advertisement The talks resumed on Monday.', boilerplateKind) // { length: 14, kind: 'ad' }
 */
export function fusedPrefix(
  text: string,
  kindOf: (unit: string) => BoilerplateKind | null,
): FusedPrefix | null {
  const head = headWord(text)
  if (!CALL_VERBS.has(head) && !OTHER_HEADS.has(head)) return null
  const gaps = [...text.matchAll(/\s+/g)].slice(0, MAX_PREFIX_WORDS)
  for (let k = 0; k < gaps.length; k++) {
    const gap = gaps[k] as RegExpExecArray
    const restAt = gap.index + gap[0].length
    if (!STARTS_UPPER.test(text.slice(restAt, restAt + 1))) continue
    if (text.slice(restAt).split(/\s+/).length < MIN_REST_WORDS) return null
    const kind = kindOf(text.slice(0, gap.index))
    if (kind === null || !FUSABLE.has(kind) || (k === 0 && kind !== 'ad')) continue
    return { length: restAt, kind }
  }
  return null
}
