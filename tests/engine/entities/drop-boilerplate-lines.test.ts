import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { runMentionPass } from './helpers'

describe('pass drop-boilerplate-lines', () => {
  it.each([
    [
      'Share this with Anna Berg\nAnna Berg said so.',
      ['Anna Berg/PER', 'Anna Berg/PER'],
      ['Anna Berg/PER'],
    ],
    ['Follow us on Harbour News\nIt rained.', ['Harbour News/ORG'], []],
    ['Advertisement: Halvard Rail\nIt rained.', ['Halvard Rail/ORG'], []],
    // An invitation to an event of the site: "RSVP for our panel".
    ['RSVP for Our Zoom panel: A Harbour Conversation\nIt rained.', ['Harbour/ORG'], []],
    // Counter-example: the words inside a sentence of the story.
    ['Anna Berg urged readers to share this.', ['Anna Berg/PER'], ['Anna Berg/PER']],
    ['Guests must RSVP to Anna Berg by May.', ['Anna Berg/PER'], ['Anna Berg/PER']],
  ])('%j', (text, given, expected) => {
    expect(runMentionPass('drop-boilerplate-lines', text, given)).toEqual(expected)
  })

  it.each(['Leave a Comment', 'Share this article\nFollow us on social media', 'Leave a Reply'])(
    'yields no entity from %j',
    (text) => {
      expect(extractEntities(text)).toEqual([])
    },
  )
})
