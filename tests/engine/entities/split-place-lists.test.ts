import { describe, expect, it } from 'vitest'
import { aroundMentionPass } from './helpers'

describe('pass split-place-lists', () => {
  it.each([
    [
      'Travellers from Turkey, Poland and the islands of Bonaire, St Eustatius and Saba must now isolate.',
      ['Bonaire/LOC', 'St Eustatius/LOC', 'Saba/LOC'],
    ],
  ])('%s → %j', (text, expected) => {
    const { before, after } = aroundMentionPass('split-place-lists', text)
    expect(before).toContain('St Eustatius and Saba/ORG')
    for (const mention of expected) expect(after).toContain(mention)
  })

  // Counter-examples: a firm after a firm, a name with "and" that no list of places leads to.
  it.each([
    ['Shoppers left Tesco, Marks and Spencer and the high street.'],
    ['She lives in Trinidad and Tobago.'],
    ['The Bank of Brask and Ostvik lent more.'],
  ])('leaves alone: %s', (text) => {
    const { before, after } = aroundMentionPass('split-place-lists', text)
    expect(after).toEqual(before)
  })
})
