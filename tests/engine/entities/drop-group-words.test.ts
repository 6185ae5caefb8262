import { describe, expect, it } from 'vitest'
import { runMentionPass } from './helpers'

describe('pass drop-group-words', () => {
  it.each([
    // Words describing people, capitalised by style: adjectives and group nouns.
    [
      'Black and Latinx youth were referred, Tessa Vorn said.',
      ['Black/LOC', 'Latinx/LOC', 'Tessa Vorn/PER'],
      ['Tessa Vorn/PER'],
    ],
    ['BIPOC artists showed work in Leeds.', ['BIPOC/ORG', 'Leeds/LOC'], ['Leeds/LOC']],
    ['Indigenous leaders met.', ['Indigenous/MISC'], []],
    // Counter-examples: the word as a surname or inside a name, and ethnic names (misc).
    [
      'Jack Black starred. Black said he loved it.',
      ['Jack Black/PER', 'Black/PER'],
      ['Jack Black/PER', 'Black/PER'],
    ],
    ['Ships crossed the Black Sea.', ['Black Sea/LOC'], ['Black Sea/LOC']],
    ['Latino voters in Texas', ['Latino/MISC', 'Texas/LOC'], ['Latino/MISC', 'Texas/LOC']],
  ])('%j', (text, given, expected) => {
    expect(runMentionPass('drop-group-words', text, given)).toEqual(expected)
  })
})
