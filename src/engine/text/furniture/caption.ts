/**
 * Photo captions, told by their neighbour: a photo credit. A caption is the short unit right next
 * to a credit in the same paragraph ("Children line up for cards. (Photo: Jane Doe)"), the whole
 * run of sentences that opens a paragraph and ends in the credit when the run starts like a
 * description of a picture ("Crews at the dam on Monday. Repairs will take a year. Credit Ana
 * Lima/AP"), a one-sentence paragraph right before a credit paragraph, or a unit that ends in a
 * bracketed credit of its own ("Crews at the dam (Photo: Ana Lima/AP)"). Not when it reads like
 * reported news: a verb of reporting, a quotation (a scare-quoted word or two is no quotation), a
 * dateline.
 */
import { credit, isPhotoCredit } from './credit'
import type { DocumentContext, DocumentPass } from './pass'
import { QUOTE_MARKS, readUnit, type Unit } from './unit'
import { REPORTING_WORDS } from './vocabulary'
import { propertyPattern } from '../patterns'

/** Longest caption, in words; longer units next to a credit are taken for prose. */
const MAX_CAPTION_WORDS = 30
const MAX_CAPTION_CHARS = 400
/** Longest run of sentences before a credit taken as one caption, in sentences and in words. */
const MAX_RUN_SENTENCES = 3
const MAX_RUN_WORDS = 80
/** A dateline opens a lead: "CEDAR RAPIDS, Iowa -", "LONDON (Reuters) -", "PARIS —". */
const DATELINE = propertyPattern(
  String.raw`^\p{Lu}[\p{Lu}.' -]{2,40}(?:,|\s*\(|\s+[-\u2013\u2014])`,
)
/** A credit in brackets closing a unit: "(Photo: Jane Doe/AP)", "[Image: Getty]". */
const TRAILING_CREDIT = /[([]([^()[\]]{3,80})[)\]]\s*$/
/** A scare-quoted word or two ("so-called ‘metadata’"), which a caption may hold. */
const SCARE_QUOTE = /[\u201c"\u00ab\u2018]\S+(?:\s\S+)?[\u201d"\u00bb\u2019]/gu

/** Short, not reported speech, no quotation, no dateline: reads as the description of a picture. */
function isCaption(text: string, read: () => Unit, quoteAllowed = false): boolean {
  if (text.length > MAX_CAPTION_CHARS || DATELINE.test(text)) return false
  if (!quoteAllowed && QUOTE_MARKS.test(text.replace(SCARE_QUOTE, ''))) return false
  const unit = read()
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

/**
 * The sentences from the start of the credit's paragraph up to the credit, when they are few and
 * short and the first describes a picture: a caption of several sentences ends in its credit.
 */
function captionRun({ split, kinds, unit }: DocumentContext, i: number): number[] {
  const { sentences } = split
  const paragraph = sentences[i]?.paragraph
  let first = i
  while (first > 0 && sentences[first - 1]?.paragraph === paragraph) first--
  if (first === i || i - first > MAX_RUN_SENTENCES) return []
  const run: number[] = []
  let words = 0
  for (let j = first; j < i; j++) {
    words += unit(j).words.length
    if (kinds[j] === null) run.push(j)
  }
  const opening = sentences[first]
  if (
    words > MAX_RUN_WORDS ||
    opening === undefined ||
    !isCaption(opening.text, () => unit(first))
  ) {
    return []
  }
  return run
}

function markNeighbours(context: DocumentContext, i: number): number[] {
  const { split, kinds, unit } = context
  const { sentences } = split
  const creditSentence = sentences[i]
  if (creditSentence === undefined || !isPhotoCredit(unit(i))) return []
  const found = captionRun(context, i)
  // A credit sits at one end of its caption: with a caption before it, what follows is the story.
  const sides = found.length > 0 ? [] : [i - 1, i + 1]
  for (const j of sides) {
    const neighbour = sentences[j]
    if (neighbour === undefined || kinds[j] !== null) continue
    const sameParagraph = neighbour.paragraph === creditSentence.paragraph
    // A paragraph before the credit's, holding one sentence, when the credit opens its own.
    const paragraphBefore =
      j === i - 1 &&
      neighbour.paragraph === creditSentence.paragraph - 1 &&
      sentences[j - 1]?.paragraph !== neighbour.paragraph
    if ((sameParagraph || paragraphBefore) && isCaption(neighbour.text, () => unit(j))) {
      found.push(j)
    }
    if (j === i - 1 && found.length > 0) break
  }
  return found
}

export const caption: DocumentPass = {
  name: 'caption',
  run(context) {
    const { split, kinds, unit } = context
    const captions: number[] = []
    split.sentences.forEach((sentence, i) => {
      // "Source: Supplied" credits a picture in the shape of a source line.
      if (kinds[i] === 'credit' || kinds[i] === 'source') {
        captions.push(...markNeighbours(context, i))
      } else if (kinds[i] === null && sentence.text.length <= MAX_CAPTION_CHARS) {
        if (endsInCredit(sentence.text) && isCaption(sentence.text, () => unit(i), true)) {
          captions.push(i)
        }
      }
    })
    for (const i of captions) kinds[i] = 'caption'
  },
}
