import { describe, expect, it } from 'vitest'
import type { MentionType } from '../../../src/engine/entities/types'
import { mergeSameNames } from '../../../src/engine/entities/passes/merge-same-names'
import { extractEntities } from '../../../src/engine/entities/entities'
import { handCluster, showClusters } from './helpers'

type Groups = [string, MentionType[]][]

describe('pass merge-same-names', () => {
  it.each<[string, Groups, string[]]>([
    // One name typed two ways by the tagger is one entity; the votes decide its type.
    [
      'a company read once as a person',
      [
        ['Halvard', ['ORG', 'ORG']],
        ['Halvard', ['PER']],
      ],
      ['Halvard/ORG (3)'],
    ],
    [
      'a person read as a body',
      [
        ['Dole', ['PER', 'PER', 'PER']],
        ['Dole', ['ORG', 'ORG']],
      ],
      ['Dole/PER (5)'],
    ],
    [
      'a place read as misc',
      [
        ['Nablus', ['MISC', 'MISC']],
        ['Nablus', ['LOC', 'LOC', 'LOC']],
      ],
      ['Nablus/LOC (5)'],
    ],
    [
      'a company read once as a place',
      [
        ['Kestrel', ['ORG', 'ORG', 'ORG']],
        ['Kestrel', ['LOC']],
      ],
      ['Kestrel/ORG (4)'],
    ],
    // A tie goes to the reading of the first mention, which brings the name in with its context.
    [
      'a firm introduced as one, then named bare',
      [
        ['Techwell', ['ORG']],
        ['Techwell', ['PER']],
      ],
      ['Techwell/ORG (2)'],
    ],
    [
      'a person introduced as one, then read as a body',
      [
        ['Okafor', ['PER']],
        ['Okafor', ['ORG']],
      ],
      ['Okafor/PER (2)'],
    ],
    // Counter-examples: a known place and its team or government; a place and a body read as
    // often as each other; different names.
    [
      'a country and its team',
      [
        ['Japan', ['LOC', 'LOC', 'LOC']],
        ['Japan', ['ORG']],
      ],
      ['Japan/LOC (3)', 'Japan/ORG (1)'],
    ],
    [
      'an unknown place and a body as often',
      [
        ['Arbil', ['LOC']],
        ['Arbil', ['ORG']],
      ],
      ['Arbil/LOC (1)', 'Arbil/ORG (1)'],
    ],
    // A name of several words read once as a body is the place; a team named often stays apart.
    [
      'a place of two words read once as a body',
      [
        ['South Marlow', ['LOC']],
        ['South Marlow', ['ORG']],
      ],
      ['South Marlow/LOC (2)'],
    ],
    [
      'a city of two words and its team, named often',
      [
        ['Port Aldon', ['LOC']],
        ['Port Aldon', ['ORG', 'ORG']],
      ],
      ['Port Aldon/LOC (1)', 'Port Aldon/ORG (2)'],
    ],
    [
      'two names',
      [
        ['Halvard', ['ORG']],
        ['Kestrel', ['PER']],
      ],
      ['Halvard/ORG (1)', 'Kestrel/PER (1)'],
    ],
  ])('%s', (_, groups, expected) => {
    const clusters = groups.map(([name, types], k) => handCluster(name, types, k * 100))
    expect(showClusters(mergeSameNames(clusters))).toEqual(expected)
  })

  it('lists one entity once, whatever the tagger typed its mentions', () => {
    for (const text of [
      'Lotte beat Haitai 5-3 on Sunday. Lotte scored twice in the ninth. Fans of Lotte cheered.',
      'Chancellor Vance Okoro spoke. Okoro said the plan works. Okoro Holdings fell. Okoro smiled.',
    ]) {
      const entities = extractEntities(text)
      const keys = entities.map((entity) => entity.name.toLowerCase())
      expect(new Set(keys).size, text).toBe(keys.length)
    }
  })
})
