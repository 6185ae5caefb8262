import { describe, expect, it } from 'vitest'
import { runMentionPass } from './helpers'

describe('pass cut-at-line-breaks', () => {
  it.each([
    [
      'Halvard Rail\nLONDON - Jobs go.',
      ['Halvard Rail\nLONDON/ORG'],
      ['Halvard Rail/ORG', 'LONDON/ORG'],
    ],
    ['Photo: Ana\nLopes Bay', ['Ana\nLopes Bay/PER'], ['Ana/PER', 'Lopes Bay/PER']],
    // Counter-example: a name on one line.
    ['Halvard Rail said so.\nLONDON', ['Halvard Rail/ORG', 'LONDON/LOC'], null],
  ])('%j', (text, given, expected) => {
    expect(runMentionPass('cut-at-line-breaks', text, given)).toEqual(expected ?? given)
  })
})
