import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { find, namesIn, runMentionPass } from './helpers'

describe('pass split-trailing-countries', () => {
  it.each([
    // The first word is written alone elsewhere: the country is cut off.
    [
      'Yeltsin backs Lebed Chechnya plan. Lebed said so.',
      ['Lebed Chechnya/PER', 'Lebed/PER'],
      ['Lebed/PER', 'Chechnya/LOC', 'Lebed/PER'],
    ],
    // Counter-examples: a given name opens it, or the first word is never written alone.
    ['Michael Jordan scored. Michael said so.', ['Michael Jordan/PER', 'Michael/PER'], null],
    ['Steve Israel and Steve Bannon spoke.', ['Steve Israel/PER', 'Steve Bannon/PER'], null],
    ['Yeltsin backs Lebed Chechnya plan.', ['Lebed Chechnya/PER'], null],
    // A pair the text writes twice is one name.
    [
      'Stakes in Vanto Japan rose. Vanto said the Vanto Japan shares would stay.',
      ['Vanto Japan/PER', 'Vanto/PER', 'Vanto Japan/PER'],
      null,
    ],
    // Only people: a body ending in a country is left whole.
    ['Bank Kenya cut rates. Bank said so.', ['Bank Kenya/ORG', 'Bank/ORG'], null],
  ])('%s', (text, given, expected) => {
    expect(runMentionPass('split-trailing-countries', text, given)).toEqual(expected ?? given)
  })

  it('cuts a country off the end of a "person" with no given name', () => {
    const entities = extractEntities(
      'Yeltsin endorses Lebed Chechnya peace plan.\nLebed said the rebels in Chechnya would talk.',
    )
    expect(find(entities, 'Chechnya')?.type).toBe('place')
    expect(find(entities, 'Chechnya')?.count).toBe(2)
    expect(find(entities, 'Lebed')?.type).toBe('person')
    expect(namesIn('Michael Jordan scored 30 points.', 'person')).toEqual(['Michael Jordan'])
    expect(namesIn('Steve Israel, a former congressman, spoke.', 'person')).toEqual([
      'Steve Israel',
    ])
    const two = extractEntities('Steve Israel and Steve Bannon spoke on Sunday.')
    expect(two.filter((entity) => entity.type === 'person').map((e) => e.name)).toEqual([
      'Steve Israel',
      'Steve Bannon',
    ])
    expect(two.filter((entity) => entity.type === 'place')).toEqual([])
  })
})
