import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { find, runMentionPass } from './helpers'

describe('pass join-name-particles', () => {
  it.each([
    // The surname read as a person, the given name as something else or nothing.
    ['The critic Luis de Ribera wrote it.', ['Luis/MISC', 'Ribera/PER'], ['Luis de Ribera/PER']],
    ['The critic Luis de Ribera wrote it.', ['Ribera/PER'], ['Luis de Ribera/PER']],
    ['Ana de la Vega agreed.', ['Ana/PER', 'Vega/MISC'], ['Ana de la Vega/PER']],
    ['It was Pieter van der Kolk.', ['Pieter/PER', 'Kolk/PER'], ['Pieter van der Kolk/PER']],
    // Counter-examples: places on both sides, a word that is no given name, a comma between.
    ['She flew to Rio de Janeiro.', ['Rio/LOC', 'Janeiro/LOC'], null],
    ['Only de Ribera wrote it.', ['Ribera/PER'], null],
    ['It was Vega, de Ribera said.', ['Vega/LOC', 'Ribera/PER'], null],
    ['Guests came from Paris de Ribera said.', ['Paris/LOC', 'Ribera/MISC'], null],
  ])('%s %j', (text, given, expected) => {
    expect(runMentionPass('join-name-particles', text, given)).toEqual(expected ?? given)
  })
})

describe('short forms of a surname with a particle or article', () => {
  it.each([
    [
      'The critic Luis de Ribera wrote it. De Ribera says neon is modern.',
      'Luis de Ribera',
      ['De Ribera'],
    ],
    [
      'President Omar Hassan al-Rashid spoke. Later Rashid left.',
      'Omar Hassan al-Rashid',
      ['Rashid'],
    ],
  ])('%s', (text, name, aliases) => {
    expect(find(extractEntities(text), name)?.aliases).toEqual(aliases)
  })
})
