import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { aroundClusterPass, find } from './helpers'

describe('pass join-appositives', () => {
  it.each([
    ['Bexora, the Ocean Data Alliance, said the buoys failed.', ['Bexora|Ocean Data Alliance/ORG']],
    [
      'The WHO, Gavi, the Vaccine Alliance, and UNICEF will share the data.',
      ['WHO/ORG', 'Gavi|Vaccine Alliance/ORG', 'UNICEF/ORG'],
    ],
  ])('%s', (text, expected) => {
    expect(aroundClusterPass('join-appositives', text).after).toEqual(expected)
  })

  it.each([
    // Counter-examples: a list of names, a lower-case noun after the name, no body word.
    'Donors were Kestrel, the Ocean Data Alliance, the Harbour Relief Fund, and others.',
    'Smith, the Foreign Office minister, said talks would resume.',
    'Bexora, the Ocean Data, said the buoys failed.',
  ])('leaves alone: %s', (text) => {
    const { before, after } = aroundClusterPass('join-appositives', text)
    expect(before).not.toEqual([])
    expect(after).toEqual(before)
  })

  it('makes one entity of a name and its apposition, of the described type', () => {
    const entities = extractEntities(
      'The WHO, Gavi, the Vaccine Alliance, and UNICEF will share the data. Gavi said the first loggers would ship in May.',
    )
    const alliance = find(entities, 'Vaccine Alliance')
    expect(alliance?.type).toBe('organization')
    expect(alliance?.aliases).toEqual(['Gavi'])
    expect(alliance?.count).toBe(3)
    expect(find(entities, 'Gavi')).toBeUndefined()
  })
})
