/**
 * Reference-list lines: a paper cited under a science story ("More information: Ana B. C. Lopes et
 * al. Tools of the Bronze Age, Journal of Old Things (2021). DOI: 10.1000/xyz") credits its authors
 * and names its journal; its initials and title words are no mention of the story's subjects.
 *
 * Method: line shape. A citation line opens with an author (a name with initials, "Lopes, A. B." or
 * "Ana B. C. Lopes") and carries a publication mark: "et al.", a year in brackets, or a DOI. The
 * sentence splitter cuts such a line at its initials, so the line is judged whole and each of its
 * sentences takes the kind. Prose that cites a paper ("Lopes et al. (2021) found…") opens with a
 * surname and no initials, and stays text.
 */
import type { Sentence } from '../../types'
import type { DocumentPass } from './pass'

/** Longest citation line, in characters. */
const MAX_CHARS = 600
/** "More information:", "Reference:": a field label may open the line. */
const FIELD = String.raw`(?:\p{Lu}[\p{L} ]{0,24}:\s*)?`
/** "Ana B. C. Lopes", "Ana B. Th. Lopes", or "Lopes, A. B.": an author with initials. */
const AUTHOR = new RegExp(
  String.raw`^\s*${FIELD}(?:\p{Lu}[\p{L}'\u2019-]+\s+(?:\p{Lu}\p{Ll}?\.\s*){1,4}\p{Lu}[\p{L}'\u2019-]+` +
    String.raw`|\p{Lu}[\p{L}'\u2019-]+,\s*(?:\p{Lu}\.\s*){1,4})`,
  'u',
)
const PUBLICATION = /\bet al\.|\((?:19|20)\d\d\)|\bdoi:?\s*10\./i
/** Cheap pre-test: most lines hold none of these. */
const MAY_CITE = /et al|doi|\((?:19|20)\d\d\)/i

/** True for a line that cites a paper. */
export function isCitationLine(line: string): boolean {
  return (
    line.length <= MAX_CHARS && MAY_CITE.test(line) && PUBLICATION.test(line) && AUTHOR.test(line)
  )
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k)
    if (code === 10 || code === 13) return true
  }
  return false
}

export const citation: DocumentPass = {
  name: 'citation',
  run({ split, kinds }) {
    const { text, sentences } = split
    let first = 0
    for (let i = 1; i <= sentences.length; i++) {
      const previous = sentences[i - 1] as Sentence
      const next = sentences[i]
      if (next !== undefined && !hasLineBreak(text, previous.end, next.start)) continue
      const start = (sentences[first] as Sentence).start
      if (isCitationLine(text.slice(start, previous.end))) {
        for (let k = first; k < i; k++) kinds[k] = 'source'
      }
      first = i
    }
  },
}
