import { describe, expect, it } from 'vitest'
import type { Cluster } from '../../../src/engine/entities/candidate'
import { coordinationTypes } from '../../../src/engine/entities/passes/coordination-types'
import { entityDocument } from '../../../src/engine/entities/pipeline'
import type { MentionType } from '../../../src/engine/entities/types'
import { handCluster, showClusters } from './helpers'

/**
 * One cluster per "Name/TYPE" spec, mentioned where `text` writes it (after the one before);
 * "Name/TYPE!" is a cluster a pass typed by its evidence.
 */
function clustersIn(text: string, specs: readonly string[]): Cluster[] {
  let from = 0
  return specs.map((spec) => {
    const cut = spec.lastIndexOf('/')
    const name = spec.slice(0, cut)
    const forced = spec.endsWith('!')
    const type = spec.slice(cut + 1).replace('!', '') as MentionType
    const at = text.indexOf(name, from)
    from = at + name.length
    const group = handCluster(name, [type], at)
    if (forced) group.forcedType = type
    return group
  })
}

describe('pass coordination-types', () => {
  it.each([
    // A guessed name listed with a body its cues typed.
    ['If only it had bought Vantio or Kestrix.', ['Vantio/ORG!', 'Kestrix/LOC'], 'Kestrix/ORG (1)'],
    // Listed with a body of several words.
    [
      'Rivals Harbour Freight Lines, Ostwave and Brellix cut prices.',
      ['Harbour Freight Lines/ORG', 'Ostwave/PER', 'Brellix/ORG'],
      'Ostwave/ORG (1)',
    ],
    // Listed with works.
    [
      'You used to list Kestrel Script, Ostlang and Brask.',
      ['Kestrel Script/MISC', 'Ostlang/MISC', 'Brask/PER'],
      'Brask/MISC (1)',
    ],
  ])('%s → %s', (text, specs, expected) => {
    const clusters = clustersIn(text, specs)
    expect(showClusters(clusters)).not.toContain(expected)
    expect(showClusters(coordinationTypes(clusters, entityDocument(text)))).toContain(expected)
  })

  // Counter-examples: a person of several words in the list; a body named once in one word (no
  // sure kind); a sure place in the list; no coordination; a guess of no kind but a given name.
  it.each([
    ['Talks between Vantio and Ada Brask went on.', ['Vantio/ORG!', 'Ada Brask/PER']],
    ['If only it had bought Vantio or Kestrix.', ['Vantio/ORG', 'Kestrix/LOC']],
    ['Vantio, Geneva and Kestrix signed.', ['Vantio/ORG!', 'Geneva/LOC!', 'Kestrix/PER']],
    ['Vantio said Kestrix would sign.', ['Vantio/ORG!', 'Kestrix/PER']],
    ['Vantio and John signed.', ['Vantio/ORG!', 'John/PER']],
  ])('leaves alone: %s', (text, specs) => {
    const before = showClusters(clustersIn(text, specs))
    expect(showClusters(coordinationTypes(clustersIn(text, specs), entityDocument(text)))).toEqual(
      before,
    )
  })
})
