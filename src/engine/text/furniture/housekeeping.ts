/**
 * Live-blog housekeeping: the writers speaking about the blog itself ("Welcome to our live
 * coverage", "We'll bring you updates as they come", "That's all from us for today", "Thanks for
 * following"). Told by a first-person plural together with a word naming the blog, or by a
 * closing formula; never when the unit quotes or reports someone ("We will rebuild, he said").
 */
import type { LinePass } from './pass'
import { QUOTE_MARKS } from './unit'
import { REPORTING_WORDS, WE_WORDS, words } from './vocabulary'

const MAX_WORDS = 30
const MAX_CHARS = 240
/** Words one of which every housekeeping line holds: a cheap test before tokenizing. */
const HINT = /\b(?:we|our|us|that|thanks?|welcome)\b/i
/** Words that name the blog or its stream of posts. */
const BLOG_WORDS = words('blog coverage updates posts feed')
/** Closings and greetings of a blog: "that's all", "thanks for following", "welcome to". */
const CLOSING =
  /^(?:that(?:'s|\u2019s| is| was) (?:all|it)\b|thanks? (?:you )?for (?:following|reading|joining|being with)|welcome (?:back )?to\b|we(?:'ll|\u2019ll| will) be back\b|we(?:'re|\u2019re| are) (?:pausing|closing|wrapping|ending|going to pause|signing off))/i

export const housekeeping: LinePass = {
  name: 'housekeeping',
  mayMatch: (text) => text.length <= MAX_CHARS && HINT.test(text),
  kindOf(unit) {
    const { words: unitWords } = unit
    if (unitWords.length > MAX_WORDS || QUOTE_MARKS.test(unit.raw)) return null
    if (unitWords.some((w) => REPORTING_WORDS.has(w))) return null
    if (CLOSING.test(unit.raw)) return 'housekeeping'
    const we = unitWords.some((w) => WE_WORDS.has(w))
    return we && unitWords.some((w) => BLOG_WORDS.has(w)) ? 'housekeeping' : null
  },
}
