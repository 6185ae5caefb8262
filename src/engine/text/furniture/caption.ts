/**
 * Photo captions, told by their neighbour: a short unit right next to a photo credit in the same
 * paragraph ("Children line up for cards. (Photo: Jane Doe)"), a one-sentence paragraph right
 * before a credit paragraph, or a unit that ends in a bracketed credit of its own ("Crews at the
 * dam (Photo: Ana Lima/AP)"). Not when it reads like reported news: a verb of reporting, a quote,
 * a dateline.
 */
import type { SplitText } from '../sentences'
import { credit, isPhotoCredit } from './credit'
import type { DocumentPass } from './pass'
import { QUOTE_MARKS, readUnit } from './unit'
import { REPORTING_WORDS } from './vocabulary'

/** Longest caption, in words; longer units next to a credit are taken for prose. */
const MAX_CAPTION_WORDS = 30
const MAX_CAPTION_CHARS = 400
/** A dateline opens a lead: "CEDAR RAPIDS, Iowa -", "LONDON (Reuters) -", "PARIS —". */
const DATELINE = /^\p{Lu}[\p{Lu}.' -]{2,40}(?:,|\s*\(|\s+[-–—])/u
/** A credit in brackets closing a unit: "(Photo: Jane Doe/AP)", "[Image: Getty]". */
const TRAILING_CREDIT = /[([]([^()[\]]{3,80})[)\]]\s*$/

/** Short, not reported speech, no quote, no dateline: reads as the description of a picture. */
function isCaption(text: string, quoteAllowed = false): boolean {
  if (text.length > MAX_CAPTION_CHARS || DATELINE.test(text)) return false
  if (!quoteAllowed && QUOTE_MARKS.test(text)) return false
  const unit = readUnit(text)
  return (
    unit.words.length > 0 &&
    unit.words.length <= MAX_CAPTION_WORDS &&
    !unit.words.some((w) => REPORTING_WORDS.has(w))
  )
}

function endsInCredit(text: string): boolean {
  const match = TRAILING_CREDIT.exec(text.trimEnd())
  if (!match || match.index === 0) return false
  const inner = readUnit(match[1] ?? '')
  return credit.kindOf(inner) === 'credit' && isPhotoCredit(inner)
}

function markNeighbours(split: SplitText, kinds: (string | null)[], i: number): number[] {
  const { sentences } = split
  const found: number[] = []
  const creditSentence = sentences[i]
  if (creditSentence === undefined || !isPhotoCredit(readUnit(creditSentence.text))) return found
  for (const j of [i - 1, i + 1]) {
    const neighbour = sentences[j]
    if (neighbour === undefined || kinds[j] !== null) continue
    const sameParagraph = neighbour.paragraph === creditSentence.paragraph
    // A paragraph before the credit's, holding one sentence, when the credit opens its own.
    const paragraphBefore =
      j === i - 1 &&
      neighbour.paragraph === creditSentence.paragraph - 1 &&
      sentences[j - 1]?.paragraph !== neighbour.paragraph
    if ((sameParagraph || paragraphBefore) && isCaption(neighbour.text)) found.push(j)
  }
  return found
}

export const caption: DocumentPass = {
  name: 'caption',
  run({ split, kinds }) {
    const captions: number[] = []
    split.sentences.forEach((sentence, i) => {
      if (kinds[i] === 'credit') captions.push(...markNeighbours(split, kinds, i))
      else if (kinds[i] === null && sentence.text.length <= MAX_CAPTION_CHARS) {
        if (endsInCredit(sentence.text) && isCaption(sentence.text, true)) captions.push(i)
      }
    })
    for (const i of captions) kinds[i] = 'caption'
  },
}
