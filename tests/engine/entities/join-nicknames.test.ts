import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { find, runMentionPass } from './helpers'

describe('pass join-nicknames', () => {
  it.each([
    [
      'Earvin "Magic" Johnson scored.',
      ['Earvin/PER', 'Magic/MISC', 'Johnson/PER'],
      ['Earvin "Magic" Johnson/PER'],
    ],
    [
      'Earvin “Magic” Johnson scored.',
      ['Earvin/PER', 'Magic/PER', 'Johnson/PER'],
      ['Earvin “Magic” Johnson/PER'],
    ],
    // Counter-examples: a quotation after a name, no person, a line break.
    ['Tom Ash said “Never” Monday.', ['Tom Ash/PER'], null],
    ['Shares of Harbour "Blue" Fund rose.', ['Harbour/ORG', 'Blue/MISC', 'Fund/ORG'], null],
    ['Earvin "Magic"\nJohnson scored.', ['Earvin/PER', 'Magic/MISC', 'Johnson/PER'], null],
  ])('%j', (text, given, expected) => {
    expect(runMentionPass('join-nicknames', text, given)).toEqual(expected ?? given)
  })

  it('keeps the surname as the alias of the whole name', () => {
    const entities = extractEntities('Earvin "Magic" Johnson scored 20. Johnson smiled.')
    expect(find(entities, 'Earvin "Magic" Johnson')?.aliases).toEqual(['Johnson'])
    expect(entities).toHaveLength(1)
  })
})
