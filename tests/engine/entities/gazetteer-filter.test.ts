import { describe, expect, it } from 'vitest'
import { GAZETTEER, GAZETTEER_BITS } from '../../../src/engine/entities/gazetteer'
import { listedBits } from '../../../src/engine/entities/gazetteer-lookup'

describe('the gazetteer filter shipped with the engine', () => {
  it('lets every listed word through to its bits', () => {
    for (const [word, bits] of GAZETTEER) expect(listedBits(word), word).toBe(bits)
  })

  it.each([
    ['a country', 'kenya', GAZETTEER_BITS.country],
    ['a place and a country', 'mexico', GAZETTEER_BITS.country | GAZETTEER_BITS.place],
    ['a title', 'spokesman', GAZETTEER_BITS.title],
    ['a common word', 'river', GAZETTEER_BITS.place],
  ])('reads %s (%s)', (_, word, bits) => {
    expect(listedBits(word)).toBe(bits)
  })

  it.each(['said', 'the', 'Kenya', 'kenyas', '', 'constructor', '__proto__'])(
    'answers 0 for a word in no list (%j)',
    (word) => {
      expect(listedBits(word)).toBe(0)
    },
  )
})
