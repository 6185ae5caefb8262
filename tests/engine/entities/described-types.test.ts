import { describe, expect, it } from 'vitest'
import { aroundClusterPass } from './helpers'

describe('pass described-types', () => {
  it.each([
    // An apposition outweighs the locative rule.
    [
      'Sales rose at Polarex, a refrigeration company. Traders in Polarex said so.',
      ['Polarex/ORG'],
    ],
  ])('%s', (text, expected) => {
    expect(aroundClusterPass('described-types', text).after).toEqual(expected)
  })

  it.each([
    // Counter-examples: no apposition, or one whose head says nothing.
    'Traders in Polarex said so. Buses to Polarex were full.',
    'Sales rose at Polarex, a keen rival. Traders in Polarex said so.',
  ])('leaves alone: %s', (text) => {
    const { before, after } = aroundClusterPass('described-types', text)
    expect(before).not.toEqual([])
    expect(after).toEqual(before)
  })
})
