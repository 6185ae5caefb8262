import { describe, expect, it } from 'vitest'
import { aroundClusterPass } from './helpers'

describe('pass drop-group-nouns', () => {
  it.each([
    // A doctrine's or a leader's followers, however the tagger read them.
    ['Islamists attacked the Brask Museum in March, and Islamists later claimed it.', 'Islamists'],
    ['The Trotskyites walked out of the Ostvik congress.', 'Trotskyites'],
    ['Tunisian Islamists won seats. An Islamist was elected mayor of Sfax.', 'Tunisian Islamists'],
    ['Maoists attacked a police post in Dantewada, and the Maoists later fled.', 'Maoists'],
  ])('drops a group noun: %s', (text, name) => {
    const { before, after } = aroundClusterPass('drop-group-nouns', text)
    expect(before.some((cluster) => cluster.startsWith(`${name}/`))).toBe(true)
    expect(after.some((cluster) => cluster.startsWith(`${name}/`))).toBe(false)
  })

  // Counter-examples: a party's name, a surname that ends like a group noun.
  it.each([
    ['The Socialists won the Ostvik election, the Socialists said.', 'Socialists/ORG'],
    ['Judith Whites, 45, said the plan would fail.', 'Judith Whites/PER'],
    [
      'Lena Bergquist, 45, said the plan would fail. Bergquist left.',
      'Lena Bergquist|Bergquist/PER',
    ],
  ])('keeps a name: %s', (text, cluster) => {
    const { before, after } = aroundClusterPass('drop-group-nouns', text)
    expect(before).toContain(cluster)
    expect(after).toContain(cluster)
  })
})
