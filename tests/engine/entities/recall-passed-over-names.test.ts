import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { find, runMentionPass } from './helpers'

describe('pass recall-passed-over-names', () => {
  it.each([
    // A capitalised word inside a sentence, standing alone: a firm, a platform, a body.
    ['Lund guessed years ago that Brindlecorp would one day do this.', ['Brindlecorp/ORG']],
    ['The clip was spotted by a fan on Kestrelnet.', ['Kestrelnet/ORG']],
    ['If only the fund had bought Vantaro instead.', ['Vantaro/ORG']],
    ['The report appeared first on DataHarbour.', ['DataHarbour/ORG']],
    // A word opening in lower case names a product.
    ['It runs on both iTide and Brindle.', ['iTide/MISC', 'Brindle/ORG']],
    // Counter-examples: a sentence's first word, a word after an article, the first word of a
    // longer name, a word the text also writes in lower case, a day, a month, a holiday, a
    // language, an abstract noun, a label before a number.
    ['Brindlecorp will ship the drives this year.', []],
    ['Traffic on the Internet doubled.', []],
    ['It was published in Proceedings of the Tide Academy.', []],
    ['They met Harbour Bank officials.', []],
    ['The drives are sold by Harbour and the harbour is busy.', []],
    ['The vote is due on Monday or in March.', []],
    ['She will spend Christmas with her family.', []],
    ['The forms are printed in Swahili.', []],
    ['He worked in Compliance for years.', []],
    ['Pupils in Year 9 sat the test.', []],
    ['The Minister of Tides for Coastwatch opened the quay.', []],
  ])('%s', (text, expected) => {
    expect(runMentionPass('recall-passed-over-names', text, [])).toEqual(expected)
  })

  it('gives a recalled word the type of its mention found elsewhere', () => {
    const twice = 'Ships wait off Kalmsund. Traders said Kalmsund was cold.'
    expect(runMentionPass('recall-passed-over-names', twice, ['Kalmsund/LOC'])).toEqual([
      'Kalmsund/LOC',
      'Kalmsund/LOC',
    ])
  })

  it('recalls a firm after a person and "of", not the last word of a title', () => {
    const text = 'Jo Reyes of Vantaro spoke. The Minister of Tides for Coastwatch agreed.'
    expect(runMentionPass('recall-passed-over-names', text, ['Jo Reyes/PER'])).toEqual([
      'Jo Reyes/PER',
      'Vantaro/ORG',
    ])
  })

  it('lists the firm a story is about when the tagger passed it over', () => {
    const entities = extractEntities(
      'A new feature makes it look as if you stare at the camera. Mike Rundle guessed in 2017 that Apple would one day do this. He shared the clip on Twitter.',
    )
    expect(find(entities, 'Apple')?.type).toBe('organization')
    expect(find(entities, 'Twitter')?.type).toBe('organization')
  })
})
