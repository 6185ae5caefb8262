import { describe, expect, it } from 'vitest'
import { analyze } from '../../../src/engine/analyze'
import { extractEntities } from '../../../src/engine/entities/entities'
import type { Entity, EntityOptions } from '../../../src/engine/entities/entities'
import { find } from './helpers'

/** Rank of `name` among the entities of `text` (0 first), -1 when it is not listed. */
const rankIn = (entities: readonly Entity[], name: string): number =>
  entities.findIndex((entity) => entity.name === name)
const rank = (text: string, name: string, options: EntityOptions = {}): number =>
  rankIn(extractEntities(text, options), name)

const LEAD = 'Ferry crews walked off the job on Monday, halting every crossing of the fjord.'

describe('salience: who speaks', () => {
  const told = (voice: string) =>
    [
      LEAD,
      'Ships waited in Kalmsund through the night.',
      'Freight piled up on the quay at Kalmsund.',
      'Traders in Kalmsund said sales had halved.',
      voice,
      'The strike is the first at the port in twenty years.',
    ].join(' ')
  const speaks = told(
    '“We have waited three years,” said Ingrid Vik, a deckhand. Vik said the crews would stay out. “We will not move,” Vik added.',
  )
  const silent = told(
    'Ingrid Vik, a deckhand, joined the pickets. Vik was born near the quay. Vik has two children.',
  )

  it('ranks a person who speaks above a place named as often', () => {
    expect(rank(speaks, 'Ingrid Vik')).toBeLessThan(rank(speaks, 'Kalmsund'))
  })

  it('does not raise the same person when she only appears', () => {
    expect(rank(silent, 'Ingrid Vik')).toBeGreaterThan(rank(silent, 'Kalmsund'))
    const loud = find(extractEntities(speaks), 'Ingrid Vik')?.salience ?? 0
    expect(find(extractEntities(silent), 'Ingrid Vik')?.salience).toBeLessThan(loud)
  })

  it('counts the speakers a quote finder resolved, by span and by name', () => {
    const text = [
      LEAD,
      'Ships waited off Kalmsund through the night, and off Kalmsund again on Tuesday.',
      'Ingrid Vik, a deckhand, joined the pickets.',
      '“We have waited three years,” she said.',
      '“We will not move,” she said.',
    ].join(' ')
    const she = (from: number) => {
      const start = text.indexOf('she said', from)
      return { start, end: start + 3, name: 'Ingrid Vik' }
    }
    const first = she(0)
    const speakers = [first, she(first.end)]
    const plain = find(extractEntities(text), 'Ingrid Vik')?.salience ?? 0
    expect(find(extractEntities(text, { speakers }), 'Ingrid Vik')?.salience).toBeGreaterThan(plain)
    // A speaker whose name is no entity's raises none.
    const nobody = speakers.map((speaker) => ({ ...speaker, name: 'Tove Lind' }))
    expect(extractEntities(text, { speakers: nobody })).toEqual(extractEntities(text))
  })

  it('takes the speakers of every quote from analyze, not only the key quotes', () => {
    const text = [
      LEAD,
      'Ships waited off Kalmsund through the night, and off Kalmsund again on Tuesday.',
      'Ingrid Vik, a deckhand, joined the pickets.',
      '“We have waited three years for a contract that pays,” she said.',
      '“We will not move until it does,” she said.',
    ].join(' ')
    const alone = find(extractEntities(text), 'Ingrid Vik')?.salience ?? 0
    const analysed = analyze(text, { quotes: { limit: 1 } })
    expect(analysed.quotes).toHaveLength(1)
    expect(find(analysed.entities, 'Ingrid Vik')?.salience).toBeGreaterThan(alone)
  })
})

describe('salience: evidence', () => {
  it('ranks a name across the story above one named as often in one sentence', () => {
    const text = [
      LEAD,
      'The strike is the first at the port in twenty years, and the longest.',
      'Buses ran from Lundholm, from Lundholm harbour and from the Lundholm ferry terminal.',
      'Tarvik had no buses at all.',
      'The council of Tarvik met on Tuesday.',
      'Traders in Tarvik said sales had halved.',
    ].join(' ')
    const entities = extractEntities(text)
    expect(find(entities, 'Lundholm')?.count).toBe(find(entities, 'Tarvik')?.count)
    expect(rankIn(entities, 'Tarvik')).toBeLessThan(rankIn(entities, 'Lundholm'))
  })

  it('ranks a name mentioned twice above an earlier single mention outside the lead', () => {
    const text = [
      LEAD,
      'The strike is the first at the port in twenty years, and the longest.',
      'The strike began in Brevik.',
      'Talks were held at the harbour office.',
      'Union leaders met in Senja on Tuesday.',
      'A second meeting in Senja is planned.',
    ].join(' ')
    expect(rank(text, 'Senja')).toBeLessThan(rank(text, 'Brevik'))
  })

  it('ranks a single mention in the lead above two later mentions', () => {
    const text = [
      'Ferry crews in Brevik walked off the job on Monday, halting every crossing.',
      'The strike is the first at the port in twenty years, and the longest.',
      'Union leaders met in Senja on Tuesday.',
      'A second meeting in Senja is planned.',
    ].join(' ')
    expect(rank(text, 'Brevik')).toBeLessThan(rank(text, 'Senja'))
  })
})

describe('salience: the last lines', () => {
  const story = [
    LEAD,
    'Ships waited off Kalmsund through the night.',
    'Freight piled up on the quay.',
    'The strike is the first at the port in twenty years.',
    'Union leaders met on Tuesday.',
    'A second meeting is planned for Friday.',
    'Talks were held at the harbour office.',
    'Traders said sales had halved.',
    'The council met on Wednesday.',
    'Buses replaced some crossings.',
  ]

  it('gives nothing to a name found only in the closing lines of a long story', () => {
    const text = [...story, 'Lena Ostby covers shipping for the paper.', 'Email her.'].join(' ')
    expect(rank(text, 'Lena Ostby')).toBeGreaterThan(rank(text, 'Kalmsund'))
    expect(find(extractEntities(text), 'Lena Ostby')?.salience).toBe(0)
  })

  it('counts the last sentence of a short story as any other', () => {
    const text = [LEAD, 'Ships waited off Kalmsund.', 'Lena Ostby ran the harbour.'].join(' ')
    expect(find(extractEntities(text), 'Lena Ostby')?.salience).toBeGreaterThan(0)
  })
})

describe('salience: a misc entity the headline names', () => {
  const text = [
    'The Tundra Cup opened on Monday in Kalmsund.',
    'Crowds in Kalmsund cheered the racers.',
    'Hotels in Kalmsund were full.',
    'Kalmsund police closed roads.',
    'The Tundra Cup ends on Sunday.',
  ].join(' ')

  it('ranks the event or product a headline names above a place named more often', () => {
    const title = 'Tundra Cup review: a week of races on the ice'
    expect(rank(text, 'Tundra Cup', { title })).toBe(0)
  })

  it('keeps it below that place when the headline names something else', () => {
    const title = 'A week of races on the ice'
    expect(rank(text, 'Tundra Cup', { title })).toBeGreaterThan(rank(text, 'Kalmsund', { title }))
  })

  it('counts an adjective in the headline as a misc entity still', () => {
    const voters = [
      'Democratic voters met on Monday in Kalmsund.',
      'Crowds in Kalmsund cheered.',
      'Hotels in Kalmsund were full.',
      'Kalmsund police closed roads.',
      'Democratic leaders spoke on Sunday.',
    ].join(' ')
    const title = 'Democratic voters in Kalmsund back a tax'
    expect(rank(voters, 'Democratic', { title })).toBeGreaterThan(
      rank(voters, 'Kalmsund', { title }),
    )
  })
})

describe('salience: an interviewer is no voice of the story', () => {
  const interview = (before: string) =>
    analyze(
      [
        LEAD,
        'Ingrid Vik, a deckhand, led the pickets at Kalmsund.',
        `Vik told ${before} Tove Lind, “We have waited three years for a contract.”`,
        '“Why now?” Lind asked Vik.',
        '“Because the old contract ran out in May,” Vik said.',
        'Per Holm, the port director, met union leaders on Tuesday.',
        'Holm has offered the crews a one-year deal.',
        'The crews turned down the deal Holm offered.',
      ].join(' '),
    ).entities

  it.each([
    ['Radio Fjord presenter'],
    ['the morning show’s co-host'],
    ['debate moderator'],
    ['Harbour Times reporter'],
  ])('ranks the %s asking the questions below a man named more often', (before) => {
    const entities = interview(before)
    expect(rankIn(entities, 'Tove Lind')).toBeGreaterThan(rankIn(entities, 'Per Holm'))
    expect(rankIn(entities, 'Ingrid Vik')).toBe(0)
  })

  it.each([['fellow deckhand'], ['her sister']])(
    'ranks %s who speaks above him (counter-example)',
    (before) => {
      const entities = interview(before)
      expect(rankIn(entities, 'Tove Lind')).toBeLessThan(rankIn(entities, 'Per Holm'))
    },
  )
})
