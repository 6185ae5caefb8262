import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { find } from './helpers'

const rank = (text: string, name: string): number =>
  extractEntities(text).findIndex((entity) => entity.name === name)

describe('salience of sources', () => {
  it('ranks a city named only in the dateline low', () => {
    const text = [
      'OSLO — Farmers in Tromsø protested on Monday against a new fishing quota.',
      'The quota cuts catches by a third, said Ingrid Vik, who leads the Tromsø farmers.',
      'Vik said the farmers of Tromsø would march again.',
    ].join(' ')
    expect(find(extractEntities(text), 'Oslo')).toBeDefined()
    expect(rank(text, 'Oslo')).toBeGreaterThan(rank(text, 'Tromsø'))
    expect(rank(text, 'Oslo')).toBeGreaterThan(rank(text, 'Ingrid Vik'))
  })

  it('ranks a journal named as the source below the study subject', () => {
    const text = [
      'A study published in the journal Harbour Science finds that Arctic terns fly farther than thought.',
      'The team followed 40 terns from Greenland.',
      'Tern numbers in Greenland have fallen.',
    ].join(' ')
    const journal = find(extractEntities(text), 'Harbour Science')
    const plain = find(
      extractEntities(
        'Harbour Science finds that Arctic terns fly farther. The team followed terns from Greenland.',
      ),
      'Harbour Science',
    )
    expect(journal).toBeDefined()
    expect(journal?.salience ?? 1).toBeLessThan(plain?.salience ?? 0)
    expect(rank(text, 'Harbour Science')).toBeGreaterThan(rank(text, 'Greenland'))
  })

  it('keeps the lead weight of a city the story itself names first', () => {
    const text = 'Farmers in Tromsø protested on Monday. Tromsø officials met them.'
    expect(rank(text, 'Tromsø')).toBe(0)
  })
})
