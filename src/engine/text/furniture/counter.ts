/**
 * Gallery counters: "3 of 12", "1/8", "Image 3 of 12", alone or opening a caption ("3 of 12
 * Firefighters tackle the blaze"). A counter is a small number of a larger one, so "2 of the 3
 * suspects were freed." (no second number right after "of") stays.
 */
import type { LinePass } from './pass'
import { QUOTE_MARKS } from './unit'
import { REPORTING_WORDS, words } from './vocabulary'

const MAX_CAPTION_WORDS = 30
const COUNTER =
  /^(?:(?:image|photo|picture|slide|item|page)\s+)?(\d{1,3})\s*(?:of|\/)\s*(\d{1,3})(?![\d/:.,]\d)\.?(?=\s|$)/i
const HEADS = words('image photo picture slide item page')

export const counter: LinePass = {
  name: 'counter',
  mayMatch: (text, head) => HEADS.has(head) || (head === '' && /^\s*\d/.test(text)),
  kindOf(unit) {
    const match = COUNTER.exec(unit.raw)
    if (!match) return null
    const [, shown, total] = match
    if (Number(shown) > Number(total) || Number(total) < 2) return null
    if (unit.words.length > MAX_CAPTION_WORDS || QUOTE_MARKS.test(unit.raw)) return null
    return unit.words.some((w) => REPORTING_WORDS.has(w)) ? null : 'counter'
  },
}
