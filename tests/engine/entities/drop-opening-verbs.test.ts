import { describe, expect, it } from 'vitest'
import { runMentionPass } from './helpers'

describe('pass drop-opening-verbs', () => {
  it.each([
    // A verb or participle opening a sentence or a numbered tip, before an article or "as".
    ['3. Avoid the hotel minibar\n\nIt costs a fortune.', ['Avoid/PER'], []],
    [
      'The marsh froze. Known as the Flats, it was empty.',
      ['Known/PER', 'Flats/LOC'],
      ['Flats/LOC'],
    ],
    ['Mind your step. Beware a loose tile on the stairs.', ['Beware/ORG'], []],
    // A word opening a heading or a tip, with lower-case words after it, named nowhere else.
    ['7. Tiny kettles rarely get cleaned\n\nStaff skip them.', ['Tiny/PER'], []],
    ["'Eureka' moments in the brain\n\nResearchers timed them.", ['Eureka/ORG'], []],
    // Counter-examples: a name before its verb; a name the text names elsewhere; a place or a
    // given name opening a heading; a ranked list's rows; a table's rows; a nationality.
    ['Halvard said the deal was done.', ['Halvard/ORG'], ['Halvard/ORG']],
    [
      'Brask the company grew. Later Brask sold it.',
      ['Brask/ORG', 'Brask/ORG'],
      ['Brask/ORG', 'Brask/ORG'],
    ],
    [
      'Tolvane wins the final\n\nTolvane played well.',
      ['Tolvane/PER', 'Tolvane/PER'],
      ['Tolvane/PER', 'Tolvane/PER'],
    ],
    ['Paris opens new bridges\n\nIt took years.', ['Paris/LOC'], ['Paris/LOC']],
    ['1. Ostrava\n\n2. Brno', ['Ostrava/LOC', 'Brno/LOC'], ['Ostrava/LOC', 'Brno/LOC']],
    [
      'Harwick 3 Leeds United 1',
      ['Harwick/ORG', 'Leeds United/ORG'],
      ['Harwick/ORG', 'Leeds United/ORG'],
    ],
    ['Scottish league tables after play', ['Scottish/MISC'], ['Scottish/MISC']],
    // Not at an opening: a name before "the" inside a sentence stays.
    ['They met Brask the next day.', ['Brask/PER'], ['Brask/PER']],
  ])('%j', (text, given, expected) => {
    expect(runMentionPass('drop-opening-verbs', text, given)).toEqual(expected)
  })
})
