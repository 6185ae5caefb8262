/**
 * Advertising markers: "Advertisement", "ADVERTISEMENT", "Sponsored content", "Story continues
 * below advertisement", "Paid partner content". A short unit made only of advertising and interface
 * words, at least one of them an advertising word.
 */
import type { LinePass } from './pass'
import { INTERFACE_WORDS, words } from './vocabulary'

const MAX_WORDS = 8
const AD_WORDS = words(
  'advertisement advertisements advert adverts ad ads sponsored sponsor promoted paid partner ' +
    'partners content commercial advertising feature promotion story continues continue ' +
    'scroll below',
)
/** Words that make a unit an advertising marker; "content" or "feature" alone do not. */
const MARKERS = words(
  'advertisement advertisements advert adverts ad ads sponsored promoted advertising paid',
)

export const ad: LinePass = {
  name: 'ad',
  mayMatch: (text) => text.length <= 80,
  kindOf(unit) {
    const { words: unitWords } = unit
    if (unitWords.length === 0 || unitWords.length > MAX_WORDS) return null
    if (/[.!?]$/.test(unit.raw) && unitWords.length > 1) return null
    if (!unitWords.some((w) => MARKERS.has(w))) return null
    return unitWords.every((w) => AD_WORDS.has(w) || INTERFACE_WORDS.has(w)) ? 'ad' : null
  },
}
