import { describe, expect, it } from 'vitest'
import { appositionType, namedAsBody } from '../../../src/engine/entities/appositions'
import { extractEntities } from '../../../src/engine/entities/entities'
import { find, tokensOf } from './helpers'

describe('what the words around a name say it is (appositions)', () => {
  it.each([
    ['Orders rose at Zakłady, a frozen-food maker based in Gdańsk.', 'Zakłady', 'ORG'],
    ['Sterling Banks, a nurse at the clinic, said so.', 'Sterling Banks', 'PER'],
    // The head of the noun phrase decides, not its first noun.
    ['John Smith, a company spokesman, said so.', 'John Smith', 'PER'],
    ['Chegg, a student services company, cut jobs.', 'Chegg', 'ORG'],
    ['Bexora, the Ocean Data Alliance, said so.', 'Bexora', 'ORG'],
    // Counter-examples: an unknown head, a capitalised word, a lower-case noun after a ", the"
    // name, a list of names.
    ['Ana Lopes, a keen sailor, said so.', 'Ana Lopes', undefined],
    ['Ana Lopes, a Harbour spokesman, said so.', 'Ana Lopes', undefined],
    ['Smith, the Foreign Office minister, said so.', 'Smith', undefined],
    ['Kestrel, the Ocean Data Alliance, the Harbour Fund, gave.', 'Kestrel', undefined],
    ['Ana Lopes said a nurse helped.', 'Ana Lopes', undefined],
  ])('%s → %s is %s', (text, name, type) => {
    const { tokens, last } = tokensOf(text, name)
    expect(appositionType(tokens, last)).toBe(type)
  })

  it.each([
    ['The plan was approved by the energy regulator Ofgem.', 'Ofgem', true],
    ['Several other regulators, including Swissmedic, agreed.', 'Swissmedic', true],
    ['Rates at lenders such as Barclays fell.', 'Barclays', true],
    ['The broadcaster Al Jazeera reported the raid.', 'Al Jazeera', true],
    // Counter-examples: the noun is a reporting verb's object, no body noun, a list of people.
    ['A source told the newspaper Keir Starmer had approved it.', 'Keir Starmer', false],
    ['The company chairman Anders Lindqvist said so.', 'Anders Lindqvist', false],
    ['Several ministers, including Wang Yi, spoke.', 'Wang Yi', false],
    ['The regulator\nOfgem said so.', 'Ofgem', false],
  ])('%s → %s named as a body: %s', (text, name, body) => {
    const { tokens, first } = tokensOf(text, name)
    expect(namedAsBody(tokens, first)).toBe(body)
  })

  it.each([
    [
      'Orders rose at Zakłady Mroźne, a frozen-food maker based in Gdańsk.',
      'Zakłady Mroźne',
      'organization',
    ],
    ['Sterling Banks, a nurse at the clinic, said the fridges failed.', 'Sterling Banks', 'person'],
    ['John Smith, a company spokesman, said the plant would close.', 'John Smith', 'person'],
    ['Chegg, a student services company, cut jobs.', 'Chegg', 'organization'],
    ['Smith, the Foreign Office minister, said talks would resume.', 'Smith', 'person'],
    ['The plan was approved by the energy regulator Ofgem last year.', 'Ofgem', 'organization'],
    ['Several other regulators, including Swissmedic, agreed.', 'Swissmedic', 'organization'],
    ['Lenders such as Barclays cut their rates.', 'Barclays', 'organization'],
    ['The broadcaster Al Jazeera reported the raid.', 'Al Jazeera', 'organization'],
    ['The company chairman Anders Lindqvist said the deal was done.', 'Anders Lindqvist', 'person'],
    ['Several ministers, including Wang Yi, spoke.', 'Wang Yi', 'person'],
    ['A source told the newspaper Keir Starmer had approved the plan.', 'Keir Starmer', 'person'],
  ])('%s → %s is a %s', (text, name, type) => {
    expect(find(extractEntities(text), name)?.type).toBe(type)
  })

  it.each([
    [
      'Sanctions came from Canada, the European Union, Japan and Britain.',
      ['Canada', 'European Union', 'Japan', 'Britain'],
    ],
    [
      'Donors were Kestrel, the Ocean Data Alliance, the Harbour Relief Fund, and others.',
      ['Kestrel', 'Ocean Data Alliance', 'Harbour Relief Fund'],
    ],
  ])('reads a list with ", the" items as a list: %s', (text, expected) => {
    const entities = extractEntities(text)
    expect(entities.map((entity) => entity.name).sort()).toEqual([...expected].sort())
  })
})
