import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { mergeWordForms } from '../../../src/engine/entities/passes/merge-word-forms'
import { find, handCluster, showClusters } from './helpers'

describe('pass merge-word-forms', () => {
  it.each([
    // A group's noun, its plural and its adjective in -ic are one entity, named by the noun.
    [['Democrats', 'Democratic'], ['Democrats/MISC (2)']],
    [['Democrat', 'Democratic', 'Democrats'], ['Democrat/MISC (3)']],
    [['Baptists', 'Baptist'], ['Baptists/MISC (2)']],
    [['Socialists', 'Socialist Party'], ['Socialists/MISC (2)']],
    [['Republican', 'Republicans'], ['Republican/MISC (2)']],
    // Counter-examples: other nouns; a short word whose -s is no plural ("Times", "Time");
    // a nationality (fold-demonyms reads those).
    [
      ['Democrats', 'Dominic'],
      ['Democrats/MISC (1)', 'Dominic/MISC (1)'],
    ],
    [
      ['Times', 'Time'],
      ['Times/MISC (1)', 'Time/MISC (1)'],
    ],
    [
      ['Arabs', 'Arabic'],
      ['Arabs/MISC (1)', 'Arabic/MISC (1)'],
    ],
  ])('%j', (names, expected) => {
    const clusters = names.map((name, k) => handCluster(name, ['MISC'], k * 100))
    expect(showClusters(mergeWordForms(clusters))).toEqual(expected)
  })

  it('keeps forms of different types apart, and people', () => {
    const party = handCluster('Greens', ['ORG'])
    const voters = handCluster('Green', ['MISC'], 100)
    const people = [handCluster('Rogers', ['PER'], 200), handCluster('Roger', ['PER'], 300)]
    expect(showClusters(mergeWordForms([party, voters, ...people]))).toHaveLength(4)
  })

  it('lists the party once in a text that writes it as a noun and an adjective', () => {
    const entities = extractEntities(
      'Democrats in the House of Representatives voted on Tuesday. The Democratic leader, Nancy Pike, said Democrats would keep fighting. Democratic aides agreed.',
    )
    expect(find(entities, 'Democrats')?.aliases).toEqual(['Democratic'])
    expect(find(entities, 'Democratic')).toBeUndefined()
  })
})
