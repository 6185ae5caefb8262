import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { aroundClusterPass, find } from './helpers'

describe('pass join-defined-acronyms', () => {
  it.each([
    [
      'The lab improved Cold Plasma Surface Etching (CPSE) methods. CPSE cuts costs.',
      'Cold Plasma Surface Etching',
      'CPSE',
    ],
    [
      'Ana Ruiz said the Baltic Ferries Board (BFB) would sail. BFB shares rose.',
      'Baltic Ferries Board',
      'BFB',
    ],
  ])('one entity for a name and the acronym it defines: %s', (text, name, acronym) => {
    const entities = extractEntities(text)
    expect(find(entities, name)?.aliases).toContain(acronym)
    expect(find(entities, acronym)).toBeUndefined()
  })

  it.each([
    // Not the initials: a person and her party.
    'Ana Ruiz (PSOE) said the vote was lost. PSOE leaders met.',
    // Not right before the bracket.
    'The Baltic Ferries Board met on Monday (BFB said so). BFB shares rose.',
  ])('keeps apart names the text does not define as one: %s', (text) => {
    const { before, after } = aroundClusterPass('join-defined-acronyms', text)
    expect(after).toEqual(before)
  })
})
