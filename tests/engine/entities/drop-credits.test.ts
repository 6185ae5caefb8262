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
    // A picture credit closing a caption's line, in brackets, fused after the full stop. The
    // tokenizer keeps "Lima/Reuters" whole, so the tagger's mention runs into the agency.
    [
      'Crowds at the Mill in Leeds Ana Lima/Reuters',
      ['Leeds/LOC', 'Ana Lima/Reuters/PER'],
      ['Leeds/LOC'],
    ],
    [
      'Floods in Leeds. (Tom Ash/AFP/Getty Images)',
      ['Leeds/LOC', 'Tom Ash/AFP/Getty/PER'],
      ['Leeds/LOC'],
    ],
    [
      'The launch failed, the agency said. (Ivo Rask/ Ostvik Space Agency Press Service photo via AP)',
      ['Ivo Rask/ Ostvik Space Agency/MISC', 'Service/ORG'],
      [],
    ],
    // Counter-example: "photo" in prose after a slash pair is no credit.
    [
      'The Lennon/McCartney photo sold in Leeds.',
      ['Lennon/McCartney/PER', 'Leeds/LOC'],
      ['Lennon/McCartney/PER', 'Leeds/LOC'],
    ],
    [
      'Floods in Leeds.Kim Ode / AFP - Getty Images',
      ['Leeds/LOC', 'Kim Ode/PER', 'Getty Images/ORG'],
      ['Leeds/LOC'],
    ],
    [
      'A bridge in Hull.CreditCreditJo W. Bell/The Daily Post',
      ['Hull/LOC', 'Daily Post/ORG'],
      ['Hull/LOC'],
    ],
    [
      'A bridge in Hull.CreditKit Luce for The Daily Post',
      ['Hull/LOC', 'CreditKit Luce/PER', 'Daily Post/ORG'],
      ['Hull/LOC'],
    ],
    ['Interest rose.CreditCreditJeon Ho/EPA, via Shutterstock', ['Shutterstock/ORG'], []],
    ['Credit Harry Camden\nRates rose in Leeds.', ['Harry Camden/PER', 'Leeds/LOC'], ['Leeds/LOC']],
    // A caption's name running into its credit goes with it.
    ['The mayor Ana Lima/Reuters', ['Ana Lima/Reuters/PER'], []],
    // Counter-examples: a bank named Credit, a slash between names in prose, "credit" as a word.
    [
      'Credit Suisse shares fell in Zurich.',
      ['Credit Suisse/ORG', 'Zurich/LOC'],
      ['Credit Suisse/ORG', 'Zurich/LOC'],
    ],
    ['He sang Lennon/McCartney songs', ['Lennon/McCartney/PER'], ['Lennon/McCartney/PER']],
    [
      'The Beatles were Lennon/McCartney',
      ['Beatles/ORG', 'Lennon/McCartney/PER'],
      ['Beatles/ORG', 'Lennon/McCartney/PER'],
    ],
    ['We credit Ana Lima for it.', ['Ana Lima/PER'], ['Ana Lima/PER']],
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
