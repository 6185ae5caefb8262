import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import article from '../../../articles/korea-china-diplomats.md?raw'
import { CEDAR, HALVARD, KELSWORTH, ORKNEY, ZURICH } from '../../sample-articles'
import { extractEntities } from '../../../src/engine/entities/entities'
import type { Entity } from '../../../src/engine/entities/entities'
import { CLUSTER_PASSES, MENTION_PASSES, PIPE_NAMES } from '../../../src/engine/entities/pipeline'
import { find, names } from './helpers'

function articleBody(markdown: string): string {
  return markdown.replace(/^---\n[\s\S]*?\n---\n/, '')
}

describe('the pipeline', () => {
  it('lists every pass once, in the order it runs', () => {
    expect(PIPE_NAMES).toEqual([
      'tag',
      'cut-at-line-breaks',
      'recall-passed-over-places',
      'split-trailing-countries',
      'join-split-names',
      'join-name-particles',
      'join-work-titles',
      'join-road-numbers',
      'join-ordinal-bodies',
      'join-model-words',
      'join-bill-numbers',
      'join-compass-words',
      'split-company-pairs',
      'join-fields-of-body',
      'join-institutions',
      'join-field-lists',
      'take-head-words',
      'join-parenthesised',
      'join-name-links',
      'join-nicknames',
      'join-quoted-titles',
      'drop-nicknames',
      'split-place-lists',
      'split-possessives',
      'recall-passed-over-names',
      'drop-boilerplate-lines',
      'drop-credits',
      'drop-source-notes',
      'drop-author-notes',
      'cut-descriptors',
      'cut-headlines',
      'drop-row-verbs',
      'drop-opening-verbs',
      'cut-opening-adjectives',
      'drop-generic-terms',
      'drop-discourse-words',
      'drop-compound-adjectives',
      'drop-prefixed-words',
      'drop-lowercase-phrases',
      'drop-desk-titles',
      'drop-credentials',
      'cut-titles',
      'cut-party-roles',
      'drop-group-words',
      'read-candidates',
      'add-quantities',
      'group-mentions',
      'split-false-aliases',
      'merge-places-and-bodies',
      'merge-same-names',
      'locative-types',
      'join-appositives',
      'described-types',
      'list-types',
      'context-types',
      'name-part-types',
      'brand-types',
      'coordination-types',
      'fiction-types',
      'merge-retyped-names',
      'merge-name-variants',
      'join-defined-acronyms',
      'merge-short-forms',
      'merge-word-forms',
      'fold-demonyms',
      'drop-common-words',
      'drop-shared-given-names',
      'shape',
    ])
    expect(new Set(PIPE_NAMES).size).toBe(PIPE_NAMES.length)
    expect(MENTION_PASSES.length + CLUSTER_PASSES.length + 5).toBe(PIPE_NAMES.length)
  })
})

describe('the sample article (Korea and China diplomats)', () => {
  const body = articleBody(article)
  const title = 'Senior Chinese, South Korean diplomats vow closer ties'
  const entities = extractEntities(body, { title })

  it('lists exactly the five people, once each', () => {
    expect(names(entities, 'person').sort()).toEqual(
      ['Nancy Pelosi', 'Park Jin', 'Wang Yi', 'Xi Jinping', 'Yoon Suk Yeol'].sort(),
    )
  })

  it.each([
    ['Park Jin', 'Park'],
    ['Wang Yi', 'Wang'],
    ['Xi Jinping', 'Xi'],
    ['Nancy Pelosi', 'Pelosi'],
    ['Yoon Suk Yeol', 'Yoon'],
  ])('merges %s with %s', (name, surname) => {
    expect(find(entities, name)?.aliases).toContain(surname)
  })

  it('keeps the title as a role', () => {
    expect(find(entities, 'Xi Jinping')?.role).toBe('Chinese President')
  })

  it('finds South Korea through its possessive', () => {
    const korea = find(entities, 'South Korea')
    expect(korea?.type).toBe('place')
    const possessive = body.indexOf('South Korea’s')
    expect(korea?.mentions.some((mention) => mention.start === possessive)).toBe(true)
  })

  it('ranks the most mentioned minister above a one-sentence figure', () => {
    const park = entities.findIndex((entity) => entity.name === 'Park Jin')
    const yoon = entities.findIndex((entity) => entity.name === 'Yoon Suk Yeol')
    expect(park).toBeLessThan(yoon)
  })

  it('ignores a boilerplate line appended to the body', () => {
    const footer = '\nLeave a CommentSenior Chinese, South Korean diplomats vow closer ties'
    const ids = (list: Entity[]) => list.map((entity) => entity.id).sort()
    expect(ids(extractEntities(`${body}${footer}`, { title }))).toEqual(ids(entities))
  })
})

describe('the other sample articles', () => {
  const ARTICLES = { CEDAR, HALVARD, KELSWORTH, ORKNEY, ZURICH }
  it.each([
    ['CEDAR', 'Cedar Rapids Public Library', 'organization'],
    ['CEDAR', 'Cedar Rapids Public Library Foundation', 'organization'],
    ['HALVARD', 'Siemens Mobility', 'organization'],
    ['KELSWORTH', 'North Yorkshire Council', 'organization'],
    ['KELSWORTH', 'Environment Agency', 'organization'],
    ['ORKNEY', 'European Marine Energy Centre', 'organization'],
    ['HALVARD', 'Alstom', 'organization'],
    ['HALVARD', 'Network Rail', 'organization'],
    ['HALVARD', 'J.P. Morgan', 'organization'],
    ['KELSWORTH', 'Bridge Street', 'place'],
    ['ZURICH', 'Africa Centres for Disease Control and Prevention', 'organization'],
    ['ZURICH', 'Deutsche Gesellschaft für Internationale Zusammenarbeit', 'organization'],
    ['ZURICH', 'Universidad de Chile', 'organization'],
    ['ZURICH', 'Chłodnie Polarne', 'organization'],
    ['ZURICH', 'Camila Ñancupil', 'person'],
    ['ZURICH', 'Mekong Delta', 'place'],
    ['ZURICH', 'Cần Thơ', 'place'],
    ['ZURICH', 'Vaccine Alliance', 'organization'],
    ['ZURICH', 'Sóc Trăng', 'place'],
    ['ZURICH', 'São Paulo', 'place'],
    ['ORKNEY', 'Aberdeen', 'place'],
    ['CEDAR', 'Cedar Rapids', 'place'],
    ['ORKNEY', 'Ofgem', 'organization'],
    ['ZURICH', 'Swissmedic', 'organization'],
    ['ORKNEY', 'Eday', 'place'],
  ] as const)('%s: %s is one %s', (id, name, type) => {
    const { body, title } = ARTICLES[id]
    const entities = extractEntities(body, { title })
    expect(entities.filter((entity) => entity.name === name).map((e) => e.type)).toEqual([type])
  })

  it.each([
    ['HALVARD', 'Ebitda'],
    ['HALVARD', 'Network'],
    ['KELSWORTH', 'Bridge'],
    ['KELSWORTH', 'Yorkshire Council'],
    ['KELSWORTH', 'Agency'],
    ['KELSWORTH', 'North'],
    ['ORKNEY', 'European Marine Energy'],
    ['ORKNEY', 'Tidal'],
    ['ORKNEY', 'Orkney islands'],
    ['ZURICH', 'Health'],
    ['ZURICH', 'Gavi'],
    ['ZURICH', 'CDC'],
    ['ZURICH', 'TİTCK'],
    ['ZURICH', 'Araújo'],
    ['ZURICH', 'Ñancupil'],
    ['ORKNEY', 'Mind'],
    ['CEDAR', 'CEDAR RAPIDS'],
  ] as const)('%s: no entity is named %s', (id, name) => {
    const { body, title } = ARTICLES[id]
    expect(find(extractEntities(body, { title }), name)).toBeUndefined()
  })
})

describe('invariants on arbitrary text', () => {
  const words = fc.constantFrom(
    'Park',
    'Jin',
    'said',
    'the',
    'U.S.',
    'São',
    'Paulo',
    'Ministry',
    '’s',
    "'s",
    'BEIJING',
    '1996-08-30',
    '“',
    '”',
    '.',
    ',',
    '\n',
    ' ',
    'Zürich',
    'Okonjo-Iweala',
    'and',
    '—',
    '$',
  )
  const texts = fc.oneof(
    fc.string(),
    fc.array(words, { maxLength: 60 }).map((parts) => parts.join(' ')),
  )

  it('never throws, and every mention slices to its text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const entity of extractEntities(text)) {
          expect(entity.salience).toBeGreaterThanOrEqual(0)
          expect(entity.salience).toBeLessThanOrEqual(1)
          expect(entity.count).toBe(entity.mentions.length)
          for (const mention of entity.mentions) {
            expect(text.slice(mention.start, mention.end)).toBe(mention.text)
            expect(mention.text).toBe(mention.text.trim())
            expect(mention.text).not.toMatch(/[,;:!?"”’'(]$|^[,;:!?"“‘'(]/u)
            expect(mention.text).not.toMatch(/['’]s$/u)
          }
        }
      }),
      { numRuns: 300 },
    )
  })

  it('is deterministic and sorted by salience', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const first = extractEntities(text)
        expect(extractEntities(text)).toEqual(first)
        for (let i = 1; i < first.length; i++) {
          expect((first[i - 1] as Entity).salience).toBeGreaterThanOrEqual(
            (first[i] as Entity).salience,
          )
        }
        expect(new Set(first.map((entity) => entity.id)).size).toBe(first.length)
      }),
      { numRuns: 200 },
    )
  })
})
