import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { find, runMentionPass } from './helpers'

describe('pass split-possessives', () => {
  it.each([
    [
      'The ILO said so. The ILO’s Governing Body met.',
      ['ILO/ORG', 'ILO’s Governing Body/ORG'],
      ['ILO/ORG', 'ILO/ORG', 'Governing Body/ORG'],
    ],
    [
      "WHO said so. WHO's World Health Assembly met.",
      ['WHO/ORG', "WHO's World Health Assembly/ORG"],
      ['WHO/ORG', 'WHO/ORG', 'World Health Assembly/ORG'],
    ],
    // Counter-examples: the owner is named nowhere alone, the name ends in a legal form, or the
    // possessive ends the mention.
    ['A United Nations Children’s Fund grant.', ['United Nations Children’s Fund/ORG'], null],
    [
      "Boatmen said so. Boatmen's Bancshares Inc. grew.",
      ['Boatmen/ORG', "Boatmen's Bancshares Inc./ORG"],
      null,
    ],
  ])('%s', (text, given, expected) => {
    expect(runMentionPass('split-possessives', text, given)).toEqual(expected ?? given)
  })

  it('cuts off an owner named on its own elsewhere', () => {
    const entities = extractEntities(
      'The ILO said wages fell. The ILO’s Governing Body meets in June.',
    )
    expect(find(entities, 'ILO')?.count).toBe(2)
    expect(find(entities, 'Governing Body')?.mentions.map((mention) => mention.text)).toEqual([
      'Governing Body',
    ])
  })

  it('keeps a possessive that is part of a name', () => {
    const entities = extractEntities(
      'A grant from the United Nations Children’s Fund paid for the fridges.',
    )
    expect(entities.map((entity) => entity.name)).toEqual(['United Nations Children’s Fund'])
  })

  it.each([
    ['South Korea’s exports rose for a third month.', 'South Korea'],
    ["Japan's exports rose for a third month.", 'Japan'],
    ['Berlin’s mayor opened the new bridge on Monday.', 'Berlin'],
  ])('a possessive after a name is not part of it: %s → %s', (text, name) => {
    const entity = find(extractEntities(text), name)
    expect(entity?.type).toBe('place')
    expect(entity?.mentions[0]?.text).toBe(name)
  })
})
