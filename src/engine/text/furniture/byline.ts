/**
 * Bylines and contributor credits: "By Jane Doe and John Roe, Reuters", "Reporting by Ana Lima;
 * Editing by Tom Hale", "Additional reporting by Kofi Mensah in Accra", and a reporter's signature
 * line "Jane Doe in Nairobi". A byline's words after "By" are all capitalised or name particles, so
 * "By Tuesday, the talks had collapsed." stays.
 */
import type { LinePass } from './pass'
import { isCapitalised, type Unit } from './unit'
import { words } from './vocabulary'

const MAX_WORDS = 10
const MAX_CONTRIBUTOR_WORDS = 30
/** Longest "Jane Doe in Nairobi" signature line. */
const MAX_SIGNATURE_WORDS = 6

/** Words that open a contributor line: "Reporting by …", "Editing by …". */
const CONTRIBUTOR_HEADS = words(
  'reporting editing writing written compiled produced edited additional photography ' +
    'photographs photos interview translated translation research words',
)
/** Lower-case words allowed inside a byline name list. */
const PARTICLES = words(
  'and de van von der den la le du da di al bin in for at staff reporter correspondent ' +
    'editor writer',
)

function isSignature(unit: Unit): boolean {
  const { words: unitWords, written } = unit
  const at = unitWords.indexOf('in')
  if (unit.finalPunctuation || at < 2 || at !== unitWords.length - 2) return false
  if (unitWords.length > MAX_SIGNATURE_WORDS) return false
  return written.every((w, i) => i === at || isCapitalised(w))
}

function isByline(unit: Unit): boolean {
  const { words: unitWords, written } = unit
  if (unitWords.length < 2) return isSignature(unit)
  if (unitWords[0] === 'by') {
    if (unitWords.length > MAX_WORDS || unit.raw.endsWith('?')) return false
    return written
      .slice(1)
      .every((w, i) => isCapitalised(w) || PARTICLES.has(unitWords[i + 1] ?? ''))
  }
  const byAt = unitWords.indexOf('by')
  if (
    byAt > 0 &&
    byAt <= 2 &&
    CONTRIBUTOR_HEADS.has(unitWords[0] ?? '') &&
    unitWords.length <= MAX_CONTRIBUTOR_WORDS
  ) {
    return written.slice(byAt + 1, byAt + 2).every(isCapitalised)
  }
  return isSignature(unit)
}

export const byline: LinePass = {
  name: 'byline',
  mayMatch: (text, head) => head === 'by' || CONTRIBUTOR_HEADS.has(head) || text.length <= 60,
  kindOf: (unit) => (isByline(unit) ? 'byline' : null),
}
