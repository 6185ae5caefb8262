import { describe, expect, it } from 'vitest'
import { runMentionPass } from './helpers'

describe('pass cut-descriptors', () => {
  it.each([
    // A capitalised descriptor and its noun before the name.
    ['Power company Varnel says crews', ['Power company Varnel/ORG'], ['Varnel/ORG']],
    ['Shipping firm Ostmar Lines said', ['Shipping firm Ostmar Lines/ORG'], ['Ostmar Lines/ORG']],
    // Counter-examples: links and particles inside one name, a name of two words.
    ['in Newcastle upon Tyne today', ['Newcastle upon Tyne/LOC'], ['Newcastle upon Tyne/LOC']],
    [
      'Doctors without Borders said',
      ['Doctors without Borders/ORG'],
      ['Doctors without Borders/ORG'],
    ],
    ['the Bank of England said', ['Bank of England/ORG'], ['Bank of England/ORG']],
    ['at Casa della Musica', ['Casa della Musica/LOC'], ['Casa della Musica/LOC']],
    ['Jack in the Box', ['Jack in the Box/ORG'], ['Jack in the Box/ORG']],
  ])('%j', (text, given, expected) => {
    expect(runMentionPass('cut-descriptors', text, given)).toEqual(expected)
  })
})
