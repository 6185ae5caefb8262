import { describe, expect, it } from 'vitest'
import { runMentionPass } from './helpers'

describe('pass drop-lowercase-phrases', () => {
  it.each([
    // A capitalised kind of thing the text also writes in lower case, and its initials.
    [
      'A Light Rail Transit line opens. The LRT is late, and light rail transit costs more.',
      ['Light Rail Transit/ORG', 'LRT/ORG'],
      [],
    ],
    ['Cold Water Swimming grows; cold water swimming is cheap.', ['Cold Water Swimming/MISC'], []],
    // Counter-examples: names always written with capitals; one word of the name in lower case
    // is not the phrase; other initials stay.
    ['The Supreme Court ruled. The court was full.', ['Supreme Court/ORG'], ['Supreme Court/ORG']],
    [
      'Bank of Leeds lent more; a bank in Leeds lent less. BOL said so.',
      ['Bank of Leeds/ORG', 'Leeds/LOC', 'BOL/ORG'],
      ['Bank of Leeds/ORG', 'Leeds/LOC', 'BOL/ORG'],
    ],
  ])('%j', (text, given, expected) => {
    expect(runMentionPass('drop-lowercase-phrases', text, given)).toEqual(expected)
  })
})
