import { describe, expect, it } from 'vitest'
import { plainCandidate } from '../../../src/engine/entities/candidate'
import { extractEntities } from '../../../src/engine/entities/entities'
import { namesCredit } from '../../../src/engine/entities/sources'
import { find, tokensOf } from './helpers'

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

  it('ranks a journal after "in" as the source, however the sentence runs', () => {
    const text = [
      'Terns fly farther than thought, says a study published on Monday in the Norland Journal of Birds.',
      'The team followed 40 terns from Greenland.',
      'Tern numbers in Greenland have fallen.',
    ].join(' ')
    expect(find(extractEntities(text), 'Norland Journal of Birds')).toBeDefined()
    expect(rank(text, 'Norland Journal of Birds')).toBeGreaterThan(rank(text, 'Greenland'))
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

describe('credits: an outlet credited with the news', () => {
  const credits = (text: string, name: string): boolean => {
    const start = text.indexOf(name)
    const candidate = plainCandidate({ start, end: start + name.length, text: name }, 'ORG')
    const { tokens, first, last } = tokensOf(text, name)
    return namesCredit(tokens, candidate, first, last)
  }

  it.each([
    // A wire or picture agency, in any words.
    ['Reuters could not verify the video.', 'Reuters'],
    ['The photo was taken by Getty Images staff.', 'Getty Images'],
    // A body spoken to, whatever its name.
    ['A source in the ministry told Kestrel Radio the talks had failed.', 'Kestrel Radio'],
    ['In an interview with the Lakeside Courier, Vik said she would run.', 'Lakeside Courier'],
    ['Vik said so speaking to Brask Daily on Monday.', 'Brask Daily'],
    ['Police sources tell KVX the ring was stolen.', 'KVX'],
    ['“It is a last resort,” he tells Kestrel Radio.', 'Kestrel Radio'],
    ['Ann Lee, a nurse, tells KVX the ward is full.', 'KVX'],
    ['The firm declined to comment to Kestrel Radio.', 'Kestrel Radio'],
    // An outlet claiming the news as its own.
    ['The ring was stolen from her room, KVX has learned.', 'KVX'],
    // An outlet presenting its own piece.
    ['This Harbour Voice video explores the vote.', 'Harbour Voice'],
    // A paper reporting, or the source of "according to".
    ['The talks failed, the Harbour Times reported.', 'Harbour Times'],
    ['The Harbour Times first reported the sale.', 'Harbour Times'],
    ['Cases rose, according to the Daily Post.', 'Daily Post'],
    ['The letter was obtained by the Brask Herald.', 'Brask Herald'],
    // The agency of a dateline or of a picture credit.
    ['SKARVIK, Norland (Fjord Wire) — The ferries stopped.', 'Fjord Wire'],
    ['The quay at dawn. (Photo: Ann Lee / Fjord Wire)', 'Fjord Wire'],
  ])('%s: %s is credited', (text, name) => {
    expect(credits(text, name)).toBe(true)
  })

  it.each([
    // A body that speaks or acts: its own news.
    ['Cases rose, according to the Health Ministry.', 'Health Ministry'],
    ['Halvard reported a loss for the year.', 'Halvard'],
    ['Halvard has learned nothing from the loss.', 'Halvard'],
    ['Its lawyers tell Halvard to settle.', 'Halvard'],
    ['The board tells Halvard to settle.', 'Halvard'],
    ['This Halvard plant makes rails.', 'Halvard'],
    // A paper as the subject of the story.
    ['The Harbour Times sacked its editor on Monday.', 'Harbour Times'],
    ['Vik sued the Daily Post over the report.', 'Daily Post'],
    // A firm that only shares an agency's first word.
    ['Bloomberg Philanthropies gave the city a grant.', 'Bloomberg Philanthropies'],
  ])('%s: %s is not credited', (text, name) => {
    expect(credits(text, name)).toBe(false)
  })

  it('ranks an outlet the story credits below the places it names', () => {
    const text = [
      'Farmers in Tromsø blocked the harbour road on Monday, Reuters reported.',
      'A farmers’ leader told Reuters the blockade would last a week.',
      'Police in Tromsø said the road would reopen, Reuters reported.',
      'Boats waited off Senja.',
    ].join(' ')
    expect(find(extractEntities(text), 'Reuters')?.type).toBe('organization')
    expect(rank(text, 'Reuters')).toBeGreaterThan(rank(text, 'Tromsø'))
    expect(rank(text, 'Reuters')).toBeGreaterThan(rank(text, 'Senja'))
  })
})
