import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { find } from './helpers'

describe('pass split-false-aliases', () => {
  it.each([
    // A given name after an article is a thing the text names, not the person.
    [
      'Opposition leader Bill Dorran attacked the plan. Dorran said the Bill would fail.',
      'Bill Dorran',
      ['Dorran'],
    ],
    ['Bill Dorran spoke on Monday. MPs will vote on this Bill next week.', 'Bill Dorran', []],
    // A body's first word after "in" is the place it is named after.
    ['The Tarrow Tea Club met on Friday. Protests in Tarrow grew.', 'Tarrow Tea Club', []],
    // Written once as a place, every bare mention of the name is the place.
    [
      'The Tarrow Tea Club gave money to three candidates in Tarrow. Tarrow voters will decide in May.',
      'Tarrow Tea Club',
      [],
    ],
    // ... and after an article, the place too ("the Brask" is a borough).
    [
      'Reporters at the Brask Gazette wrote it. Fires spread in the Brask on Sunday.',
      'Brask Gazette',
      [],
    ],
    // A plural the text also writes in lower case is a common noun, not the body it opens.
    [
      'Lecturers at British universities are striking. A spokesperson for the Universities and Colleges Pay Association (UCPA) said talks went on. Universities said they could not pay more.',
      'Universities and Colleges Pay Association',
      ['UCPA'],
    ],
  ])('%s → %s keeps %j', (text, name, aliases) => {
    expect(find(extractEntities(text), name)?.aliases).toEqual(aliases)
  })

  it('lists the place a body is named after apart, as a place with all its bare mentions', () => {
    const entities = extractEntities(
      'The Tarrow Tea Club gave money to three candidates in Tarrow. Tarrow voters will decide in May.',
    )
    expect(find(entities, 'Tarrow')?.type).toBe('place')
    expect(find(entities, 'Tarrow')?.count).toBe(2)
  })

  it('lists the thing a given name names apart, as misc', () => {
    const entities = extractEntities(
      'Opposition leader Bill Dorran attacked the plan. Dorran said the Bill would fail.',
    )
    expect(find(entities, 'Bill')?.type).toBe('misc')
  })

  it.each([
    // Counter-examples: a given name alone, a surname after an article (the person's campaign),
    // a possessive after an article.
    ['Bill Dorran spoke. Bill said he was tired.', 'Bill Dorran', ['Bill']],
    ['Senator Jo Brask spoke. A Brask aide said the Brask team was tired.', 'Jo Brask', ['Brask']],
    ["Senator Jo Brask spoke. A Jo's aide and a Jo's friend came.", 'Jo Brask', ['Jo']],
    // A body's first word no text writes as a place keeps its body.
    ['The Tarrow Tea Club met on Friday. Tarrow members cheered.', 'Tarrow Tea Club', ['Tarrow']],
    // A plural the text never writes in lower case keeps its body.
    [
      'A spokesperson for the Universities and Colleges Pay Association (UCPA) said talks went on. Universities said they could not pay more.',
      'Universities and Colleges Pay Association',
      ['UCPA', 'Universities'],
    ],
  ])('keeps the short form: %s', (text, name, aliases) => {
    expect(find(extractEntities(text), name)?.aliases).toEqual(aliases)
  })
})
