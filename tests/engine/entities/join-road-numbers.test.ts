import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { find, runMentionPass } from './helpers'

describe('pass join-road-numbers', () => {
  it.each([
    ['Buses run beside US 1 all day.', ['US/ORG'], ['US 1/LOC']],
    ['Traffic on Route 9A slowed.', ['Route/ORG'], ['Route 9A/LOC']],
    ['A crash closed Interstate 80 overnight.', ['Interstate/MISC'], ['Interstate 80/LOC']],
    // Counter-examples: a count, an ordinal, no number, a number on the next line.
    ['The US 5 billion plan stalled.', ['US/LOC'], null],
    ['The US 2nd Circuit ruled.', ['US/LOC'], null],
    ['The US economy grew.', ['US/LOC'], null],
    ['Made in the US\n12 people came.', ['US/LOC'], null],
    ['Kell Harbour 4 was sold.', ['Kell Harbour/ORG'], null],
  ])('%s', (text, given, expected) => {
    expect(runMentionPass('join-road-numbers', text, given)).toEqual(expected ?? given)
  })

  it('keeps the road apart from the country', () => {
    const entities = extractEntities(
      'The US economy grew. New buses run beside US 1, and US officials praised them.',
    )
    expect(find(entities, 'US')?.count).toBe(2)
    expect(find(entities, 'US 1')?.type).toBe('place')
  })
})
