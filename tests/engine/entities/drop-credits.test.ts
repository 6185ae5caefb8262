import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { runMentionPass } from './helpers'

describe('pass drop-credits', () => {
  it.each([
    [
      'By Jane Roe and Tom Ash\nRain fell in Leeds.',
      ['Jane Roe/PER', 'Tom Ash/PER', 'Leeds/LOC'],
      ['Leeds/LOC'],
    ],
    ['By JANE ROE, Staff Writer\nRain fell.', ['JANE ROE/PER'], []],
    ['  BY Jane Roe\nRain fell in Leeds.', ['Jane Roe/PER', 'Leeds/LOC'], ['Leeds/LOC']],
    [
      'Rain fell in Leeds.\nAdditional reporting by Sam Lee in Paris; Editing by Ann Fox',
      ['Leeds/LOC', 'Sam Lee/PER', 'Paris/LOC', 'Ann Fox/PER'],
      ['Leeds/LOC'],
    ],
    ['(Reporting by Sam Lee; Editing by Ann Fox)', ['Sam Lee/PER', 'Ann Fox/PER'], []],
    // Counter-examples: "By" opening a sentence of the story; "by" in prose.
    [
      'By Monday the flood had gone, Kelsey Marr said.',
      ['Monday/MISC', 'Kelsey Marr/PER'],
      ['Monday/MISC', 'Kelsey Marr/PER'],
    ],
    ['The report was written by Ana Lopes.', ['Ana Lopes/PER'], ['Ana Lopes/PER']],
  ])('%j', (text, given, expected) => {
    expect(runMentionPass('drop-credits', text, given)).toEqual(expected)
  })

  it('lists no reporter of a wire story', () => {
    const text = [
      'By Jane Roe and Tom Ash',
      'LONDON (Precis Wire) - Halvard Rail said on Monday it would cut 300 jobs.',
      'Additional reporting by Sam Lee in Paris; Editing by Ann Fox',
    ].join('\n')
    const names = extractEntities(text).map((entity) => entity.name)
    expect(names).toEqual(expect.arrayContaining(['Halvard Rail', 'London']))
    for (const writer of ['Jane Roe', 'Tom Ash', 'Sam Lee', 'Ann Fox', 'Paris']) {
      expect(names).not.toContain(writer)
    }
  })
})
