/**
 * Lines that stand alone without ending like a sentence: a headline or crosshead ("Rates on hold
 * as inflation cools") is a heading, article structure; a lone line of one or two words
 * ("Markets", "World news"), a "Name: value" line of names or without a verb ("Topics: Courts,
 * Business", "Media contact: press@…") or a pointer ("More in Travel") is a label, page
 * furniture. A line ending in ":" is left to the list
 * pass; closing quotes do not hide a heading ("Chef Rosa Albero: 'Cook with the weather'").
 */
import type { Sentence } from '../../types'
import { hasFiniteVerb, lowerWords } from '../finite'
import type { DocumentPass } from './pass'
import { INTERFACE_WORDS } from './vocabulary'
import { propertyPattern } from '../patterns'

const LOWER_WORD = propertyPattern(String.raw`(?:^|\s)\p{Ll}{3,}(?=[\s,.;]|$)`)
const STARTS_CAPITAL_OR_DIGIT = propertyPattern(String.raw`^[\p{Lu}\d]`)

/** Longest heading, in words; a longer unpunctuated line is taken for text. */
const MAX_HEADING_WORDS = 20
/** Longest section label, in words. */
const MAX_LABEL_WORDS = 2
/** A field name and a colon opening a line: "Topics:", "Media contact:". */
const FIELD = propertyPattern(String.raw`^\p{Lu}[\p{L} ]{0,24}:\s`)
/** Longest "More in Travel" line, in words. */
const MAX_POINTER_WORDS = 4

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029
}

/** "Topics: Courts, Business": a field name, then names or a verbless value. */
function isField(line: string): boolean {
  const match = FIELD.exec(line)
  if (!match) return false
  const value = line.slice(match[0].length)
  return !LOWER_WORD.test(value) || !hasFiniteVerb(lowerWords(value))
}

/** "More in Travel", "Related Topics": a short line opening with two interface words. */
function isPointer(words: readonly string[]): boolean {
  return (
    words.length <= MAX_POINTER_WORDS &&
    INTERFACE_WORDS.has(words[0] ?? '') &&
    INTERFACE_WORDS.has(words[1] ?? '')
  )
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
  run({ split, kinds, unit: unitOf }) {
    split.sentences.forEach((sentence, i) => {
      if (kinds[i] !== null || sentence.text.includes('\n')) return
      const last = sentence.text
        .replace(/["\u201d\u2019'\u00bb]+\s*$/, '')
        .trimEnd()
        .slice(-1)
      if (/[.!?\u2026:;,)\]]/.test(last) || !fillsLine(split.text, sentence)) return
      const unit = unitOf(i)
      const count = unit.words.length
      if (count === 0 || count > MAX_HEADING_WORDS || !STARTS_CAPITAL_OR_DIGIT.test(unit.raw))
        return
      kinds[i] =
        count <= MAX_LABEL_WORDS || isField(unit.raw) || isPointer(unit.words) ? 'label' : 'heading'
    })
  },
}
