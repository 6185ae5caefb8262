import { describe, expect, it } from 'vitest'
import { dropSharedGivenNames } from '../../../src/engine/entities/passes/drop-shared-given-names'
import type { MentionType } from '../../../src/engine/entities/types'
import { handCluster, showClusters } from './helpers'

describe('pass drop-shared-given-names', () => {
  it.each([
    // A bare given name two people carry is left out.
    [
      ['Ellen Fetter', 'Ellen Marsh', 'Ellen'],
      ['Ellen Fetter/PER (1)', 'Ellen Marsh/PER (1)'],
    ],
    // The tagger may have read it as a body.
    [
      ['Ellen Fetter', 'Ellen Marsh', ['Ellen', 'ORG']],
      ['Ellen Fetter/PER (1)', 'Ellen Marsh/PER (1)'],
    ],
    // Counter-examples: a place; one holder; the surname of one of them; a name of several words.
    [
      ['Jordan Reyes', 'Jordan Pike', ['Jordan', 'LOC']],
      ['Jordan Reyes/PER (1)', 'Jordan Pike/PER (1)', 'Jordan/LOC (1)'],
    ],
    [
      ['Ellen Fetter', 'Ellen'],
      ['Ellen Fetter/PER (1)', 'Ellen/PER (1)'],
    ],
    [
      ['Paul Martin', 'Martin Ravelle', 'Paul Ravelle', 'Martin'],
      ['Paul Martin/PER (1)', 'Martin Ravelle/PER (1)', 'Paul Ravelle/PER (1)', 'Martin/PER (1)'],
    ],
  ] as [(string | [string, MentionType])[], string[]][])('%j', (names, expected) => {
    const clusters = names.map((spec, k) => {
      const [name, type] = typeof spec === 'string' ? [spec, 'PER' as const] : spec
      return handCluster(name, [type], k * 100)
    })
    expect(showClusters(dropSharedGivenNames(clusters))).toEqual(expected)
  })
})
