/**
 * At the edges of an article (its first and last paragraphs), where furniture clusters, a short
 * unpunctuated unit opening with a reader verb is a call to action even without a page word
 * ("Watch now", "Listen to this article").
 */
import type { DocumentPass } from './pass'
import { QUOTE_MARKS, headWord } from './unit'
import { CALL_VERBS } from './vocabulary'

/** How many paragraphs at each end of the article count as its edges. */
const EDGE_PARAGRAPHS = 2
const MAX_WORDS = 6
const MAX_CHARS = 80

export const edge: DocumentPass = {
  name: 'edge',
  run({ split, kinds, unit: unitOf }) {
    const count = split.paragraphs.length
    split.sentences.forEach((sentence, i) => {
      const { text } = sentence
      if (kinds[i] !== null || text.length > MAX_CHARS || !CALL_VERBS.has(headWord(text))) return
      if (sentence.paragraph >= EDGE_PARAGRAPHS && sentence.paragraph < count - EDGE_PARAGRAPHS) {
        return
      }
      const unit = unitOf(i)
      const short = unit.words.length <= MAX_WORDS && !unit.finalPunctuation
      if (short && !QUOTE_MARKS.test(unit.raw)) kinds[i] = 'call-to-action'
    })
  },
}
