import { describe, expect, it } from 'vitest'
import {
  isCreditAgency,
  isDatelineAgency,
  opensDateline,
} from '../../../src/engine/entities/datelines'
import { extractEntities } from '../../../src/engine/entities/entities'
import { find, names, tokensOf } from './helpers'

describe('datelines and credits', () => {
  it.each([
    ['ACCRA, Ghana (Halden Bulletin) — Farmers protested.', 'Halden Bulletin', true],
    ['LONDON (Wire) - Shares fell.', 'Wire', true],
    // Counter-examples: no dash after the brackets, a line opening in lower case.
    ['ACCRA, Ghana (Halden Bulletin) said farmers protested.', 'Halden Bulletin', false],
    ['Farmers in Accra (Halden Bulletin) — protested.', 'Halden Bulletin', false],
  ])('%s: %s is a dateline agency: %s', (text, name, agency) => {
    const { tokens, first, last } = tokensOf(text, name)
    expect(isDatelineAgency(tokens, first, last)).toBe(agency)
  })

  it.each([
    ['CEDAR RAPIDS, Iowa - The branch reopened.', 'CEDAR RAPIDS', true],
    ['NAIROBI, Kenya, March 3 (Precis Wire) — Water ran out.', 'NAIROBI', true],
    ['LONDON, March 3, 2024 (Reuters) - Shares fell.', 'LONDON', true],
    // Counter-examples: a headline goes on in lower case; not at the start of a line; not capitals.
    ['NASA, ESA to launch joint mission — officials', 'NASA', false],
    ['Rain fell. LONDON, Ontario — flooded.', 'LONDON', false],
    ['London, Ontario — Rain fell.', 'London', false],
  ])('%s: %s opens a dateline: %s', (text, name, dateline) => {
    const { tokens, first, last } = tokensOf(text, name)
    expect(opensDateline(tokens, first, last)).toBe(dateline)
  })

  it.each([
    ['Volunteers sorted books. (Photo: Tomas Reyes / Harlow Kestrel)', 'Harlow Kestrel', true],
    // Counter-examples: no credit word, a slash in prose.
    ['Volunteers sorted books. (Tomas Reyes / Harlow Kestrel)', 'Harlow Kestrel', false],
    ['The ratio was Reyes / Harlow Kestrel.', 'Harlow Kestrel', false],
  ])('%s: %s is a credit agency: %s', (text, name, agency) => {
    const { tokens, first } = tokensOf(text, name)
    expect(isCreditAgency(tokens, first)).toBe(agency)
  })

  it.each([
    ['ACCRA, Ghana (Halden Bulletin) — Farmers protested on Monday.', 'Halden Bulletin'],
    [
      'Volunteers sorted books at the new branch. (Photo: Tomas Reyes / Harlow Kestrel)',
      'Harlow Kestrel',
    ],
  ])('%s → organization %s', (text, name) => {
    const entities = extractEntities(text)
    expect(find(entities, name)?.type).toBe('organization')
    expect(names(entities, 'person')).not.toContain(name)
  })

  it.each([
    ['CEDAR RAPIDS, Iowa - The branch reopened on Saturday.', 'Cedar Rapids', ['CEDAR RAPIDS']],
    ['WINSTON-SALEM (Wire) — The plant closed.', 'Winston-Salem', ['WINSTON-SALEM']],
    ['NAIROBI, Kenya — Nairobi rationed water on Wednesday.', 'Nairobi', ['NAIROBI']],
    ['İZMİR, Turkey (Wire) — Ferries stopped on Monday.', 'İzmir', ['İZMİR']],
    ['NEW YORK, March 3 (Reuters) - Stocks rose on Monday.', 'New York', ['NEW YORK']],
    ['LONDON, March 3, 2024 (Reuters) - Shares fell.', 'London', ['LONDON']],
    ['RIO DE JANEIRO, Brazil (Wire) - Rain fell.', 'Rio de Janeiro', ['RIO DE JANEIRO']],
  ])('names a dateline place in its usual case: %s', (text, name, aliases) => {
    const place = find(extractEntities(text), name)
    expect(place?.type).toBe('place')
    expect(place?.aliases).toEqual(aliases)
  })

  it.each([
    ['Officials at NASA said the launch was delayed.', 'NASA', 'organization'],
    ['US, China agree to resume trade talks', 'US', 'place'],
    ['NATO, the Western military alliance, will meet in June.', 'NATO', 'organization'],
    ['NATO, EU to boost defence spending — officials', 'NATO', 'organization'],
  ])('keeps the capitals of an acronym outside a dateline: %s', (text, name, type) => {
    expect(find(extractEntities(text), name)?.type).toBe(type)
  })

  it('reads the place of a dateline with a date', () => {
    const text = 'LONDON 2024-03-05\nThe Bank of England raised interest rates on Thursday.'
    const entities = extractEntities(text)
    expect(names(entities, 'place')).toEqual(['LONDON'])
    expect(names(entities, 'organization')).toEqual(['Bank of England'])
  })
})
