import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { aroundClusterPass, find, names } from './helpers'

describe('pass list-types', () => {
  it.each([
    [
      'Estates including Ruaraka, Mwiki and Lang’ata will get water twice a week.',
      ['Ruaraka/LOC', 'Mwiki/LOC', 'Lang’ata/LOC'],
    ],
    ['In Bến Tre and Trà Vinh the clinics ran out of ice.', ['Bến Tre/LOC', 'Trà Vinh/LOC']],
    // A one-word "person" listed with bodies only is a body.
    [
      'Reports praise Gazette News, Kestrix, and Dravel for speed.',
      ['Gazette News/ORG', 'Kestrix/ORG', 'Dravel/ORG'],
    ],
  ])('%s', (text, expected) => {
    expect(aroundClusterPass('list-types', text).after).toEqual(expected)
  })

  it.each([
    // Counter-examples: people in the list, no conjunction, a body of one word, a new clause.
    'Envoys from Kenya and Uganda met Wanjiku Mwangi and Otieno.',
    'Smith, Canada said.',
    'Shares fell in Tokyo and Toyota cut its forecast.',
    'The talks were held in Geneva and John Kerry said they would go on.',
    // Items of two kinds (a product, a body): the "person" is left as the tagger read it.
    'The report ranks Windows, Kestrix and Dravel at the top.',
    // A body of one word is no sure kind: the "person" beside it is left alone.
    'The report ranks JavaScript, Kestrix, and Dravel at the top.',
  ])('leaves alone: %s', (text) => {
    const { before, after } = aroundClusterPass('list-types', text)
    expect(before).not.toEqual([])
    expect(after).toEqual(before)
  })

  it('reads names listed with places as places', () => {
    const entities = extractEntities(
      'Estates including Ruaraka, Mwiki and Lang’ata will get water twice a week.',
    )
    expect(names(entities, 'place')).toEqual(['Ruaraka', 'Mwiki', 'Lang’ata'])
    expect(names(entities, 'person')).toEqual([])
  })

  it('reads "in A and B" as two places when A is one', () => {
    const entities = extractEntities('In Bến Tre and Trà Vinh the clinics ran out of ice.')
    expect(names(entities, 'place')).toEqual(['Bến Tre', 'Trà Vinh'])
    const clause = extractEntities(
      'The talks were held in Geneva and John Kerry said they would go on.',
    )
    expect(names(clause, 'person')).toEqual(['John Kerry'])
    const company = extractEntities('Shares fell in Tokyo and Toyota cut its forecast.')
    expect(find(company, 'Toyota')?.type).toBe('organization')
  })

  it('keeps people listed together people', () => {
    const entities = extractEntities('Envoys from Kenya and Uganda met Wanjiku Mwangi and Otieno.')
    expect(names(entities, 'person')).toEqual(expect.arrayContaining(['Wanjiku Mwangi']))
    expect(names(entities, 'place')).toEqual(['Kenya', 'Uganda'])
  })
})
