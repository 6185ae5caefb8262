import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { parsePerson } from '../../../src/engine/entities/person-role'
import { find, names, tokensOf } from './helpers'

describe('a person’s titles move to its role (person-role)', () => {
  it.each([
    // text, the tagged person, its name, its role
    ['Chinese President Xi Jinping spoke.', 'Xi Jinping', 'Xi Jinping', 'Chinese President'],
    [
      'Chinese President Xi Jinping spoke.',
      'President Xi Jinping',
      'Xi Jinping',
      'Chinese President',
    ],
    ['Foreign Minister Wang Yi spoke.', 'Wang Yi', 'Wang Yi', 'Foreign Minister'],
    // Counter-examples: a lower-case noun describes, a determiner opens the phrase, capitals
    // without a title word are no role, a line break ends it.
    ['The judge Ana Lopes spoke.', 'Ana Lopes', 'Ana Lopes', undefined],
    ['Her President Ana Lopes spoke.', 'Ana Lopes', 'Ana Lopes', 'President'],
    ['Harbour Ana Lopes spoke.', 'Ana Lopes', 'Ana Lopes', undefined],
    ['President\nAna Lopes spoke.', 'Ana Lopes', 'Ana Lopes', undefined],
  ])('%j: %s → %s, role %s', (text, tagged, name, role) => {
    const { tokens, first, last } = tokensOf(text, tagged)
    const start = text.indexOf(tagged)
    const parsed = parsePerson(text, tokens, first, last)
    expect(text.slice(parsed.start, start + tagged.length)).toBe(name)
    expect(parsed.role).toBe(role)
  })

  it.each([
    ['Chinese President Xi Jinping met the delegation.', 'Xi Jinping', 'Chinese President'],
    ['Prime Minister Narendra Modi arrived in Tokyo for talks.', 'Narendra Modi', 'Prime Minister'],
    [
      'Chancellor Olaf Scholz told reporters in Berlin that talks would continue.',
      'Olaf Scholz',
      'Chancellor',
    ],
  ])('%s → %s', (text, name, role) => {
    const person = find(extractEntities(text), name)
    expect(person?.type).toBe('person')
    expect(person?.role).toBe(role)
    expect(person?.mentions.map((mention) => mention.text)).toEqual([name])
  })

  it('reads two people, not a place, after a plural title', () => {
    const entities = extractEntities('Foreign Ministers Park Jin and Wang Yi met in Qingdao.')
    expect(names(entities, 'person')).toEqual(['Park Jin', 'Wang Yi'])
    expect(names(entities, 'place')).toEqual(['Qingdao'])
  })
})
