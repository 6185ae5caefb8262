import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { find } from './helpers'

describe('stage add-quantities', () => {
  it.each([
    [
      'Sales rose 12.5% to $3.4 billion on March 5, 2024.',
      ['percent:12.5%', 'money:$3.4 billion', 'date:March 5, 2024'],
    ],
    // A name inside an amount gives way to the amount.
    ['The fund paid US$12 million on Tuesday.', ['money:US$12 million', 'date:Tuesday']],
    [
      'Water costs KSh 200 a can, up from 150 shillings in June 2023.',
      ['money:KSh 200', 'money:150 shillings', 'date:June 2023'],
    ],
    [
      'Prices fell 3 per cent, or 4 percent in real terms.',
      ['percent:3 per cent', 'percent:4 percent'],
    ],
    // Counter-example: an amount on a boilerplate line.
    ['Advertisement: save 20% today\nPrices fell 3%.', ['percent:3%']],
  ])('%s', (text, expected) => {
    const found = extractEntities(text, { types: ['date', 'money', 'percent'] })
      .sort((a, b) => a.firstMention - b.firstMention)
      .map((entity) => `${entity.type}:${entity.name}`)
    expect(found).toEqual(expected)
  })

  it('merges repeated amounts', () => {
    const text = 'The deal is worth $5 billion. Critics said $5 billion was too much.'
    expect(find(extractEntities(text, { types: ['money'] }), '$5 billion')?.count).toBe(2)
  })

  it('lists them only when asked for', () => {
    const text = 'Sales at Nordvik Shipping rose 12% on Tuesday.'
    expect(extractEntities(text).map((entity) => entity.type)).toEqual(['organization'])
  })
})
