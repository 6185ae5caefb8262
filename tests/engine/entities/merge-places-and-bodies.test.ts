import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { find, aroundClusterPass } from './helpers'

describe('pass merge-places-and-bodies', () => {
  it.each([
    [
      'Orkney Islands Council met. Orkney has strong tides. The Orkney islands lie north.',
      ['Orkney Islands Council/ORG', 'Orkney/LOC'],
    ],
    [
      'Shetland Islands Council approved the plan. Shetland has a long history of fishing. The Shetland islands lie north of the mainland.',
      ['Shetland Islands Council/ORG', 'Shetland/LOC'],
    ],
  ])('%s', (text, expected) => {
    expect(aroundClusterPass('merge-places-and-bodies', text).after).toEqual(expected)
  })

  it.each([
    // Counter-examples: a body never written as a place; a team beside its city.
    'Shares of Halvard rose. Analysts said Halvard will pay cash.',
    'Japan beat Brazil 2-1 on Sunday in Osaka.',
  ])('leaves alone: %s', (text) => {
    const { before, after } = aroundClusterPass('merge-places-and-bodies', text)
    expect(before).not.toEqual([])
    expect(after).toEqual(before)
  })

  it.each([
    ['Traders in Mukuru said prices had doubled. Buses to Mukuru were full by noon.', 'Mukuru', []],
    [
      'Leaders of East Riding Council met. Heavy rain fell across East Riding overnight.',
      'East Riding',
      [],
    ],
    [
      'Shetland Islands Council approved the plan. Shetland has a long history of fishing. The Shetland islands lie north of the mainland.',
      'Shetland',
      [],
    ],
  ])('%s → place %s', (text, name, aliases) => {
    const entities = extractEntities(text)
    const place = find(entities, name)
    expect(place?.type).toBe('place')
    expect(place?.aliases).toEqual(aliases)
    expect(entities.filter((entity) => entity.name === name)).toHaveLength(1)
  })
})
