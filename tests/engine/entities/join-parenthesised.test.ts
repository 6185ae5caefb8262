import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { find, names, runMentionPass } from './helpers'

describe('pass join-parenthesised', () => {
  it.each([
    [
      'The Africa Centres for Disease Control and Prevention (Africa CDC) met.',
      ['Africa Centres for Disease Control and Prevention/ORG', 'Africa/LOC', 'CDC/ORG'],
      ['Africa Centres for Disease Control and Prevention/ORG', 'Africa CDC/ORG'],
    ],
    // Counter-examples: one name in the brackets, a place last, no body before, not alone.
    [
      'The Turkish Medicines Agency (TİTCK) met.',
      ['Turkish Medicines Agency/ORG', 'TİTCK/ORG'],
      null,
    ],
    ['The Harbour Trust (Ocean Kenya) met.', ['Harbour Trust/ORG', 'Ocean/ORG', 'Kenya/LOC'], null],
    ['Ana Lopes (Africa CDC) met.', ['Ana Lopes/PER', 'Africa/LOC', 'CDC/ORG'], null],
    [
      'The Harbour Trust (Africa CDC said) met.',
      ['Harbour Trust/ORG', 'Africa/LOC', 'CDC/ORG'],
      null,
    ],
  ])('%s', (text, given, expected) => {
    expect(runMentionPass('join-parenthesised', text, given)).toEqual(expected ?? given)
  })

  it('makes a name in parentheses after a body one of its names, unless it is a place', () => {
    const agency = find(
      extractEntities(
        'Ayşe Kaya, head of the Turkish Medicines and Medical Devices Agency (TİTCK), spoke in Ankara. TİTCK will publish the rules.',
      ),
      'Turkish Medicines and Medical Devices Agency',
    )
    expect(agency?.aliases).toEqual(['TİTCK'])
    expect(agency?.count).toBe(3)
    const clubs = extractEntities('Bayern Munich (Germany) beat Ajax (Netherlands) 2-1.')
    expect(names(clubs, 'place')).toEqual(['Germany', 'Netherlands'])
  })
})
