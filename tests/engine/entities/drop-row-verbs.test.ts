import { describe, expect, it } from 'vitest'
import { runMentionPass } from './helpers'

describe('pass drop-row-verbs', () => {
  it.each([
    // The verb opening a bulleted row of advice.
    ['Advice:\n- Drink plenty of water\n- Rest', ['Drink/PER'], []],
    ['Tips:\n• Check on neighbours in Brannock', ['Check/ORG', 'Brannock/LOC'], ['Brannock/LOC']],
    // Counter-examples: a place or a given name opening a row, a name the text writes elsewhere,
    // a row of one name, a word after a dash inside a line.
    ['Top cities:\n- Paris remains first', ['Paris/LOC'], ['Paris/LOC']],
    ['Voters:\n- Maria said no', ['Maria/PER'], ['Maria/PER']],
    [
      'Tolvane said so.\n- Tolvane wins again',
      ['Tolvane/PER', 'Tolvane/PER'],
      ['Tolvane/PER', 'Tolvane/PER'],
    ],
    ['Staff:\n- Ana Lopes, editor', ['Ana Lopes/PER'], ['Ana Lopes/PER']],
    ['It rained - Brannock flooded', ['Brannock/LOC'], ['Brannock/LOC']],
  ])('%j', (text, given, expected) => {
    expect(runMentionPass('drop-row-verbs', text, given)).toEqual(expected)
  })
})
