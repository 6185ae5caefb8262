import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { find, namesIn, runMentionPass } from './helpers'

describe('pass recall-passed-over-places', () => {
  it.each([
    // Two different prepositions of place or motion: every lone use inside a sentence is a place.
    ['Boats sail beyond Wyre. Ferries run to Wyre daily. Wyre is small.', ['Wyre/LOC', 'Wyre/LOC']],
    [
      'Boats sail beyond Wyre. Ferries run to Wyre and off Wyre.',
      ['Wyre/LOC', 'Wyre/LOC', 'Wyre/LOC'],
    ],
    // Counter-examples: one preposition only, a word the text writes in lower case, a day, a
    // language, an abstract noun, a label before a number.
    ['She has a degree in Semiotics and a chair in Semiotics.', []],
    ['Boats sail beyond Wyre. Ferries run to wyre daily.', []],
    ['The vote is in March, not to March.', []],
    ['The forms are in Swahili and sent to Swahili readers.', []],
    ['He worked in Compliance before moving to Compliance.', []],
    ['Pupils in Year 9 went to Year 10.', []],
  ])('%s', (text, expected) => {
    expect(runMentionPass('recall-passed-over-places', text, [])).toEqual(expected)
  })

  it('keeps the mentions the tagger found, in text order', () => {
    const text = 'Ana Lopes sailed beyond Wyre and on to Wyre.'
    expect(runMentionPass('recall-passed-over-places', text, ['Ana Lopes/PER'])).toEqual([
      'Ana Lopes/PER',
      'Wyre/LOC',
      'Wyre/LOC',
    ])
  })

  it('finds a place the tagger passed over after "in", "near", "off" or "beyond"', () => {
    const entities = extractEntities(
      'What they find matters well beyond Eday. Harcus grew up on Eday, and the boats anchor off Eday.',
    )
    const island = find(entities, 'Eday')
    expect(island?.type).toBe('place')
    expect(island?.count).toBe(3)
  })

  it.each([
    'Pupils in Year 9 sat the test.',
    'She posted the video on Twitter.',
    'The vote is due in March.',
    'The forms are printed in Swahili and in Hausa.',
    'Sales peaked in Thanksgiving week.',
    'The reading was given in Fahrenheit.',
    'She is an expert in Semiotics.',
    'She has a degree in Semiotics and a chair in Semiotics.',
    'He worked in Compliance before moving to Compliance at another bank.',
  ])('finds no place in: %s', (text) => {
    expect(namesIn(text, 'place')).toEqual([])
  })
})
