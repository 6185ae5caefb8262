import { describe, expect, it } from 'vitest'
import { runMentionPass } from './helpers'

describe('pass join-ordinal-bodies', () => {
  it.each([
    // A court or a unit named with its ordinal: missed, or found without it.
    [
      "Norland's 4th District Court of Appeal in Kalmsund ruled.",
      ['Norland/LOC', 'Kalmsund/LOC'],
      ['Norland/LOC', '4th District Court of Appeal/ORG', 'Kalmsund/LOC'],
    ],
    [
      'The 9th Circuit Court of Appeals ruled.',
      ['Circuit Court of Appeals/ORG'],
      ['9th Circuit Court of Appeals/ORG'],
    ],
    ['The 5th Circuit agreed.', ['Circuit/MISC'], ['5th Circuit/ORG']],
    [
      'Troops of the 101st Airborne Division left.',
      ['Airborne Division/MISC'],
      ['101st Airborne Division/ORG'],
    ],
    // Counter-examples: ordinals before names that hold no body's head, or before no name.
    [
      'We ate at the 2nd Avenue Deli in Kalmsund.',
      ['Avenue Deli/LOC', 'Kalmsund/LOC'],
      ['Avenue Deli/LOC', 'Kalmsund/LOC'],
    ],
    [
      'Vik finished 3rd in the Tundra Cup.',
      ['Vik/PER', 'Tundra Cup/MISC'],
      ['Vik/PER', 'Tundra Cup/MISC'],
    ],
    ['The 3rd court hearing in Kalmsund', ['Kalmsund/LOC'], ['Kalmsund/LOC']],
  ])('%j', (text, given, expected) => {
    expect(runMentionPass('join-ordinal-bodies', text, given)).toEqual(expected)
  })
})
