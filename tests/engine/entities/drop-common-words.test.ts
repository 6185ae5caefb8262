import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { aroundClusterPass, find } from './helpers'

describe('pass drop-common-words', () => {
  it.each([
    [
      'Dr. Ana Lopes, the Minister of State for Health, opened it. She said health posts need fridges.',
      ['Ana Lopes/PER'],
    ],
    // Counter-examples: no lower-case use, an acronym, a party, three mentions or more.
    [
      'Dr. Ana Lopes, the Minister of State for Health, opened it.',
      ['Ana Lopes/PER', 'Health/LOC'],
    ],
    ['The WHO said people who travel should be vaccinated.', ['WHO/ORG']],
    ['The Labour leader blamed labour shortages, Labour said.', ['Labour/ORG']],
  ])('%s', (text, expected) => {
    expect(aroundClusterPass('drop-common-words', text).after).toEqual(expected)
  })

  it('drops a one-word name the text also writes in lower case, and only then', () => {
    const opening = 'Dr. Ana Lopes, the Minister of State for Health, opened the clinic.'
    const common = extractEntities(`${opening} She said health posts need fridges.`)
    expect(common.map((entity) => entity.name)).toEqual(['Ana Lopes'])
    const kept = extractEntities(`${opening} She said fridges were needed.`)
    expect(kept.map((entity) => entity.name)).toEqual(['Ana Lopes', 'Health'])
  })

  it.each([
    ['The WHO said people who travel should be vaccinated.', 'WHO'],
    ['The Labour leader blamed the government for labour shortages, Labour said.', 'Labour'],
  ])('keeps an acronym or a party beside its lower-case word: %s', (text, name) => {
    expect(find(extractEntities(text), name)?.type).toBe('organization')
  })
})
