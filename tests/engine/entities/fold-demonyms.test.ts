import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { aroundClusterPass, find } from './helpers'

describe('pass fold-demonyms', () => {
  it.each([
    // -i, -n, -ian, -ese endings, a plural, a compass qualifier, an irregular form.
    [
      'Talks in Israel stalled. Israeli officials said the Israelis would wait.',
      'Israel',
      ['Israeli', 'Israelis'],
    ],
    [
      'Voters in South Korea went out. South Korean police watched.',
      'South Korea',
      ['South Korean'],
    ],
    ['Italian officials met in Italy on Monday.', 'Italy', ['Italian']],
    ['Chinese envoys flew to China again.', 'China', ['Chinese']],
    ['The Dutch minister left the Netherlands early.', 'Netherlands', ['Dutch']],
    ['Spain lost. Spanish fans left early.', 'Spain', ['Spanish']],
  ])('folds the demonym into the country the text names: %s', (text, country, demonyms) => {
    const entity = find(extractEntities(text), country)
    expect(entity?.type).toBe('place')
    expect(entity?.aliases).toEqual(demonyms)
    for (const demonym of demonyms) expect(find(extractEntities(text), demonym)).toBeUndefined()
  })

  it.each([
    // No country named: the demonym stays an entity of its own.
    ['Korean food is popular in Lyon, the chef said.', 'Korean'],
    // The name is a person's, not a place's.
    ['Michael Jordan scored 30 points. The Jordanian guard Ali Haddad scored 12.', 'Jordanian'],
    // Another country's people.
    ['The Dutch team beat Spain on Sunday.', 'Dutch'],
  ])('keeps a demonym whose country is not in the text as a place: %s', (text, demonym) => {
    expect(find(extractEntities(text), demonym)?.type).toBe('misc')
  })

  it('changes only the demonym clusters', () => {
    const { before, after } = aroundClusterPass(
      'fold-demonyms',
      'Rain fell in Kenya. Kenyan farmers and Ruth Achieng said so.',
    )
    expect(before).toContain('Kenyan/MISC')
    expect(after).not.toContain('Kenyan/MISC')
    expect(after).toContain('Ruth Achieng/PER')
  })
})
