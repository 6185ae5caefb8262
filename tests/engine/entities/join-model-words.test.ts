import { describe, expect, it } from 'vitest'
import { runMentionPass } from './helpers'

describe('pass join-model-words', () => {
  it.each([
    // A model word after the model's number ends the product's name.
    [
      'Sales of the Norvik Playbox 4 Pro rose.',
      ['Norvik Playbox/ORG', 'Pro/ORG'],
      ['Norvik Playbox 4 Pro/MISC'],
    ],
    [
      'It costs less than the Galaxy S10 Plus.',
      ['Galaxy S10/MISC', 'Plus/MISC'],
      ['Galaxy S10 Plus/MISC'],
    ],
    // A model code the tagger missed: the code and the word.
    [
      'A year after the PS4 Pro launched, Lee left.',
      ['Pro/ORG', 'Lee/PER'],
      ['PS4 Pro/MISC', 'Lee/PER'],
    ],
    // Counter-examples: after a plain count, after a word, a model word alone.
    [
      'Lee sold 3 Pro kits to Brask.',
      ['Lee/PER', 'Pro/ORG', 'Brask/LOC'],
      ['Lee/PER', 'Pro/ORG', 'Brask/LOC'],
    ],
    ['The Harbour Pro team won.', ['Harbour Pro/ORG'], ['Harbour Pro/ORG']],
    ['Lee joined Mini in 2004.', ['Lee/PER', 'Mini/ORG'], ['Lee/PER', 'Mini/ORG']],
  ])('%j', (text, given, expected) => {
    expect(runMentionPass('join-model-words', text, given)).toEqual(expected)
  })
})
