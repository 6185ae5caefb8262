import { describe, expect, it } from 'vitest'
import { aroundMentionPass } from './helpers'

describe('pass join-quoted-titles', () => {
  it.each([
    // A game's title that the tagger cut into a misc and a person.
    ['"Super Brask Run" will launch on phones in May.', 'Super Brask Run/MISC'],
    // A title in a list, with its comma inside the marks.
    ['Games like "Temple Dash," "Brask Rider" and others.', 'Temple Dash/MISC'],
  ])('%s → %s', (text, expected) => {
    const { before, after } = aroundMentionPass('join-quoted-titles', text)
    expect(before).not.toContain(expected)
    expect(after).toContain(expected)
  })

  // Titles that earlier passes (join-split-names, join-work-titles) already make whole: this
  // pass keeps them whole and typed as works.
  it.each([
    ['The new “Halvard Gaze Correction” feature fakes a gaze.', 'Halvard Gaze Correction/MISC'],
    [
      'The staff printed a booklet titled “The Wit and Wisdom of Ostvik Harlan.” It sold out.',
      'The Wit and Wisdom of Ostvik Harlan/MISC',
    ],
  ])('keeps whole: %s → %s', (text, expected) => {
    const { after } = aroundMentionPass('join-quoted-titles', text)
    expect(after).toContain(expected)
  })

  // Counter-examples: a quoted sentence, a one-word scare quote, a person's name in quotes, a
  // nickname after "dubbed", quote marks that do not hug the words, a title with no name in it.
  it.each([
    ['Harlan said "Brask will win the vote" on Monday.'],
    ['Critics mocked the "Brask" plan.'],
    ['Fans chanted "John Ostvik" all night.'],
    ['Critics dubbed her "Gucci Harlan" for her shopping.'],
    ['She wrote " Brask Ostvik " on the wall.'],
    ['It was a "Big Day" for everyone.'],
  ])('leaves alone: %s', (text) => {
    const { before, after } = aroundMentionPass('join-quoted-titles', text)
    expect(after).toEqual(before)
  })
})
