import { describe, expect, it } from 'vitest'
import { runMentionPass } from './helpers'

describe('pass cut-party-roles', () => {
  it.each([
    [
      'Ada Kell, the Labour MP for Leeds North, said so.',
      ['Ada Kell/PER', 'Labour MP/ORG', 'Leeds North/LOC'],
      ['Ada Kell/PER', 'Labour/ORG', 'Leeds North/LOC'],
    ],
    ['Two Green Party councillors objected.', ['Green Party councillors/ORG'], ['Green Party/ORG']],
    ['Most Republican Senators voted no.', ['Republican Senators/MISC'], ['Republican/MISC']],
    // Counter-examples: a body's own name, a minister's title, a person, a role alone.
    ['The Health Minister spoke.', ['Health Minister/ORG'], null],
    ['The Foreign Office said so.', ['Foreign Office/ORG'], null],
    ['Jo Peer won the seat.', ['Jo Peer/PER'], null],
    ['An MP asked.', ['MP/ORG'], null],
  ])('%s', (text, given, expected) => {
    expect(runMentionPass('cut-party-roles', text, given)).toEqual(expected ?? given)
  })
})
