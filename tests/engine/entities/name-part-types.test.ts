import { describe, expect, it } from 'vitest'
import { namePartTypes } from '../../../src/engine/entities/passes/name-part-types'
import { handClusters as clustersOf, showClusters } from './helpers'

describe('pass name-part-types', () => {
  it.each([
    // A bare given name or surname of one person named in full, read as a place or a body.
    [['Fenna Parrish/PER', 'Fenna/LOC'], ['Fenna Parrish/PER (2)']],
    [['Te Kaurangi/PER', 'Kaurangi/ORG ORG'], ['Te Kaurangi/PER (3)']],
    // A full name read as a body, whose surname the text writes alone as a person.
    [['Gianni Marvello/ORG', 'Marvello/PER PER PER'], ['Gianni Marvello/PER (4)']],
  ])('%j → %j', (specs, expected) => {
    expect(showClusters(namePartTypes(clustersOf(specs)))).toEqual(expected)
  })

  // Counter-examples: a word two people share; a country; a place in the lexicon; a body's
  // name with a body word; a surname read as a person once only.
  it.each([
    [['Fenna Parrish/PER', 'Fenna Holt/PER', 'Fenna/LOC']],
    [['Ada Jordan/PER', 'Jordan/LOC']],
    [['Ada Paris/PER', 'Paris/LOC']],
    [['Marvello Holdings/ORG', 'Marvello/PER PER']],
    [['Gianni Marvello/ORG', 'Marvello/PER']],
  ])('leaves alone: %j', (specs) => {
    const before = showClusters(clustersOf(specs))
    expect(showClusters(namePartTypes(clustersOf(specs)))).toEqual(before)
  })
})
