import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { mergeShortForms } from '../../../src/engine/entities/passes/merge-short-forms'
import type { MentionType } from '../../../src/engine/entities/types'
import { find, handCluster, showClusters } from './helpers'

describe('pass merge-short-forms', () => {
  it.each([
    // A body's head word alone is the one body "X of …" of the text.
    [
      [
        ['House of Representatives', 'ORG'],
        ['House', 'ORG'],
      ],
      ['House of Representatives/ORG (2)'],
    ],
    [
      [
        ['Court', 'ORG'],
        ['Court of Appeal', 'ORG'],
      ],
      ['Court of Appeal/ORG (2)'],
    ],
    // Real short forms of a place, beside its full name.
    [
      [
        ['New York City', 'LOC'],
        ['New York', 'LOC'],
        ['NY', 'LOC'],
        ['NYC', 'ORG'],
      ],
      ['New York City/LOC (4)'],
    ],
    // A party's real nickname, beside its name, its members or its adjective.
    [
      [
        ['Republican Party', 'ORG'],
        ['GOP', 'ORG'],
      ],
      ['Republican Party/ORG (2)'],
    ],
    [
      [
        ['Republicans', 'MISC'],
        ['GOP', 'ORG'],
      ],
      ['Republicans/ORG (2)'],
    ],
    [
      [
        ['Tories', 'ORG'],
        ['Conservative', 'ORG'],
      ],
      ['Conservative/ORG (2)'],
    ],
    // Counter-examples: no party beside it; a person who bears the word.
    [[['GOP', 'ORG']], ['GOP/ORG (1)']],
    [
      [
        ['Republican Party', 'ORG'],
        ['Tory', 'PER'],
      ],
      ['Republican Party/ORG (1)', 'Tory/PER (1)'],
    ],
    [
      [
        ['Conservatives', 'ORG'],
        ['Tory', 'PER'],
      ],
      ['Conservatives/ORG (1)', 'Tory/PER (1)'],
    ],
    // A product's model code alone is the product, a thing.
    [
      [
        ['iPhone XS', 'MISC'],
        ['XS', 'ORG'],
      ],
      ['iPhone XS/MISC (2)'],
    ],
    [
      [
        ['Galaxy S10', 'MISC'],
        ['S10', 'MISC'],
      ],
      ['Galaxy S10/MISC (2)'],
    ],
    // Counter-examples: two products end with the code; a place's code; a word, not a code.
    [
      [
        ['iPhone XS', 'MISC'],
        ['Pixel XS', 'MISC'],
        ['XS', 'ORG'],
      ],
      ['iPhone XS/MISC (1)', 'Pixel XS/MISC (1)', 'XS/ORG (1)'],
    ],
    [
      [
        ['Vodafone UK', 'MISC'],
        ['UK', 'ORG'],
      ],
      ['Vodafone UK/MISC (1)', 'UK/ORG (1)'],
    ],
    [
      [
        ['Super Mario', 'MISC'],
        ['Mario', 'MISC'],
      ],
      ['Super Mario/MISC (1)', 'Mario/MISC (1)'],
    ],
    // Counter-examples: two bodies open with the word; no full name; a person; another place.
    [
      [
        ['House of Commons', 'ORG'],
        ['House of Lords', 'ORG'],
        ['House', 'ORG'],
      ],
      ['House of Commons/ORG (1)', 'House of Lords/ORG (1)', 'House/ORG (1)'],
    ],
    [
      [
        ['New York', 'LOC'],
        ['NYC', 'LOC'],
      ],
      ['New York/LOC (1)', 'NYC/LOC (1)'],
    ],
    [
      [
        ['New York City', 'LOC'],
        ['Ny', 'PER'],
      ],
      ['New York City/LOC (1)', 'Ny/PER (1)'],
    ],
    [
      [
        ['Kansas City', 'LOC'],
        ['Kansas', 'LOC'],
      ],
      ['Kansas City/LOC (1)', 'Kansas/LOC (1)'],
    ],
  ] as [[string, MentionType][], string[]][])('%j', (given, expected) => {
    const clusters = given.map(([name, type], k) => handCluster(name, [type], k * 100))
    expect(showClusters(mergeShortForms(clusters))).toEqual(expected)
  })

  it('lists the GOP as the Republican Party when the text names both', () => {
    const entities = extractEntities(
      'The Republican Party held its convention in Tampa. GOP delegates cheered, and the Republican Party nominated Dana Vorn.',
    )
    expect(find(entities, 'Republican Party')?.aliases).toContain('GOP')
    expect(find(entities, 'GOP')).toBeUndefined()
  })

  it('lists the House once beside the House of Representatives', () => {
    const entities = extractEntities(
      'The House of Representatives passed the bill on Friday. The House had debated it for a week.',
    )
    expect(find(entities, 'House of Representatives')?.aliases).toEqual(['House'])
    expect(find(entities, 'House')).toBeUndefined()
  })
})
