import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { runMentionPass } from './helpers'

describe('pass drop-discourse-words', () => {
  it.each([
    // Interjections opening a quoted reply; sentence adverbs opening a sentence.
    ["Mira Dale said, 'Oh, we got a report.'", ['Mira Dale/PER', 'Oh/LOC'], ['Mira Dale/PER']],
    ["'Well, let us know,' they said.", ['Well/ORG'], []],
    ['Instead, doctors use phrases like that.', ['Instead/LOC'], []],
    ['Meanwhile, Brask voted.', ['Meanwhile/MISC', 'Brask/LOC'], ['Brask/LOC']],
    // Counter-examples: names holding such a word, the word in capitals, a surname like it.
    ['Oh Wonder played in Leeds.', ['Oh Wonder/ORG', 'Leeds/LOC'], ['Oh Wonder/ORG', 'Leeds/LOC']],
    ['Toledo, OH, voted.', ['Toledo/LOC', 'OH/LOC'], ['Toledo/LOC', 'OH/LOC']],
    ['Wells said no.', ['Wells/PER'], ['Wells/PER']],
  ])('%j', (text, given, expected) => {
    expect(runMentionPass('drop-discourse-words', text, given)).toEqual(expected)
  })

  it('leaves no interjection among the entities of a quoted exchange', () => {
    const text =
      "Usha Patel said the deputies told her, 'Oh, he left. Well, let us know if he comes back.'"
    expect(extractEntities(text).map((entity) => entity.name)).toEqual(['Usha Patel'])
  })
})
