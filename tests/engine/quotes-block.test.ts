/**
 * Quotes set apart by layout rather than marks: a paragraph introduced by a cue and a colon ("X
 * said:", "the statement reads:") is the speaker's quote, and runs on over the next paragraphs
 * while they speak in the first person. Stage directions of a transcript ("(CROSSTALK.)") are
 * nobody's words. Each phenomenon has its counter-examples.
 */
import { describe, expect, it } from 'vitest'
import { findQuotes, type Quote } from '../../src/engine/quotes'
import { introducesExcerpt } from '../../src/engine/quotes/block-quotes'

const all = (text: string): Quote[] =>
  findQuotes(text, { limit: Infinity }).sort((a, b) => a.start - b.start)
const lastPart = (q: Quote): string => q.parts?.at(-1)?.text ?? q.text

describe('introductions of a block quote', () => {
  it.each<[string, boolean]>([
    ['Mayor Ann Lee said in a statement:', true],
    ['In a letter to parents, the principal wrote:', true],
    ['The statement reads:', true],
    ['Tom Vance, the shop owner, wrote on Facebook on Monday night:', true],
    ['She told reporters after the hearing:', true],
    ['The coach added:', true],
    // Counter-examples: no cue, a clause after the cue, a cue in an earlier sentence.
    ['You will need:', false],
    ['Here is what we know so far:', false],
    ['She said the main reasons were:', false],
    ['He said it was over. The list of closures:', false],
    ['The mayor said:  no colon at the end', false],
    ['The ingredients:', false],
  ])('%s → %s', (intro, expected) => {
    expect(introducesExcerpt(intro)).toBe(expected)
  })
})

describe('block quotes', () => {
  it.each<[string, string, string, string]>([
    [
      'The council voted.\n\nMayor Ann Lee said in a statement:\n\nWe are proud of this vote and will start next spring.\n\nThe vote was 7-2.',
      'We are proud of this vote and will start next spring.',
      'Ann Lee',
      'We are proud of this vote and will start next spring.',
    ],
    [
      'Coach Rita Moreno told players after the game:\n\nI have never been prouder of a group.\n\nWe will remember this season.\n\nThe team flies home on Sunday.',
      'I have never been prouder of a group.',
      'Rita Moreno',
      'We will remember this season.',
    ],
    [
      'In a letter to parents, Ines Darrow wrote:\n\nOur school will reopen on Monday after the repairs.\n\nOur staff thanks you.\n\nParents welcomed the news.',
      'Our school will reopen on Monday after the repairs.',
      'Ines Darrow',
      'Our staff thanks you.',
    ],
  ])('credits the excerpt after %j', (text, quoted, speaker, last) => {
    const quotes = all(text)
    expect(quotes).toHaveLength(1)
    const q = quotes[0] as Quote
    expect(q.text).toBe(quoted)
    expect(text.slice(q.start, q.end)).toBe(q.text)
    expect(q.kind).toBe('full')
    expect(q.speaker?.name).toBe(speaker)
    expect(lastPart(q)).toBe(last)
  })

  it.each<[string]>([
    // No cue before the colon: a list or an explanation.
    ['The recipe is simple. You will need:\n\nTwo cups of flour and a pinch of salt.\n\nMix well.'],
    ['She said the main reasons were:\n\nThe roof leaked and the boiler failed twice.'],
    // A cue, but what follows is no excerpt: a bullet, a heading, a line of two words.
    ['The mayor said:\n\n- The road will close on Monday for three weeks.'],
    ['The mayor said:\n\nRoad closures this week\n\nThe road will close on Monday.'],
    ['The mayor said:\n\nThank you.'],
  ])('finds no block quote in %j', (text) => {
    expect(all(text)).toEqual([])
  })

  it('keeps a marked quote after the colon as it is, not as a block', () => {
    const text = 'The mayor said:\n\n“We are proud of this vote and will start next spring.”'
    const quotes = all(text)
    expect(quotes.map((q) => q.text)).toEqual([
      'We are proud of this vote and will start next spring.',
    ])
    expect(quotes[0]?.speaker?.name).toBe('The mayor')
  })

  it('ends the excerpt at the writer’s next paragraph in the third person', () => {
    const text =
      'Ann Lee said in a statement:\n\nThe bridge will open in May.\n\nThe council approved the money in March.'
    const q = all(text)[0] as Quote
    expect(q.parts).toBeUndefined()
    expect(q.text).toBe('The bridge will open in May.')
  })
})

describe('stage directions of a transcript', () => {
  it.each<[string, string[]]>([
    [
      '"LEE: We will win this.\n\n"(CROSSTALK.)\n\n"PARK: You will not.',
      ['LEE: We will win this.', 'PARK: You will not.'],
    ],
    ['The crowd cheered. “[Applause]” was all the transcript said.', []],
    // Counter-example: speech that holds a bracket is still speech.
    ['“We [the council] will pay,” Ann Lee said.', ['We [the council] will pay,']],
  ])('%j', (text, quoted) => {
    const pieces = findQuotes(text, { limit: Infinity, join: false })
    expect(pieces.map((q) => q.text).sort()).toEqual(quoted)
  })
})
