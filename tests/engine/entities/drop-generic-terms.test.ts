import { describe, expect, it } from 'vitest'
import { runMentionPass } from './helpers'

describe('pass drop-generic-terms', () => {
  it.each([
    // Technical abbreviations and generic bodies alone.
    ['The new HD panel needs a faster CPU.', ['HD/LOC', 'CPU/ORG'], []],
    ['Clean the TV remote first.', ['TV/ORG'], []],
    ['the Government said on Monday', ['Government/ORG'], []],
    ['The headset has HDR and VR modes.', ['HDR/ORG', 'VR/ORG'], []],
    ['It has wireless LAN and blocks UV light.', ['LAN/ORG', 'UV/LOC'], []],
    ['The kit costs $35 USD.', ['USD/ORG'], []],
    [
      'She left the Board of Directors of Brask.',
      ['Board of Directors/ORG', 'Brask/ORG'],
      ['Brask/ORG'],
    ],
    // The clock's halves and zones, a currency's sign, a court or a title's fragment alone.
    ['It was taken between 8 AM and 9 PM PT.', ['AM/ORG', 'PM/ORG', 'PT/ORG'], []],
    ['Halvard will invest US$1 billion.', ['Halvard/ORG', 'US$/MISC'], ['Halvard/ORG']],
    ['The Court ruled that the Sheriff erred.', ['Court/ORG', 'Sheriff/PER'], []],
    [
      'said Ann Lee, Executive Director of Brask',
      ['Ann Lee/PER', 'Executive/ORG', 'Brask/ORG'],
      ['Ann Lee/PER', 'Brask/ORG'],
    ],
    // Counter-examples: names that hold such a word, and acronyms of bodies.
    [
      'Brask TV and the Scottish Government agreed.',
      ['Brask TV/ORG', 'Scottish Government/ORG'],
      ['Brask TV/ORG', 'Scottish Government/ORG'],
    ],
    ['The BBC and NASA agreed.', ['BBC/ORG', 'NASA/ORG'], ['BBC/ORG', 'NASA/ORG']],
    [
      'The Brask Board of Directors met.',
      ['Brask Board of Directors/ORG'],
      ['Brask Board of Directors/ORG'],
    ],
    [
      'The Supreme Court and the PMA met in US Cellular Field.',
      ['Supreme Court/ORG', 'PMA/ORG', 'US Cellular Field/LOC'],
      ['Supreme Court/ORG', 'PMA/ORG', 'US Cellular Field/LOC'],
    ],
  ])('%j', (text, given, expected) => {
    expect(runMentionPass('drop-generic-terms', text, given)).toEqual(expected)
  })
})
