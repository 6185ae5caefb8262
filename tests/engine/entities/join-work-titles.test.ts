import { describe, expect, it } from 'vitest'
import { runMentionPass } from './helpers'

describe('pass join-work-titles', () => {
  it.each([
    // A quoted title in title case, holding a name, is one work.
    [
      'She sold a booklet titled “The Life and Times of Ada Quill.” It sold well.',
      ['Times of Ada Quill/ORG'],
      ['The Life and Times of Ada Quill/MISC'],
    ],
    ['The film "Return to Marlow Bay" opened.', ['Marlow Bay/LOC'], ['Return to Marlow Bay/MISC']],
    // A periodical's head before "of (the)" and a body's name opens the journal's name.
    [
      'It appeared in Proceedings of the Royal Kell Society last week.',
      ['Royal Kell Society/ORG'],
      ['Proceedings of the Royal Kell Society/ORG'],
    ],
    [
      'It appeared in Annals of Marlow Medicine today.',
      ['Marlow Medicine/ORG'],
      ['Annals of Marlow Medicine/ORG'],
    ],
    // Counter-examples: quoted speech, a name filling the quote already, no periodical head,
    // a lower-case "proceedings".
    ['“Ada Quill is right,” he said.', ['Ada Quill/PER'], null],
    ['“Ada Quill,” he said.', ['Ada Quill/PER'], null],
    ['A member of the Royal Kell Society spoke.', ['Royal Kell Society/ORG'], null],
    ['The proceedings of the Royal Kell Society dragged.', ['Royal Kell Society/ORG'], null],
  ])('%s', (text, given, expected) => {
    expect(runMentionPass('join-work-titles', text, given)).toEqual(expected ?? given)
  })
})
