import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { find, runMentionPass } from './helpers'

describe('pass join-bill-numbers', () => {
  it.each([
    // A bill's number is part of its name, whether the tagger kept "Bill" or not.
    ['Senate Bill 10 passed.', ['Senate Bill/ORG'], ['Senate Bill 10/MISC']],
    ['Senate Bill 10 passed.', ['Senate/ORG'], ['Senate Bill 10/MISC']],
    ['They debated Bill C-11 again.', ['Bill/PER'], ['Bill C-11/MISC']],
    ['House Bill 2B died.', ['House Bill/MISC'], ['House Bill 2B/MISC']],
    // Counter-examples: no number; a count; the chamber alone; a number on the next line.
    ['Senate Bill supporters met.', ['Senate Bill/MISC'], ['Senate Bill/MISC']],
    ['The Senate Bill 10 million dollars.', ['Senate Bill/ORG'], ['Senate Bill/ORG']],
    ['The Senate voted 10 to 2.', ['Senate/ORG'], ['Senate/ORG']],
    ['They met Bill\n10 times.', ['Bill/PER'], ['Bill/PER']],
  ])('%j', (text, given, expected) => {
    expect(runMentionPass('join-bill-numbers', text, given)).toEqual(expected)
  })

  it('lists the bill whole, and the chamber for the mentions that name it', () => {
    const entities = extractEntities(
      'Senate Bill 10 would cut property taxes. Supporters of Senate Bill 10 say it helps retirees, but the Senate has not voted.',
    )
    expect(find(entities, 'Senate Bill 10')?.count).toBe(2)
    expect(find(entities, 'Senate Bill')).toBeUndefined()
  })
})
