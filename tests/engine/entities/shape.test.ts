import { describe, expect, it } from 'vitest'
import { extractEntities, extractEntitiesFromDocument } from '../../../src/engine/entities/entities'
import { find } from './helpers'

describe('stage shape: name, salience, options', () => {
  it('prefers the cased form of a name also written in a headline', () => {
    const text = 'SOCCER - BARCELONA WIN AGAIN.\nMADRID 2024-03-05\nBarcelona won 2-1 on Tuesday.'
    const club = find(extractEntities(text), 'Barcelona')
    expect(club?.aliases).toEqual(['BARCELONA'])
  })
})

describe('options', () => {
  const text = 'Chinese President Xi Jinping met Park Jin in Beijing. Xi praised Samsung.'

  it('filters by type', () => {
    const entities = extractEntities(text, { types: ['person'] })
    expect(entities.map((entity) => entity.type)).toEqual(['person', 'person'])
  })

  it('limits to the most salient', () => {
    const all = extractEntities(text)
    expect(extractEntities(text, { limit: 2 })).toEqual(all.slice(0, 2))
  })

  it('raises entities named in the title', () => {
    const plain = find(extractEntities(text), 'Samsung')?.salience ?? 0
    const titled = find(
      extractEntities(text, { title: 'Samsung wins praise' }),
      'Samsung',
    )?.salience
    expect(titled).toBeGreaterThan(plain)
  })

  it('ranks a nationality below the places and people the article is about', () => {
    const article = [
      'Chinese officials met Park Jin in Beijing on Monday.',
      'Chinese state media said the talks with the Chinese foreign ministry went well.',
      'Park said Beijing and Seoul would meet again, and Chinese firms welcomed it.',
    ].join(' ')
    const entities = extractEntities(article)
    const rank = (name: string) => entities.findIndex((entity) => entity.name === name)
    expect(find(entities, 'Chinese')?.type).toBe('misc')
    expect(find(entities, 'Chinese')?.count).toBeGreaterThan(find(entities, 'Beijing')?.count ?? 0)
    expect(rank('Chinese')).toBeGreaterThan(rank('Beijing'))
    expect(rank('Chinese')).toBeGreaterThan(rank('Park Jin'))
  })

  it('accepts a document already split into sentences', () => {
    const first = 'Xi Jinping visited Seoul.'
    const second = 'Xi met Yoon Suk Yeol.'
    const document = {
      text: `${first} ${second}`,
      sentences: [
        { start: 0, end: first.length, index: 0, paragraph: 0, text: first },
        {
          start: first.length + 1,
          end: first.length + 1 + second.length,
          index: 1,
          paragraph: 0,
          text: second,
        },
      ],
    }
    expect(extractEntitiesFromDocument(document)).toEqual(extractEntities(document.text))
  })
})
