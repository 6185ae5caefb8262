/**
 * Media-player widgets: a video embedded in a page leaves its controls in the text, one a line
 * ("Play Video", "Current Time 0:00", "Loaded: 0%", "Fullscreen"), and then the video's title
 * ("Video shows a flood in the old town"). The control lines are labels; the title line right
 * after a run of controls is the video's caption, page furniture, not a crosshead of the story.
 *
 * Method: line shape. A control line is short and holds a clock ("0:00", "-1:05") or a percentage,
 * with no word in lower case, and no line pass knew it ("Updated 14:05 GMT" is a time stamp). Two control lines or more in one run of furniture lines (nothing but
 * line breaks between them) make a player; the headline-shaped line that follows it is its caption.
 */
import type { Sentence } from '../../types'
import { isPageFurniture } from './kinds'
import { fillsLine } from './lone-line'
import type { DocumentPass } from './pass'
import { isLetterAt, someCodePoint } from '../chars'
import { propertyPattern } from '../patterns'

/** Longest control line, in words and numbers. */
const MAX_CONTROL_WORDS = 4
/** Control lines that make a run of furniture a player. */
const MIN_CONTROLS = 2
const READING = /^-?\d{1,2}:\d{2}$|^\d{1,3}(?:\.\d+)?%$/
const TOKEN = /[^\s/]+/g
const LOWER_WORD = propertyPattern(String.raw`^\p{Ll}`)
const FINAL = /[.!?\u2026:;,]["\u201d\u2019'\u00bb)]*$/
const WORDS = propertyPattern(String.raw`\p{L}+`, 'g')
/** A caption has a few words: "Play" alone after the controls is one more control. */
const MIN_TITLE_WORDS = 3

/** "Duration Time 0:00", "Loaded: 0%": a player's reading. */
export function isControlLine(text: string): boolean {
  // A reading holds a colon or a percent sign: most lines are ruled out without a token.
  if (!text.includes(':') && !text.includes('%')) return false
  const tokens = text.trim().match(TOKEN) ?? []
  if (tokens.length === 0 || tokens.length > MAX_CONTROL_WORDS) return false
  return tokens.some((token) => READING.test(token)) && !tokens.some((t) => LOWER_WORD.test(t))
}

export const player: DocumentPass = {
  name: 'player',
  run({ split, kinds }) {
    const { text, sentences } = split
    let controls = 0
    let previous: Sentence | undefined
    sentences.forEach((sentence, i) => {
      const joined =
        previous !== undefined && text.slice(previous.end, sentence.start).trim() === ''
      previous = sentence
      if (!joined) controls = 0
      const open = kinds[i] === null || kinds[i] === 'heading' || kinds[i] === 'label'
      if (open && fillsLine(text, sentence) && isControlLine(sentence.text)) {
        kinds[i] = 'label'
        controls++
        return
      }
      // Furniture and lines of marks only ("/") go on with the run.
      if (isPageFurniture(kinds[i] ?? null) || !someCodePoint(sentence.text, isLetterAt)) return
      // The caption test runs only after a player, as it reads every word of the line.
      const title =
        controls >= MIN_CONTROLS &&
        (kinds[i] === null || kinds[i] === 'heading') &&
        fillsLine(text, sentence) &&
        !FINAL.test(sentence.text.trim()) &&
        (sentence.text.match(WORDS) ?? []).length >= MIN_TITLE_WORDS
      if (title) kinds[i] = 'caption'
      controls = 0
    })
  },
}
