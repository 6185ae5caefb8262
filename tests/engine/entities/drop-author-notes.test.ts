import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { runMentionPass } from './helpers'

describe('pass drop-author-notes', () => {
  it.each([
    // A closing note on the writer: the writer and the outlet leave.
    [
      'Prices fell.\n\nJo Vance is a senior reporter for the Daily Ledger covering courts.',
      ['Jo Vance/PER', 'Daily Ledger/ORG'],
      [],
    ],
    ['Prices fell.\n\nJo Vance was the paper’s chief correspondent in Oslo.', ['Jo Vance/PER'], []],
    ['Prices fell.\n\nJo Vance reports from Lagos.', ['Jo Vance/PER', 'Lagos/LOC'], []],
    ['Prices fell.\n\nJo Vance reports', ['Jo Vance/PER'], []],
    // Counter-examples: the writer named in the story too; a sentence inside a paragraph; a
    // person who is no writer; "reports" with more to say.
    [
      'Jo Vance was jailed.\n\nJo Vance is a reporter for the Daily Ledger.',
      ['Jo Vance/PER', 'Jo Vance/PER', 'Daily Ledger/ORG'],
      ['Jo Vance/PER', 'Jo Vance/PER'],
    ],
    [
      'Prices fell. Jo Vance is a reporter for the Daily Ledger.',
      ['Jo Vance/PER', 'Daily Ledger/ORG'],
      ['Jo Vance/PER', 'Daily Ledger/ORG'],
    ],
    [
      'Prices fell.\n\nJo Vance is a nurse at Leeds General.',
      ['Jo Vance/PER', 'Leeds General/ORG'],
      ['Jo Vance/PER', 'Leeds General/ORG'],
    ],
    [
      'Prices fell.\n\nJo Vance reports that sales at Zentrix rose in May and June.',
      ['Jo Vance/PER', 'Zentrix/ORG'],
      ['Jo Vance/PER', 'Zentrix/ORG'],
    ],
  ])('%j', (text, given, expected) => {
    expect(runMentionPass('drop-author-notes', text, given)).toEqual(expected)
  })

  it('lists neither the writer nor the outlet of a closing note', () => {
    const names = extractEntities(
      'Zentrix cut prices on Monday in Brazil, where demand fell.\n\nLucas Rand is a reporter for Ledger Tech covering free speech. Follow him on Twitter.',
    ).map((entity) => entity.name)
    expect(names).not.toContain('Lucas Rand')
    expect(names).not.toContain('Ledger Tech')
  })
})
