import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { names, runMentionPass } from './helpers'

describe('pass join-field-lists', () => {
  it.each([
    [
      'She spoke to the Northern Academy of Soil, Water and Air in Lyon.',
      ['Northern Academy/ORG', 'Soil/ORG', 'Water/PER', 'Air/PER', 'Lyon/LOC'],
      ['Northern Academy of Soil, Water and Air/ORG', 'Lyon/LOC'],
    ],
    [
      'A report by Ridgeway College’s Centre on Work and Wellbeing came out.',
      ['Ridgeway College/ORG', 'Centre/ORG'],
      ['Ridgeway College/ORG', 'Centre on Work and Wellbeing/ORG'],
    ],
    [
      'He runs the Institute for Soil and Crop Research at Tamsin.',
      ['Crop Research/ORG', 'Tamsin/LOC'],
      ['Institute for Soil and Crop Research/ORG', 'Tamsin/LOC'],
    ],
    // Counter-examples: a person, a place or another body after "and"; no list at all; a list
    // the tagger saw nothing of.
    [
      'The Ministry of Fisheries and Oskar Lindqvist met.',
      ['Ministry of Fisheries/ORG', 'Oskar Lindqvist/PER'],
      null,
    ],
    ['The Council of Elders and Norway signed.', ['Council of Elders/ORG', 'Norway/LOC'], null],
    [
      'The Centre for Marine Studies and Reading University met.',
      ['Centre for Marine Studies/ORG', 'Reading University/ORG'],
      null,
    ],
    ['The Board of Trade met Brask.', ['Board of Trade/ORG', 'Brask/PER'], null],
    ['The Office for Rivers and Lakes met.', [], null],
  ])('%s', (text, given, expected) => {
    expect(runMentionPass('join-field-lists', text, given)).toEqual(expected ?? given)
  })

  it('keeps a list-named institution whole through the pipeline', () => {
    const text =
      'The findings were shown at a meeting of the Western Academy of Allergy, Asthma and Immunology in Boston. The academy praised them.'
    expect(names(extractEntities(text), 'organization')).toContain(
      'Western Academy of Allergy, Asthma and Immunology',
    )
  })
})
