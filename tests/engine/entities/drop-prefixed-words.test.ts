import { describe, expect, it } from 'vitest'
import { aroundMentionPass } from './helpers'

describe('pass drop-prefixed-words', () => {
  it.each([
    ['The writer has shown anti-Vorlan sentiment before.', 'anti-Vorlan'],
    ['Thousands joined pro-Ostvik rallies in the capital.', 'pro-Ostvik'],
    ['Growth slowed in the post-Soviet years.', 'post-Soviet'],
  ])('%s: drops %s', (text, word) => {
    const { before, after } = aroundMentionPass('drop-prefixed-words', text)
    expect(before.some((mention) => mention.startsWith(`${word}/`))).toBe(true)
    expect(after.some((mention) => mention.startsWith(`${word}/`))).toBe(false)
  })

  // Counter-examples: a hyphenated name with a capital prefix, a name of several words, a
  // prefix that is no word of the list.
  it.each([
    ['Anne-Marie Ostvik spoke to reporters.'],
    ['Vorlan flew to Guinea-Bissau on Monday.'],
    ['The Trans-Brask Highway reopened.'],
  ])('leaves alone: %s', (text) => {
    const { before, after } = aroundMentionPass('drop-prefixed-words', text)
    expect(after).toEqual(before)
  })
})
