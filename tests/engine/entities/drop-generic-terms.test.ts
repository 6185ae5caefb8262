import { describe, expect, it } from 'vitest'
import { runMentionPass } from './helpers'

describe('pass drop-generic-terms', () => {
  it.each([
    // Technical abbreviations and generic bodies alone.
    ['The new HD panel needs a faster CPU.', ['HD/LOC', 'CPU/ORG'], []],
    ['Clean the TV remote first.', ['TV/ORG'], []],
    ['the Government said on Monday', ['Government/ORG'], []],
    // Counter-examples: names that hold such a word, and acronyms of bodies.
    [
      'Brask TV and the Scottish Government agreed.',
      ['Brask TV/ORG', 'Scottish Government/ORG'],
      ['Brask TV/ORG', 'Scottish Government/ORG'],
    ],
    ['The BBC and NASA agreed.', ['BBC/ORG', 'NASA/ORG'], ['BBC/ORG', 'NASA/ORG']],
  ])('%j', (text, given, expected) => {
    expect(runMentionPass('drop-generic-terms', text, given)).toEqual(expected)
  })
})
