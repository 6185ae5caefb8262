/**
 * What a speaker is named as: an institution they are "of" is their role ("Ann Lee of the Kelso
 * Institute"), a home town is not; a title that looks like a participle ("managing director") is
 * still a title; a sentence-opening subordinator or quantifier ("Once Lee left", "Few said") is no
 * part of a name; a single quoted word with no cue of its own is a scare quote, not a statement.
 * Every phenomenon has its counter-examples.
 */
import { describe, expect, it } from 'vitest'
import { findQuotes, type Quote } from '../../src/engine/quotes'
import { affiliationAt } from '../../src/engine/quotes/affiliation'

const last = (text: string): Quote => {
  const quotes = findQuotes(text, { limit: Infinity }).sort((a, b) => b.start - a.start)
  expect(quotes.length, text).toBeGreaterThan(0)
  return quotes[0] as Quote
}

describe('an affiliation after a name', () => {
  it.each<[string, string | null]>([
    [
      'Omar Bell of the Larch Institute for Energy Studies said',
      'the Larch Institute for Energy Studies',
    ],
    [
      'Omar Bell, Ph.D., of Elm University’s Hale B. Cole Research Center, said',
      'Elm University’s Hale B. Cole Research Center',
    ],
    ['Omar Bell of Dover City Council on Monday said', 'Dover City Council'],
    ['Omar Bell of the University of Kent. Bell left', 'the University of Kent'],
    // Counter-examples: a home town, a place, nothing after "of".
    ['Omar Bell of Dover said', null],
    ['Omar Bell, 34, of Harrogate, said', null],
    ['Omar Bell of the Kent coast said', null],
    ['Omar Bell said', null],
  ])('%s → %s', (words, affiliation) => {
    expect(affiliationAt(words, 'Omar Bell'.length)).toBe(affiliation)
  })

  it.each<[string, string, string | undefined]>([
    [
      '“The data are clear,” said Michael Orr of the Brenner Institute for Policy Studies.',
      'Michael Orr',
      'the Brenner Institute for Policy Studies',
    ],
    [
      'The study was led by Nora Hale, Ph.D., of Elm University’s Cole Institute, and published today. “We were surprised,” Hale said.',
      'Nora Hale',
      'Elm University’s Cole Institute',
    ],
    // An appositive that states a job wins over the institution.
    [
      '“Prices will fall,” said Omar Bell, an economist at Larch Bank.',
      'Omar Bell',
      'an economist at Larch Bank',
    ],
    // Counter-example: a home town is no role.
    ['“It was a long night,” said Kim Aldo of Dover.', 'Kim Aldo', undefined],
  ])('%s', (text, name, role) => {
    const q = last(text)
    expect(q.speaker?.name).toBe(name)
    expect(q.speaker?.role).toBe(role)
  })
})

describe('a name after "according to" opens the main clause', () => {
  it.each<[string, string | undefined]>([
    [
      '“We were robbed,” Usman Hasib said. According to Hasib, his mother ran the shop so women felt safe. “We will stay,” Hasib said.',
      undefined,
    ],
    // Counter-example: an appositive closed by its comma is still a role.
    [
      'According to Usman Hasib, the shop manager, the door was open. “We will stay,” Hasib said.',
      'the shop manager',
    ],
  ])('%s', (text, role) => {
    expect(last(text).speaker?.role).toBe(role)
  })
})

describe('titles that look like participles', () => {
  it.each<[string, string | undefined]>([
    [
      '“We are running out of beds,” said Lena Voss, managing director at Kestrel Health.',
      'managing director at Kestrel Health',
    ],
    [
      '“It was fair,” said Lena Voss, presiding judge of the county court.',
      'presiding judge of the county court',
    ],
    // Counter-example: a participle phrase is a mood, not a job.
    ['“It was unfair,” said Lena Voss, bristling with anger.', undefined],
  ])('%s', (text, role) => {
    expect(last(text).speaker?.role).toBe(role)
  })
})

describe('words that open a sentence are no part of a name', () => {
  it.each<[string, string]>([
    [
      'Ellen Fetter ran the programs. Once Fetter left, the lab slowed. “He kept it all in his head,” Fetter said.',
      'Ellen Fetter',
    ],
    ['Few Democrats came. Tom Marsh did. “We were outnumbered,” Marsh said.', 'Tom Marsh'],
    // Counter-example: a given name that is not one of these words stays.
    ['Ellen Fetter ran the programs. “He kept it all in his head,” Fetter said.', 'Ellen Fetter'],
  ])('%s', (text, name) => {
    expect(last(text).speaker?.name).toBe(name)
  })
})

describe('single quoted words', () => {
  const kinds = (text: string): string[] =>
    findQuotes(text, { limit: Infinity, terms: true }).map((q) => `${q.text}:${q.kind}`)
  it.each<[string, string[]]>([
    [
      'The campaign was accused of “igniting” the dispute, and the mayor called for calm.',
      ['igniting:scare'],
    ],
    [
      'Trump is telling a veterans group that the army is “depleted” and weak.',
      ['depleted:partial'],
    ],
    // Counter-examples: a word that is an utterance of its own, or has an active cue.
    ['“Disgraceful,” said Ann Lee of the ruling.', ['Disgraceful,:full']],
    ['Asked if she would run, Ann Lee answered: “No.”', ['No.:full']],
    ['Ann Lee called the ruling “disgraceful” on Monday.', ['disgraceful:partial']],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected)
  })
})
