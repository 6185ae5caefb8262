import { describe, expect, it } from 'vitest'
import { runMentionPass } from './helpers'

describe('pass drop-desk-titles', () => {
  it.each([
    // A region inside a journalist's title.
    [
      "the Harbour Post's North America editor Jo Bell",
      ['Harbour Post/ORG', 'North America/ORG', 'Jo Bell/PER'],
      ['Harbour Post/ORG', 'Jo Bell/PER'],
    ],
    ['our Asia correspondent reports', ['Asia/LOC'], []],
    // Counter-examples: a body before the noun, a place elsewhere, a person before the noun.
    ['the Harbour Post correspondent', ['Harbour Post/ORG'], ['Harbour Post/ORG']],
    [
      'Jo Bell flew to North America.',
      ['Jo Bell/PER', 'North America/LOC'],
      ['Jo Bell/PER', 'North America/LOC'],
    ],
    ['Jo Bell, editor of the paper', ['Jo Bell/PER'], ['Jo Bell/PER']],
  ])('%j', (text, given, expected) => {
    expect(runMentionPass('drop-desk-titles', text, given)).toEqual(expected)
  })
})
