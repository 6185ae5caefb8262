import { describe, expect, it } from 'vitest'
import type { MentionType } from '../../../src/engine/entities/types'
import { mergeNameVariants } from '../../../src/engine/entities/passes/merge-name-variants'
import { extractEntities } from '../../../src/engine/entities/entities'
import { find, handCluster, showClusters } from './helpers'

type Groups = [string, MentionType[]][]

const run = (groups: Groups): string[] =>
  showClusters(
    mergeNameVariants(groups.map(([name, types], k) => handCluster(name, types, k * 100))),
  )

describe('pass merge-name-variants', () => {
  it.each<[string, Groups, string[]]>([
    [
      'a hashtag and the name it tags',
      [
        ['#Tarvolia', ['ORG']],
        ['Tarvolia', ['ORG', 'ORG']],
      ],
      ['Tarvolia/ORG (3)'],
    ],
    [
      'a web domain and the site',
      [
        ['Factwise.com', ['ORG', 'ORG']],
        ['Factwise', ['MISC']],
      ],
      ['Factwise.com/ORG (3)'],
    ],
    [
      'a firm with its corporate suffix',
      [
        ['Brenvik Group', ['ORG']],
        ['Brenvik', ['ORG', 'ORG', 'ORG']],
      ],
      ['Brenvik/ORG (4)'],
    ],
    [
      'a plural of a people',
      [
        ['Skraeling', ['MISC', 'MISC']],
        ['Skraelings', ['MISC']],
      ],
      ['Skraeling/MISC (3)'],
    ],
    [
      'a body named in either order',
      [
        ['Department of Harbour Safety', ['ORG']],
        ['Harbour Safety Department', ['ORG', 'ORG']],
      ],
      ['Harbour Safety Department/ORG (3)'],
    ],
    [
      'a body, its name with an acronym, and the acronym after a place',
      [
        ['California Grid Reliability Operator', ['ORG']],
        ['California GRO', ['ORG', 'ORG']],
        ['GRO', ['ORG', 'ORG', 'ORG']],
      ],
      ['California GRO/ORG (6)'],
    ],
    // Counter-examples.
    [
      'a surname in s is no plural of a person',
      [
        ['Williams', ['PER', 'PER']],
        ['William', ['PER']],
      ],
      ['Williams/PER (2)', 'William/PER (1)'],
    ],
    [
      'a place and the firm named after it',
      [
        ['Kenya', ['LOC', 'LOC']],
        ['Kenya Group', ['ORG']],
      ],
      ['Kenya/LOC (2)', 'Kenya Group/ORG (1)'],
    ],
    [
      'an acronym after a word that is no place',
      [
        ['Halvard PMA', ['ORG']],
        ['PMA', ['ORG', 'ORG']],
      ],
      ['Halvard PMA/ORG (1)', 'PMA/ORG (2)'],
    ],
    [
      'a short word in s',
      [
        ['Mars', ['LOC']],
        ['Mar', ['MISC']],
      ],
      ['Mars/LOC (1)', 'Mar/MISC (1)'],
    ],
  ])('%s', (_, groups, expected) => {
    expect(run(groups)).toEqual(expected)
  })

  it('shows the name, not its hashtag', () => {
    const entities = extractEntities(
      'Dana Oduya won the vote. Fans wrote “#Oduya wins!” online, and Oduya thanked them.',
    )
    expect(entities.some((entity) => entity.name.startsWith('#'))).toBe(false)
    expect(find(entities, 'Dana Oduya')).toBeDefined()
  })
})
