/**
 * Interface labels and share bars: a short unit made only of interface words ("More on this
 * story", "Facebook Twitter Email", "Image caption"), or with no word at all ("* * *").
 */
import type { LinePass } from './pass'
import { INTERFACE_WORDS } from './vocabulary'

/** Longest unit, in characters, that can be a label made of interface words. */
const MAX_CHARS = 80
const MAX_WORDS = 6
/** Interface words that alone are too common to be a label ("May", "Also"). */
const NOT_ALONE = new Set('may you also the a and or to in on for from up this all x'.split(' '))

export const label: LinePass = {
  name: 'label',
  mayMatch: (text, head) => text.length <= MAX_CHARS && (head === '' || INTERFACE_WORDS.has(head)),
  kindOf(unit) {
    const { words: unitWords } = unit
    if (unitWords.length === 0) return unit.raw.length > 0 ? 'label' : null
    if (unitWords.length > MAX_WORDS) return null
    if (/[.!?]$/.test(unit.raw) && unitWords.length > 1) return null
    if (unitWords.length === 1 && NOT_ALONE.has(unitWords[0] ?? '')) return null
    return unitWords.every((w) => INTERFACE_WORDS.has(w)) ? 'label' : null
  },
}
