import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { find, names } from './helpers'

describe('stage read-candidates', () => {
  it.each([
    [
      'Ngozi Okonjo-Iweala, the head of the trade body, spoke in Geneva on Monday.',
      'person',
      'Ngozi Okonjo-Iweala',
    ],
    [
      'Ngozi Okonjo-Iweala, the head of the trade body, spoke in Geneva on Monday.',
      'place',
      'Geneva',
    ],
    ['Officials in São Paulo said the new metro line would open next year.', 'place', 'São Paulo'],
    ['The insurer moved its headquarters to Zürich in 2019, the company said.', 'place', 'Zürich'],
    ['South Korean President Yoon Suk Yeol took office in March.', 'person', 'Yoon Suk Yeol'],
    ['Kenyan President William Ruto met Tanzanian officials in Nairobi.', 'person', 'William Ruto'],
    [
      'Brazilian President Luiz Inácio Lula da Silva visited Buenos Aires.',
      'place',
      'Buenos Aires',
    ],
    [
      'Ukrainian President Volodymyr Zelenskyy addressed the European Parliament.',
      'organization',
      'European Parliament',
    ],
    ["Microsoft's chief executive, Satya Nadella, visited Seattle.", 'person', 'Satya Nadella'],
    ["Microsoft's chief executive, Satya Nadella, visited Seattle.", 'organization', 'Microsoft'],
  ] as const)('names from many countries: %s → %s %s', (text, type, name) => {
    expect(names(extractEntities(text), type)).toContain(name)
  })

  it.each([
    ['The ruling Freedom Front party said it would vote against.', 'Freedom Front'],
    ['Staff of the Xinhua news agency were told on Monday.', 'Xinhua'],
  ])('lower-case words at the end are not part of a name: %s → %s', (text, name) => {
    const entities = extractEntities(text)
    expect(find(entities, name)).toBeDefined()
    expect(entities.filter((entity) => entity.name.startsWith(`${name} `))).toEqual([])
  })

  it('keeps a lower-case particle inside or at the start of a name', () => {
    const entities = extractEntities(
      'Former president F.W. de Klerk met students of the Universidad de Chile.',
    )
    expect(names(entities, 'person')).toEqual(['F.W. de Klerk'])
    expect(names(entities, 'organization')).toEqual(['Universidad de Chile'])
  })

  it.each([
    ['From Montevideo the delegation flew home.', 'Montevideo'],
    ['Alongside Lisbon, three cities signed.', 'Lisbon'],
  ])('cuts a sentence opener off a name: %s → %s', (text, name) => {
    const entities = extractEntities(text)
    expect(find(entities, name)).toBeDefined()
    expect(entities.some((entity) => entity.name.includes(' '))).toBe(false)
  })

  it('reads a listed place as a place once an opening word is cut from it', () => {
    const entities = extractEntities('From São Paulo, the Instituto Butantan sent two engineers.')
    expect(find(entities, 'São Paulo')?.type).toBe('place')
    expect(find(entities, 'Instituto Butantan')?.type).toBe('organization')
    const countries = extractEntities('Besides Kenya, the largest commitments came from Vietnam.')
    expect(names(countries, 'place')).toEqual(expect.arrayContaining(['Kenya', 'Vietnam']))
    expect(names(countries, 'organization')).toEqual([])
  })

  it.each([
    ['“Mind you, the tide is free,” said Ana Lopes of Harbour Power.', 'Mind'],
    ['“Trust me, it works,” said Ana Lopes.', 'Trust'],
  ])('drops a sentence-opening verb before an object pronoun: %s', (text, verb) => {
    const entities = extractEntities(text)
    expect(find(entities, verb)).toBeUndefined()
    expect(names(entities, 'person')).toEqual(['Ana Lopes'])
  })

  it('keeps a name before "you" inside a sentence', () => {
    expect(names(extractEntities('I told Maria you would come.'), 'person')).toEqual(['Maria'])
  })

  it('reads an abbreviation of lower-case words as no name', () => {
    const entities = extractEntities(
      'Debt will peak at 3.1 times earnings before interest, tax, depreciation and amortisation (Ebitda) next year.',
    )
    expect(entities).toEqual([])
    // Counter-example: the initials of a name in brackets after it.
    const agency = extractEntities(
      'Staff of the Harbour Relief Fund (HRF) paid the bills, and HRF said it would pay again.',
    )
    expect(find(agency, 'Harbour Relief Fund')?.aliases).toEqual(['HRF'])
  })

  it.each([
    ['A. B. C. D. A. B. C. D. A. B. C. D.'],
    ['Signed: J. K.'],
    ['Options A. and B. were discussed, then C. was chosen.'],
  ])('names no one with initials alone: %j', (text) => {
    expect(extractEntities(text)).toEqual([])
  })

  it.each([
    ['The novel by J. K. Rowling sold well.', 'J. K. Rowling'],
    ['The judge, Ruth B. Ginsburg, dissented.', 'Ruth B. Ginsburg'],
  ])('keeps initials inside a name: %j', (text, name) => {
    expect(names(extractEntities(text), 'person')).toEqual([name])
  })

  it('reads an all-caps headline', () => {
    const entities = extractEntities('CHINA AND JAPAN AGREE ON NEW TRADE PACT')
    expect(names(entities, 'place')).toEqual(['CHINA', 'JAPAN'])
  })

  it('reads countries in a results table', () => {
    const entities = extractEntities('Results:\nSpain 3 Italy 1\nGermany 2 Poland 0')
    expect(names(entities, 'place')).toEqual(expect.arrayContaining(['Spain', 'Italy']))
  })
})
