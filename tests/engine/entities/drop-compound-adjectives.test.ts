import { describe, expect, it } from 'vitest'
import { runMentionPass } from './helpers'

describe('pass drop-compound-adjectives', () => {
  it.each([
    // A name hyphened to a participle or a noun of place: an adjective.
    ['A Kalmsund-area salon shut.', ['Kalmsund-area/MISC'], []],
    ['Vik hired a Norland-based lawyer.', ['Vik/PER', 'Norland-based/MISC'], ['Vik/PER']],
    [
      'Brask-backed groups and Norvik-speaking users',
      ['Brask-backed/MISC', 'Norvik-speaking/MISC'],
      [],
    ],
    // Counter-examples: names with a hyphen, and the compound spelled as two words.
    [
      'Rolls-Royce and Halvard-Brask merged.',
      ['Rolls-Royce/ORG', 'Halvard-Brask/ORG'],
      ['Rolls-Royce/ORG', 'Halvard-Brask/ORG'],
    ],
    ['Patients at Al-Shifa waited.', ['Al-Shifa/LOC'], ['Al-Shifa/LOC']],
    ['The Kalmsund Area Trust met.', ['Kalmsund Area Trust/ORG'], ['Kalmsund Area Trust/ORG']],
  ])('%j', (text, given, expected) => {
    expect(runMentionPass('drop-compound-adjectives', text, given)).toEqual(expected)
  })
})
