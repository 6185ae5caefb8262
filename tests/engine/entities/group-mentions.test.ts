import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { find } from './helpers'

describe('stage group-mentions', () => {
  it.each([
    ['Xi Jinping spoke first. Later Xi said the talks had gone well.', 'Xi Jinping', ['Xi']],
    ['Park Jin arrived on Monday. On Tuesday Park met the minister.', 'Park Jin', ['Park']],
    ['Nancy Pelosi flew to Seoul. Pelosi met lawmakers there.', 'Nancy Pelosi', ['Pelosi']],
    [
      'Seoul urged Beijing to restrain North Korea. Officials said the North’s missile tests went on.',
      'North Korea',
      ['North'],
    ],
    [
      'The Environment Agency built the wall in 2019. Agency officials said privately that it would hold.',
      'Environment Agency',
      ['Agency'],
    ],
    [
      'Lucía Fernández Ortega chaired the meeting in Lima. Fernández said the plan would work.',
      'Lucía Fernández Ortega',
      ['Fernández'],
    ],
    [
      'The United States and China held talks. US officials said the U.S. position was firm.',
      'United States',
      ['US', 'U.S.'],
    ],
    [
      'Nordvik Shipping Ltd. reported higher profits. Nordvik said demand rose.',
      'Nordvik Shipping Ltd.',
      ['Nordvik'],
    ],
    [
      'Tessaro Foods Inc. agreed to buy a rival. Tessaro will pay cash.',
      'Tessaro Foods Inc.',
      ['Tessaro'],
    ],
    [
      'The River Leen burst its banks on Sunday. Levels on the Leen kept rising.',
      'River Leen',
      ['Leen'],
    ],
  ])('merges the forms of one entity: %s → %s', (text, name, aliases) => {
    const entities = extractEntities(text)
    const entity = find(entities, name)
    expect(entity?.aliases).toEqual(aliases)
    expect(entity?.count).toBe(aliases.length + 1)
    for (const alias of aliases) expect(find(entities, alias)).toBeUndefined()
  })

  it.each([
    [
      'Mary Ellen Hatcher won the seat. Voters said Ellen Hatcher had knocked on every door.',
      'Mary Ellen Hatcher',
      ['Ellen Hatcher'],
    ],
    [
      'Peter James Colby led the study. James Colby said the results were clear.',
      'Peter James Colby',
      ['James Colby'],
    ],
    // Counter-example: two people share the tail, so it stands for neither.
    [
      'Mary Ellen Hatcher met Tom Ellen Hatcher on Monday. Ellen Hatcher said little.',
      'Mary Ellen Hatcher',
      [],
    ],
  ])('joins the last words of a person’s full name to that person: %s', (text, name, aliases) => {
    expect(find(extractEntities(text), name)?.aliases).toEqual(aliases)
  })

  it.each([
    // A surname written alone before any of the people who share it names someone else.
    [
      'Lindqvist announced his retirement on Monday. The site was registered by Erik Lindqvist, his brother. Rosa Lindqvist, his wife, declined to comment. Lindqvist said he would stay on.',
      'Erik Lindqvist',
      [],
    ],
    // Counter-example: one person holds the surname, so it is theirs wherever it comes.
    [
      'Lindqvist announced his retirement on Monday. The site was registered by Erik Lindqvist, his brother. Lindqvist said he would stay on.',
      'Erik Lindqvist',
      ['Lindqvist'],
    ],
    // Shared by two people, the name is the one named last before it.
    [
      'Hana Park chaired the panel on Monday. The defence minister, Park Min-jun, resigned later. Park said he took full responsibility.',
      'Park Min-jun',
      ['Park'],
    ],
    [
      'Park Min-jun chaired the panel on Monday. Hana Park, a lawyer, spoke later. Park said she was pleased.',
      'Hana Park',
      ['Park'],
    ],
  ])('gives a name two people share to the one named last before it: %s', (text, name, aliases) => {
    expect(find(extractEntities(text), name)?.aliases).toEqual(aliases)
  })

  it.each([
    // A known given name that is one person's surname and another's given name is the surname.
    [
      'The chemist Paul Martin built the lamp in 1902. The painter Martin Ravelle bought one. Martin patented the lamp in 1910.',
      'Paul Martin',
      ['Martin'],
    ],
  ])(
    'gives a given name that is also a surname to its surname holder: %s',
    (text, name, aliases) => {
      expect(find(extractEntities(text), name)?.aliases).toEqual(aliases)
    },
  )

  it.each([
    // Initials stand for a name that opens with a place qualifier, defined or not.
    [
      'The Central Business District will get new towers. Planners said the CBD holds most offices.',
      'Central Business District',
      ['CBD'],
    ],
    [
      'The Northern Ferry Authority cut fares. The NFA said demand grew.',
      'Northern Ferry Authority',
      ['NFA'],
    ],
    // Counter-example: the qualifier's other words still name no part of the place.
    ['Lower Brask flooded again. Brask said the river rose.', 'Lower Brask', []],
  ])('joins initials to the name they stand for: %s', (text, name, aliases) => {
    expect(find(extractEntities(text), name)?.aliases).toEqual(aliases)
  })

  it.each([
    // Held as a given name by both and as a surname by neither, it names neither for sure.
    'Paul Martin built the lamp in 1902. Paul Ravelle bought one in Paris. Paul said it glowed.',
    'Ellen Fetter wrote the program. Ellen Marsh tested it in 1962. Ellen said it worked.',
  ])('gives a given name two people share to neither, and lists it for no one: %s', (text) => {
    const entities = extractEntities(text)
    const given = text.split(' ')[0] as string
    expect(entities.filter((entity) => entity.type === 'person')).toHaveLength(2)
    for (const entity of entities) expect(entity.aliases).not.toContain(given)
    expect(find(entities, given)).toBeUndefined()
  })

  it.each([
    // A part of a place is another place than the place it qualifies.
    [
      'Fires broke out in Upper Vardon on Monday. The mayor of Vardon said crews were working.',
      'Upper Vardon',
      'Vardon',
    ],
    // A place the text writes with a qualifier is no short form of a paper named after it.
    [
      'Council races were close in the East Bronx, where turnout was low. According to the Bronx Times, she won. She will be the only Republican from the Bronx.',
      'Bronx Times',
      'Bronx',
    ],
  ])('keeps a place apart from a name that holds it: %s', (text, name, place) => {
    const entities = extractEntities(text)
    expect(find(entities, name)?.aliases).toEqual([])
    expect(find(entities, place)?.type).toBe('place')
  })

  it.each([
    // A product or feature opens on its maker's or its app's name: that word names the maker.
    [
      'ChatNest unveiled the ChatNest Studio Pro on Monday. The ChatNest Studio Pro costs $99 a year, ChatNest said.',
      'ChatNest Studio Pro',
      'ChatNest',
    ],
    [
      'The update adds a “ChatNest Gaze Fix” feature to ChatNest. ChatNest Gaze Fix moves the eyes during ChatNest calls, the company said.',
      'ChatNest Gaze Fix',
      'ChatNest',
    ],
  ])('keeps a maker apart from the product named after it: %s', (text, product, maker) => {
    const entities = extractEntities(text)
    expect(find(entities, product)?.aliases ?? []).not.toContain(maker)
    expect(find(entities, maker)).toBeDefined()
  })

  it('still shortens a company to its first word when no product or work bears its name', () => {
    const text = 'Nordvik Shipping Ltd. reported higher profits. Nordvik said demand rose.'
    expect(find(extractEntities(text), 'Nordvik Shipping Ltd.')?.aliases).toEqual(['Nordvik'])
  })

  it('keeps a paper’s first word as its short form when the text never writes it as a place', () => {
    const entities = extractEntities(
      'Sales at the Calder Times fell. The Calder Times said it would cut jobs. Calder said more.',
    )
    expect(find(entities, 'Calder Times')?.aliases).toEqual(['Calder'])
  })

  it.each([
    // A generic first word stands for no company; a place word for no body it opens.
    ['National Grid said so. National unity matters, National said.', 'National Grid', []],
    ['Rankings: 7. United Kingdom 8. Italy 9. Spain 10. United', 'United Kingdom', []],
    // A firm and its arm in a country are two.
    [
      'Stakes in Vanto Japan rose. Vanto said the Vanto Japan shares would stay.',
      'Vanto Japan',
      [],
    ],
    [
      'The Bank of Canada held rates. The Royal Bank of Canada raised its forecast.',
      'Bank of Canada',
      [],
    ],
  ])('keeps apart what is not a short form: %s', (text, name, aliases) => {
    expect(find(extractEntities(text), name)?.aliases).toEqual(aliases)
  })

  it.each([
    ['Michael Jordan flew to Amman. Talks in Jordan went well.', []],
    // Counter-example: the surname alone, with no place cue.
    ['Michael Jordan scored 30 points. Jordan smiled.', ['Jordan']],
  ])(
    'keeps a country written as a place apart from a person named after it: %s',
    (text, aliases) => {
      expect(find(extractEntities(text), 'Michael Jordan')?.aliases).toEqual(aliases)
    },
  )

  it('keeps a place apart from a person whose middle name it is', () => {
    const entities = extractEntities(
      'George Washington Carver was born in Missouri. He later taught far from Washington.',
    )
    expect(find(entities, 'Washington')?.type).toBe('place')
    expect(find(entities, 'George Washington Carver')?.aliases).toEqual([])
  })

  it('joins the parts of a body’s name the tagger cut it to', () => {
    const entities = extractEntities(
      'North Yorkshire Council met on Monday. Yorkshire Council officials said the wall would hold.',
    )
    expect(find(entities, 'North Yorkshire Council')?.aliases).toEqual(['Yorkshire Council'])
  })
})
