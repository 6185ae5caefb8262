import { describe, expect, it } from 'vitest'
import { runMentionPass } from './helpers'

describe('pass join-compass-words', () => {
  it.each([
    [
      'Leaders of North Yorkshire Council met.',
      ['North/LOC', 'Yorkshire Council/ORG'],
      ['North Yorkshire Council/ORG'],
    ],
    [
      'Rain fell on South Tyneside overnight.',
      ['South/LOC', 'Tyneside/LOC'],
      ['South Tyneside/LOC'],
    ],
    // Counter-examples: not a compass word, not right next to it, not in one sentence.
    ['Leaders of Kent County Council met.', ['Kent/LOC', 'County Council/ORG'], null],
    ['He went North, Yorkshire Council said.', ['North/LOC', 'Yorkshire Council/ORG'], null],
    [
      'Rain fell in the North. Yorkshire Council met.',
      ['North/LOC', 'Yorkshire Council/ORG'],
      null,
    ],
  ])('%s', (text, given, expected) => {
    expect(runMentionPass('join-compass-words', text, given)).toEqual(expected ?? given)
  })
})
