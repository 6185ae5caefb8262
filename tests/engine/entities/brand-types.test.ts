import { describe, expect, it } from 'vitest'
import { brandTypes } from '../../../src/engine/entities/passes/brand-types'
import { handClusters as clustersOf, showClusters } from './helpers'

describe('pass brand-types', () => {
  it.each([
    // A body's arm in a country, when the text names the body alone.
    [['Vantio/ORG ORG', 'Vantio Japan/PER'], 'Vantio Japan/ORG (1)'],
    // An arm on a continent needs no other mention of the body.
    [['Ostvik Europe/PER'], 'Ostvik Europe/ORG (1)'],
    // A service named after a body of two words.
    [['Kestrel Harbour/ORG', 'Kestrel Harbour Jobs/PER PER'], 'Kestrel Harbour Jobs/ORG (2)'],
    // A guessed word that opens a firm's name is the firm.
    [['Rhodium Group/ORG', 'Rhodium/LOC'], 'Rhodium/ORG (1)'],
    [['Ostvik.com Inc./ORG', 'Ostvik/PER'], 'Ostvik/ORG (1)'],
  ])('%j → %s', (specs, expected) => {
    const clusters = clustersOf(specs)
    expect(showClusters(clusters)).not.toContain(expected)
    expect(showClusters(brandTypes(clusters))).toContain(expected)
  })

  // Counter-examples: a surname that is a country's name with no body of that name; a body named
  // once in one word (no sure body); a person with a given name; a guess that many mentions
  // confirm; a place named after a country's word; the first word of a university's name.
  it.each([
    [['Vantio/ORG ORG', 'Ada Holland/PER']],
    [['Vantio/ORG', 'Vantio Japan/PER']],
    [['Kestrel Harbour/ORG', 'John Kestrel/PER']],
    [['Rhodium Group/ORG', 'Rhodium/LOC LOC LOC']],
    [['Vantio/ORG ORG', 'South Africa/LOC']],
    [['Harlow University/ORG', 'Harlow/LOC']],
  ])('leaves alone: %j', (specs) => {
    const before = showClusters(clustersOf(specs))
    expect(showClusters(brandTypes(clustersOf(specs)))).toEqual(before)
  })
})
