import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { names, runMentionPass } from './helpers'

describe('pass split-company-pairs', () => {
  it.each([
    [
      'It trails Siemens Mobility and Alstom.',
      ['Siemens Mobility and Alstom/ORG'],
      ['Siemens Mobility/ORG', 'Alstom/ORG'],
    ],
    [
      'Shares of Goldman Sachs and Barclays fell.',
      ['Goldman Sachs and Barclays/ORG'],
      ['Goldman Sachs/ORG', 'Barclays/ORG'],
    ],
    // Counter-examples: one name with "and" inside it.
    ['She shops at Marks and Spencer.', ['Marks and Spencer/ORG'], null],
    [
      'The Department of Energy and Climate Change said so.',
      ['Department of Energy and Climate Change/ORG'],
      null,
    ],
    ['A Halvard Rail and signalling deal.', ['Halvard Rail/ORG'], null],
    ['Siemens Mobility and Alstom.', ['Siemens Mobility and Alstom/PER'], null],
  ])('%s', (text, given, expected) => {
    expect(runMentionPass('split-company-pairs', text, given)).toEqual(expected ?? given)
  })

  it('cuts two companies joined by "and" after a company word', () => {
    const entities = extractEntities(
      'It is the No. 3 supplier of train-control systems, behind Siemens Mobility and Alstom.',
    )
    expect(names(entities, 'organization')).toEqual(['Siemens Mobility', 'Alstom'])
  })

  it.each([
    ['The deal was advised by J.P. Morgan and SEB.', ['J.P. Morgan', 'SEB']],
    ['Shares of Goldman Sachs and Morgan Stanley fell.', ['Goldman Sachs', 'Morgan Stanley']],
  ])('reads firms named for people as firms: %s', (text, expected) => {
    const entities = extractEntities(text)
    expect(names(entities, 'organization')).toEqual(expected)
    expect(names(entities, 'person')).toEqual([])
  })
})
