import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { runMentionPass } from './helpers'

describe('pass cut-titles', () => {
  it.each([
    // A title inside a mention the tagger typed as a body: the name after it is a person.
    [
      'Transport Secretary Grant Pellow said. Mr Pellow',
      ['Transport Secretary Grant Pellow/ORG', 'Pellow/PER'],
      ['Grant Pellow/PER', 'Pellow/PER'],
    ],
    ['His Honour Judge Neil Ash said', ['Honour Judge Neil Ash/ORG'], ['Neil Ash/PER']],
    [
      'Health Minister Sarah Jane Okoro said',
      ['Health Minister Sarah Jane Okoro/MISC'],
      ['Sarah Jane Okoro/PER'],
    ],
    // Counter-examples: a body named after a title, no given name after the title, a title last.
    ['at the President Grant Hotel', ['President Grant Hotel/ORG'], ['President Grant Hotel/ORG']],
    ['the Minister Bridge Road', ['Minister Bridge Road/LOC'], ['Minister Bridge Road/LOC']],
    ['the Foreign Secretary said', ['Foreign Secretary/ORG'], ['Foreign Secretary/ORG']],
    [
      'Chief Executive Officer Ana Lopes',
      ['Chief Executive Officer/ORG', 'Ana Lopes/PER'],
      ['Chief Executive Officer/ORG', 'Ana Lopes/PER'],
    ],
  ])('%j', (text, given, expected) => {
    expect(runMentionPass('cut-titles', text, given)).toEqual(expected)
  })

  it('gives the title as the role', () => {
    const text =
      'Rail fares will rise, Transport Secretary Grant Pellow said on Thursday. Mr Pellow said so.'
    const person = extractEntities(text).find((entity) => entity.name === 'Grant Pellow')
    expect(person?.type).toBe('person')
    expect(person?.role).toBe('Transport Secretary')
  })
})
