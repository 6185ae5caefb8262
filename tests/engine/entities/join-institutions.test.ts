import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { names, runMentionPass } from './helpers'

describe('pass join-institutions', () => {
  it.each([
    [
      'Staff of the Caribbean Centre for Marine Research and Training met.',
      ['Caribbean Centre/LOC', 'Marine Research/PER', 'Training/ORG'],
      ['Caribbean Centre for Marine Research and Training/ORG'],
    ],
    [
      'The Expanded Programme on Immunisation began.',
      ['Expanded Programme/ORG', 'Immunisation/MISC'],
      ['Expanded Programme on Immunisation/ORG'],
    ],
    [
      'The Africa Centres for Disease Control and Prevention said so.',
      ['Africa Centres/ORG', 'Disease Control/ORG'],
      ['Africa Centres for Disease Control and Prevention/ORG'],
    ],
    // Counter-examples: no institution word before the link; a name, not a field, after "and".
    ['Ana Lopes of Harbour Power met.', ['Ana Lopes/PER', 'Harbour Power/ORG'], null],
    [
      'The Centre for Marine Research and Reading University met.',
      ['Centre/ORG', 'Marine Research/ORG', 'Reading University/ORG'],
      ['Centre for Marine Research/ORG', 'Reading University/ORG'],
    ],
    [
      'The Andean Centre for Water and Lima Council met.',
      ['Andean Centre/ORG', 'Water/ORG', 'Lima Council/ORG'],
      ['Andean Centre for Water/ORG', 'Lima Council/ORG'],
    ],
  ])('%s', (text, given, expected) => {
    expect(runMentionPass('join-institutions', text, given)).toEqual(expected ?? given)
  })

  it.each([
    [
      'Officials from the Caribbean Centre for Marine Research and Training said stocks fell.',
      'Caribbean Centre for Marine Research and Training',
    ],
    [
      'The Pan-African Programme on Malaria Control and Surveillance began work in Accra.',
      'Pan-African Programme on Malaria Control and Surveillance',
    ],
  ])('%s → one organization', (text, name) => {
    const entities = extractEntities(text)
    expect(names(entities, 'organization')).toEqual([name])
    expect(names(entities, 'person')).toEqual([])
  })
})
