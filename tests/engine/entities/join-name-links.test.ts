import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { runMentionPass } from './helpers'

describe('pass join-name-links', () => {
  it.each([
    ['Shares of Procter & Gamble rose.', ['Gamble/PER'], ['Procter & Gamble/ORG']],
    [
      'Shoppers at Marks and Spencer queued.',
      ['Marks/LOC', 'Spencer/LOC'],
      ['Marks and Spencer/ORG'],
    ],
    ['Smith and Nephew plc said so.', ['Nephew/LOC'], ['Smith and Nephew plc/ORG']],
    ['Fans of Trinidad & Tobago sang.', ['Trinidad/LOC', 'Tobago/LOC'], ['Trinidad & Tobago/LOC']],
    // Counter-examples: "and" between names the text does not attest as one, a lower-case side,
    // a line break.
    ['France and Germany agreed.', ['France/LOC', 'Germany/LOC'], null],
    ['Ana Lopes and Tom Ash met.', ['Ana Lopes/PER', 'Tom Ash/PER'], null],
    ['Sales & marketing grew at Halvard.', ['Halvard/ORG'], null],
    ['Shares of Procter &\nGamble rose.', ['Gamble/PER'], null],
  ])('%j', (text, given, expected) => {
    expect(runMentionPass('join-name-links', text, given)).toEqual(expected ?? given)
  })

  it('lists a firm named with "&" once, whole', () => {
    const entities = extractEntities(
      'Shares of Procter & Gamble rose on Monday. Procter & Gamble said sales grew.',
    )
    expect(entities.map((entity) => [entity.name, entity.type, entity.count])).toEqual([
      ['Procter & Gamble', 'organization', 2],
    ])
  })
})
