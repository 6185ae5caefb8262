/**
 * Time stamps: "Published: 10:32 GMT, 4 March 2024", "Last updated 2 hours ago", and lines made
 * only of a time or a date ("14:05 BST", "Monday 3 March 2025", "12 minutes ago") or of a match
 * clock ("87 min"), as live blogs and article headers print them.
 */
import type { LinePass } from './pass'
import type { Unit } from './unit'
import { words } from './vocabulary'

const MAX_HEADED_WORDS = 15
const MAX_BARE_WORDS = 10
const HEADS = words('published updated posted modified')
const HEADED = /^(?:last |first )?\w+\s*(?::|on\b|at\b|\d)/i
/** "Update July 3, 4:15 PM ET: …": an editor's note dated to the minute (not "Update: …" alone). */
const UPDATE_STAMP = /^update\s+\S+(?:\s+\S+)?\s+.*\b\d{1,2}[:.]\d{2}\s*(?:am|pm)?\b/i

/** Words a bare date or time line is made of, besides numbers. */
const TIME_WORDS = words(
  'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday ' +
    'saturday sunday mon tue wed thu fri sat sun am pm gmt bst utc cet cest est edt et pt pst ' +
    'pdt ct cdt local time ago hour hours minute minutes min mins second seconds day days at on ' +
    'st nd rd th updated published',
)
const CLOCK = /\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*(?:am|pm)\b/i
/** A match clock: "87 min", "90+4 min", "45'". */
const MATCH_MINUTE = /^\d{1,3}(?:\+\d{1,2})?\s*(?:min|mins|minutes?|')$/i

function isBareTime(unit: Unit): boolean {
  const { words: unitWords } = unit
  if (MATCH_MINUTE.test(unit.raw)) return true
  if (unitWords.length === 0 || unitWords.length > MAX_BARE_WORDS) return false
  if (!unitWords.every((w) => TIME_WORDS.has(w) || /^\d/.test(w))) return false
  // A time, a year, or "ago": a lone "May" or "Monday" is a label, not a stamp.
  return CLOCK.test(unit.raw) || /\b\d{4}\b/.test(unit.raw) || unitWords.includes('ago')
}

export const timestamp: LinePass = {
  name: 'timestamp',
  mayMatch: (text, head) =>
    HEADS.has(head) ||
    head === 'last' ||
    head === 'first' ||
    head === 'update' ||
    text.length <= 80,
  kindOf(unit) {
    const first = unit.words[0]
    const head = first === 'last' || first === 'first' ? unit.words[1] : first
    if (head !== undefined && HEADS.has(head) && unit.words.length <= MAX_HEADED_WORDS) {
      if (HEADED.test(unit.raw)) return 'timestamp'
    }
    if (head === 'update' && unit.words.length <= MAX_HEADED_WORDS && UPDATE_STAMP.test(unit.raw)) {
      return 'timestamp'
    }
    return isBareTime(unit) ? 'timestamp' : null
  },
}
