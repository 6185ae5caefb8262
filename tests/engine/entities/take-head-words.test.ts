import { describe, expect, it } from 'vitest'
import { namesIn, runMentionPass } from './helpers'

describe('pass take-head-words', () => {
  it.each([
    ['Water reached Bridge Street by noon.', ['Bridge/ORG'], ['Bridge Street/ORG']],
    ['Trains run by Network Rail stopped.', ['Network/PER'], ['Network Rail/ORG']],
    ['Flooding near the Ouse River closed it.', ['Ouse/LOC'], ['Ouse River/LOC']],
    // Counter-examples: more capitals follow, the word is no head word, or on the next line.
    ['UK Energy Secretary Ed Miliband spoke.', ['UK/LOC'], null],
    ['Britain Rail Union Chief spoke.', ['Britain/LOC'], null],
    ['It went to Bridge Market on Monday.', ['Bridge/ORG'], null],
    ['The Russian Federation said so.', ['Russian/MISC'], null],
    ['Water reached Bridge\nStreet lamps failed.', ['Bridge/ORG'], null],
  ])('%s', (text, given, expected) => {
    expect(runMentionPass('take-head-words', text, given)).toEqual(expected ?? given)
  })

  it.each([
    ['Residents of Harbour Lane said the water rose quickly.', 'Harbour Lane'],
    ['Flooding closed the road near the River Ouse on Friday.', 'River Ouse'],
  ])('%s → place %s', (text, name) => {
    expect(namesIn(text, 'place')).toContain(name)
  })
})
