import { describe, expect, it } from 'vitest'
import { aroundMentionPass, runMentionPass } from './helpers'

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
    // A doctrine's followers, alone or after a nationality.
    [
      'Maoists attacked a police post in Dantewada.',
      ['Maoists/MISC', 'Dantewada/LOC'],
      ['Dantewada/LOC'],
    ],
    ['Tunisian Islamists won seats.', ['Tunisian Islamists/MISC'], []],
    ['An Islamist was elected mayor of Sfax.', ['Islamist/MISC', 'Sfax/LOC'], ['Sfax/LOC']],
    // Counter-examples: the word as a surname or inside a name, and ethnic names (misc).
    [
      'Jack Black starred. Black said he loved it.',
      ['Jack Black/PER', 'Black/PER'],
      ['Jack Black/PER', 'Black/PER'],
    ],
    ['Ships crossed the Black Sea.', ['Black Sea/LOC'], ['Black Sea/LOC']],
    ['Latino voters in Texas', ['Latino/MISC', 'Texas/LOC'], ['Latino/MISC', 'Texas/LOC']],
    // Counter-examples: a party named for its doctrine, surnames, a follower's noun after a name.
    [
      'The Socialists won in Ostvik.',
      ['Socialists/ORG', 'Ostvik/LOC'],
      ['Socialists/ORG', 'Ostvik/LOC'],
    ],
    ['Judith Whites said no.', ['Judith Whites/PER'], ['Judith Whites/PER']],
    ['Lena Bergquist said no.', ['Lena Bergquist/PER'], ['Lena Bergquist/PER']],
    ['Bergquist said no.', ['Bergquist/PER'], ['Bergquist/PER']],
    ['The Ostvik Baptists met.', ['Ostvik Baptists/ORG'], ['Ostvik Baptists/ORG']],
  ])('%j', (text, given, expected) => {
    expect(runMentionPass('drop-group-words', text, given)).toEqual(expected)
  })

  it.each([
    ['Islamists attacked the Brask Museum in March, and Islamists later claimed it.', 'Islamists'],
    ['The Trotskyites walked out of the Ostvik congress.', 'Trotskyites'],
  ])('drops what the tagger found of a group noun: %s', (text, name) => {
    const { before, after } = aroundMentionPass('drop-group-words', text)
    expect(before.some((mention) => mention.startsWith(`${name}/`))).toBe(true)
    expect(after.some((mention) => mention.startsWith(`${name}/`))).toBe(false)
  })
})
