/**
 * Lines that stand alone without ending like a sentence: a headline or crosshead ("Rates on hold
 * as inflation cools") is a heading, article structure; a lone line of one to three words after
 * the opening ("Markets", "World news") is a section label, page furniture. A line ending in ":"
 * is left to the list pass.
 */
import type { Sentence } from '../../types'
import type { DocumentPass } from './pass'
import { readUnit } from './unit'

/** Longest heading, in words; a longer unpunctuated line is taken for text. */
const MAX_HEADING_WORDS = 20
/** Longest section label, in words. */
const MAX_LABEL_WORDS = 3

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029
}

/** True when the sentence fills its line: a line break (or the text's edge) on both sides. */
export function fillsLine(text: string, sentence: Sentence): boolean {
  let before = sentence.start - 1
  while (before >= 0 && (text.charCodeAt(before) === 32 || text.charCodeAt(before) === 9)) before--
  let after = sentence.end
  while (after < text.length && (text.charCodeAt(after) === 32 || text.charCodeAt(after) === 9)) {
    after++
  }
  return (
    (before < 0 || isLineBreak(text.charCodeAt(before))) &&
    (after >= text.length || isLineBreak(text.charCodeAt(after)))
  )
}

export const loneLine: DocumentPass = {
  name: 'lone-line',
  run({ split, kinds }) {
    split.sentences.forEach((sentence, i) => {
      if (kinds[i] !== null || sentence.text.includes('\n')) return
      const last = sentence.text.trimEnd().slice(-1)
      if (/[.!?…:;,"”’')\]]/.test(last) || !fillsLine(split.text, sentence)) return
      const unit = readUnit(sentence.text)
      const count = unit.words.length
      if (count === 0 || count > MAX_HEADING_WORDS || !/^[\p{Lu}\d]/u.test(unit.raw)) return
      kinds[i] = count <= MAX_LABEL_WORDS && sentence.paragraph > 0 ? 'label' : 'heading'
    })
  },
}
