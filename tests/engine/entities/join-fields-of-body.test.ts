import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { find, names, runMentionPass } from './helpers'

describe('pass join-fields-of-body', () => {
  it.each([
    [
      'Staff of the Turkish Medicines and Medical Devices Agency spoke.',
      ['Turkish Medicines/MISC', 'Medical Devices Agency/ORG'],
      ['Turkish Medicines and Medical Devices Agency/ORG'],
    ],
    [
      'The Nairobi City Water and Sewerage Company said so.',
      ['Nairobi City Water/LOC', 'Sewerage Company/ORG'],
      ['Nairobi City Water and Sewerage Company/ORG'],
    ],
    // Counter-examples: the first half is a body, a landmark, a country or a person in its own
    // right; the second opens with a given name or is no formal body.
    [
      'Siemens Mobility and Alstom Holdings AG bid.',
      ['Siemens Mobility/ORG', 'Alstom Holdings AG/ORG'],
      null,
    ],
    [
      'The Scotland Yard and National Crime Agency teams.',
      ['Scotland Yard/LOC', 'National Crime Agency/ORG'],
      null,
    ],
    ['South Korea and Trade Union Council.', ['South Korea/LOC', 'Trade Union Council/ORG'], null],
    ['Ana Lopes and Harbour Council met.', ['Ana Lopes/PER', 'Harbour Council/ORG'], null],
    ['Nordic Water and John Lewis Company.', ['Nordic Water/ORG', 'John Lewis Company/ORG'], null],
    ['Nordic Water and Kestrel Holdings met.', ['Nordic Water/ORG', 'Kestrel Holdings/ORG'], null],
  ])('%s', (text, given, expected) => {
    expect(runMentionPass('join-fields-of-body', text, given)).toEqual(expected ?? given)
  })

  it.each([
    [
      'The Nairobi City Water and Sewerage Company said estates would get water twice a week.',
      'Nairobi City Water and Sewerage Company',
    ],
    [
      'Elif Şahin of the Turkish Medicines and Medical Devices Agency (TİTCK) spoke first.',
      'Turkish Medicines and Medical Devices Agency',
    ],
  ])('joins the fields a body is named for across "and": %s', (text, name) => {
    const entities = extractEntities(text)
    expect(find(entities, name)?.type).toBe('organization')
    expect(entities.filter((entity) => name.includes(entity.name) && entity.name !== name)).toEqual(
      [],
    )
  })

  it.each([
    [
      'Siemens Mobility and Alstom Holdings AG both bid.',
      ['Siemens Mobility', 'Alstom Holdings AG'],
    ],
    ['The Scotland Yard and National Crime Agency teams raided homes.', ['National Crime Agency']],
    [
      'The Andean Centre for Water and Lima Council met.',
      ['Andean Centre for Water', 'Lima Council'],
    ],
    [
      'Officials from the Centre for Marine Research and Reading University met.',
      ['Centre for Marine Research', 'Reading University'],
    ],
  ])('keeps other names apart: %s', (text, expected) => {
    expect(names(extractEntities(text), 'organization')).toEqual(expected)
  })
})
