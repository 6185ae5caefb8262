import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { readName } from '../../../src/engine/entities/read-name'
import { find, names } from './helpers'

describe('what a name says of itself (read-name)', () => {
  it.each([
    // A form of address makes a person, a body word a body, a landscape word a place.
    ['Dr. Ilse Marquardt', 'ORG', 'PER'],
    ['Brannock Tidal', 'PER', 'ORG'],
    ['Meridian Logistics', 'PER', 'ORG'],
    ['Universidad de Chile', 'PER', 'ORG'],
    ['Goldman Sachs', 'PER', 'ORG'],
    ['Harbour Lane', 'ORG', 'LOC'],
    ['River Ouse', 'ORG', 'LOC'],
    ['Mekong Delta', 'ORG', 'LOC'],
    ['Swahili', 'LOC', 'MISC'],
    ['Japan', 'ORG', 'LOC'],
    // Counter-examples: the word opens a body's name, or a person keeps a place ending.
    ['Ocean Data Alliance', 'PER', 'ORG'],
    ['River Ocean Alliance', 'ORG', 'ORG'],
    ['Delta Air Lines', 'ORG', 'ORG'],
    ['Coast Guard', 'ORG', 'ORG'],
    ['Anna Delta', 'PER', 'PER'],
    ['Ilse Marquardt', 'PER', 'PER'],
  ] as const)('%s tagged %s → %s', (name, tagged, type) => {
    expect(readName(name, tagged)).toEqual({ skip: false, type, several: name.includes(' ') })
  })

  it.each(['Dame', 'President', 'Road', 'Foreign Minister'])('%s alone names nothing', (name) => {
    expect(readName(name, 'PER').skip).toBe(true)
  })

  it.each([
    ['The panel heard from Dr. Ilse Marquardt, who chaired the review.', 'Ilse Marquardt', 'Dr.'],
    ['Sir Edmund Halloway opened the new wing of the hospital.', 'Edmund Halloway', 'Sir'],
  ])('%s → person %s', (text, name, role) => {
    const person = find(extractEntities(text), name)
    expect(person?.type).toBe('person')
    expect(person?.role).toBe(role)
  })

  it.each([
    ['She studies at the Universidad de Chile.', 'Universidad de Chile'],
    [
      'The Los Angeles Unified School District closed schools.',
      'Los Angeles Unified School District',
    ],
    ['Delta Air Lines cut flights to Lagos.', 'Delta Air Lines'],
    ['The Ocean Data Alliance said the buoys failed.', 'Ocean Data Alliance'],
  ])('%s → organization %s (by the word it opens or ends with)', (text, name) => {
    expect(names(extractEntities(text), 'organization')).toEqual([name])
  })

  it.each([
    ['Farmers in the Mekong Delta planted late.', 'Mekong Delta'],
    ['Clinics in the Upper East Region got fridges.', 'Upper East Region'],
  ])('%s → place %s (by its last word)', (text, name) => {
    expect(names(extractEntities(text), 'place')).toEqual([name])
  })

  it.each([
    [
      'Brannock Tidal won the contract. Brannock Tidal will build six turbines.',
      'Brannock Tidal',
      [],
    ],
    [
      'Veltro Signal Corp. agreed to buy a rival. Veltro will pay in cash.',
      'Veltro Signal Corp.',
      ['Veltro'],
    ],
  ])('%s → organization %s', (text, name, aliases) => {
    const entities = extractEntities(text)
    const body = find(entities, name)
    expect(body?.type).toBe('organization')
    expect(body?.aliases).toEqual(aliases)
    const people = names(entities, 'person')
    for (const form of [name, ...aliases]) expect(people).not.toContain(form)
  })

  it('keeps a title alone out of the list', () => {
    const entities = extractEntities('Dame Helen Ashby opened the inquiry.')
    expect(entities.map((entity) => entity.name)).toEqual(['Helen Ashby'])
    expect(entities[0]?.role).toBe('Dame')
  })
})
