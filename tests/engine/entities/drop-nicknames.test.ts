import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { runMentionPass } from './helpers'

describe('pass drop-nicknames', () => {
  it.each([
    // A nickname built on a person's name, after a nicknaming verb, is not the name.
    [
      'Critics dubbed her “Gilt Mira” for her shopping. Mira denied it.',
      ['Gilt Mira/PER', 'Mira/PER'],
      ['Mira/PER'],
    ],
    [
      'Fans nicknamed him "Rocket Dov," and Dov Arlen liked it.',
      ['Rocket Dov/PER', 'Dov Arlen/PER'],
      ['Dov Arlen/PER'],
    ],
    // Counter-examples: the only name the text gives; a nickname of other words than the name.
    [
      'Police said a hacker dubbed “Velvet Fox” broke in. Tessa Vorn found him.',
      ['Velvet Fox/PER', 'Tessa Vorn/PER'],
      ['Velvet Fox/PER', 'Tessa Vorn/PER'],
    ],
    [
      'Papers dubbed her “Iron Lady” before Lena Ostrow won.',
      ['Iron Lady/MISC', 'Lena Ostrow/PER'],
      ['Iron Lady/MISC', 'Lena Ostrow/PER'],
    ],
    // Counter-examples: a quoted title with no nicknaming verb; a name after the verb, unquoted.
    [
      'The choir sang “Amazing Grace” for Grace Pell.',
      ['Amazing Grace/MISC', 'Grace Pell/PER'],
      ['Amazing Grace/MISC', 'Grace Pell/PER'],
    ],
    [
      'The press dubbed Mira Tovesen a spendthrift. Mira denied it.',
      ['Mira Tovesen/PER', 'Mira/PER'],
      ['Mira Tovesen/PER', 'Mira/PER'],
    ],
  ])('%j', (text, given, expected) => {
    expect(runMentionPass('drop-nicknames', text, given)).toEqual(expected)
  })

  it('names the person, not the nickname the text gives her', () => {
    const names = extractEntities(
      'Mira Tovesen, the president’s wife, spent freely. Critics dubbed her “Gilt Mira” for her shopping, and Mira Tovesen denied it. Mira left Harare on Monday.',
    ).map((entity) => entity.name)
    expect(names).toContain('Mira Tovesen')
    expect(names).not.toContain('Gilt Mira')
  })
})
