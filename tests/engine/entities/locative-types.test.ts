import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { aroundClusterPass, find, names } from './helpers'

describe('pass locative-types', () => {
  it.each([
    ['Ravi Menon joined an oil company in Aberdeen in 2019.', ['Ravi Menon/PER', 'Aberdeen/LOC']],
    ['Health workers in Bắc Ninh said the fridges failed.', ['Bắc Ninh/LOC']],
  ])('%s', (text, expected) => {
    expect(aroundClusterPass('locative-types', text).after).toEqual(expected)
  })

  it.each([
    // Counter-examples: an acronym, a body word, "from", a holding noun, a given name.
    'Turkey has been in NATO since 1952.',
    'The bill was signed in Congress.',
    'She joined Ferrovia from Siemens in 2019.',
    'Shares in Microsoft rose 3% on Tuesday.',
    'Voters kept their faith in Nguyen Van Thieu.',
  ])('leaves alone: %s', (text) => {
    const { before, after } = aroundClusterPass('locative-types', text)
    expect(before).not.toEqual([])
    expect(after).toEqual(before)
  })

  it.each([
    ['Residents of villages near Vĩnh Long said the water rose.', 'Vĩnh Long'],
    ['Health workers in Bắc Ninh said the fridges failed.', 'Bắc Ninh'],
    ['In Vĩnh Long the clinics ran out of ice.', 'Vĩnh Long'],
  ])('%s → place %s', (text, name) => {
    expect(names(extractEntities(text), 'place')).toEqual([name])
  })

  it.each([
    ['Voters kept their faith in Nguyen Van Thieu.', 'Nguyen Van Thieu'],
    ['George Washington Carver was born in Missouri.', 'George Washington Carver'],
  ])('%s → person %s', (text, name) => {
    expect(names(extractEntities(text), 'person')).toEqual([name])
  })

  it.each([
    ['Ravi Menon joined an oil company in Aberdeen in 2019.', 'Aberdeen', 'place'],
    ['Turkey has been in NATO since 1952.', 'NATO', 'organization'],
    ['The bill was signed in Congress.', 'Congress', 'organization'],
    ['She joined Ferrovia from Siemens in 2019.', 'Siemens', 'organization'],
    ['Shares in Microsoft rose 3% on Tuesday.', 'Microsoft', 'organization'],
  ])('%s → %s is a %s (a one-word body found "in" somewhere)', (text, name, type) => {
    expect(find(extractEntities(text), name)?.type).toBe(type)
  })
})
