/**
 * Lists: a unit ending in ":" leads into what follows (a list, a quote block) and is a list
 * lead-in; a unit opening with a bullet or an item number ("- ", "• ", "1. ", "2) ") is a list
 * row, and so is each short line of the block right after a lead-in and each further sentence on
 * a row's line ("1. Night market, Quay Street. More than 80 stalls."). All are article structure.
 */
import type { DocumentPass } from './pass'
import { fillsLine } from './lone-line'

const BULLET = /^(?:[-\u2013\u2014\u2022\u00b7\u25aa\u25ba*+]|\d{1,2}[.)])\s+\S/
/** What may stand between a line break and a row's text (the splitter leaves bullets out). */
const BULLET_PREFIX = /^[ \t]*(?:[-\u2013\u2014\u2022\u00b7\u25aa\u25ba*+]|\d{1,2}[.)])[ \t]+$/
/** Longest line, in characters, read as a row of the list after a lead-in. */
const MAX_ROW_CHARS = 200

function sameLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charAt(i) === '\n') return false
  return true
}

/** The text between the line break before `start` and `start` (at most a short run). */
function linePrefix(text: string, start: number): string {
  let i = start
  while (i > 0 && start - i < 8 && text.charAt(i - 1) !== '\n') i--
  return i === 0 || text.charAt(i - 1) === '\n' ? text.slice(i, start) : 'x'
}

export const list: DocumentPass = {
  name: 'list',
  run({ split, kinds }) {
    let inList = false
    split.sentences.forEach((sentence, i) => {
      const text = sentence.text.trim()
      if (kinds[i] !== null) {
        inList = false
        return
      }
      const previous = split.sentences[i - 1]
      if (
        previous !== undefined &&
        kinds[i - 1] === 'list-row' &&
        sameLine(split.text, previous.end, sentence.start)
      ) {
        kinds[i] = 'list-row'
        return
      }
      if (text.endsWith(':')) {
        kinds[i] = 'list-lead-in'
        inList = true
        return
      }
      const prefix = linePrefix(split.text, sentence.start)
      const lined = prefix.trim() === '' ? fillsLine(split.text, sentence) : false
      if (BULLET_PREFIX.test(prefix) || (BULLET.test(text) && prefix.trim() === '')) {
        kinds[i] = 'list-row'
        return
      }
      inList =
        inList && lined && text.length <= MAX_ROW_CHARS && !/[.!?]["\u201d\u2019]?$/.test(text)
      if (inList) kinds[i] = 'list-row'
    })
  },
}
