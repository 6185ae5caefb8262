/**
 * Page widgets copied with an article's text: related-link blocks, video players, reference
 * lines and dated update notes are page furniture, so no name in them becomes an entity.
 */
import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/engine'
import { findBoilerplate } from '../../src/engine/text/boilerplate'
import { splitText } from '../../src/engine/text/sentences'

/** The kind of each line of `text` (by its sentence's text), furniture or null. */
function kinds(text: string): [string, string | null][] {
  const split = splitText(text)
  const marks = findBoilerplate(split)
  return split.sentences.map((sentence, i) => [sentence.text, marks.sentences[i] ?? null])
}

const kindOf = (text: string, line: string): string | null | undefined =>
  kinds(text).find(([sentence]) => sentence === line)?.[1]

const STORY = [
  'The harbour board approved a new ferry terminal on Monday after a long debate.',
  'Work starts in spring, and the board expects the terminal to open within two years.',
  'Opponents said the cost would rise, but the board rejected a delay by seven votes to two.',
].join('\n\n')

describe('related-link blocks', () => {
  it.each([
    // After a label, two headline lines or more, model numbers allowed.
    [
      `${STORY}\n\nFurther Reading\nKestrel Launches a Tiny Drone for Kids\nOrbis Phone Briefly Appears on Sale`,
      ['Kestrel Launches a Tiny Drone for Kids', 'Orbis Phone Briefly Appears on Sale'],
    ],
    [
      `${STORY}\n\nReviews\nOrbis Drive 870 Pro\nKestrel Rugged Case`,
      ['Orbis Drive 870 Pro', 'Kestrel Rugged Case'],
    ],
    // No label: three long headline lines in a row near the end.
    [
      `${STORY}\n\nKestrel Launches a Tiny Drone for Kids\nWhy Orbis Phones Keep Getting Bigger\nThe Best Cheap Ferries to Take This Summer`,
      [
        'Kestrel Launches a Tiny Drone for Kids',
        'Why Orbis Phones Keep Getting Bigger',
        'The Best Cheap Ferries to Take This Summer',
      ],
    ],
  ])('%j', (text, lines) => {
    for (const line of lines) expect(kindOf(text, line), line).toBe('related')
  })

  it.each([
    // Counter-examples: a crosshead between paragraphs; two lines without a label; a results
    // table; a fixture list; a label that is a score.
    [
      `${STORY}\n\nWhat Happens Next for the Harbour\n\n${STORY}`,
      'What Happens Next for the Harbour',
    ],
    [
      `${STORY}\n\nKestrel Launches a Tiny Drone for Kids\nOrbis Phone Briefly Appears on Sale`,
      'Kestrel Launches a Tiny Drone for Kids',
    ],
    [
      `${STORY}\n\nResults\nHarwick 3 Leeds United 1\nDunmore 0 Castlebay Rovers 2`,
      'Harwick 3 Leeds United 1',
    ],
    [
      `${STORY}\n\nHarwick at Dunmore\nLeeds at Castlebay Rovers\nOstrava at Brno City`,
      'Harwick at Dunmore',
    ],
    [
      `${STORY}\n\n6-2\nAna Lopes (Spain) beat Tilde Berg (Sweden\nNorway)`,
      'Ana Lopes (Spain) beat Tilde Berg (Sweden',
    ],
  ])('%j', (text, line) => {
    expect(kindOf(text, line)).not.toBe('related')
  })

  it('lists no entity from a related-link block', () => {
    const text = `${STORY}\n\nFurther Reading\nKestrel Launches a Tiny Drone for Kids\nOrbis Phone Briefly Appears on Sale`
    const names = analyze(text).entities.map((entity) => entity.name)
    expect(names.filter((name) => /Kestrel|Orbis/.test(name))).toEqual([])
  })
})

describe('video players', () => {
  const PLAYER =
    'Play Video\n\nCurrent Time 0:00\n\n/\n\nDuration Time 1:32\n\nLoaded: 0%\n\nFullscreen'

  it('marks the controls and the caption after them', () => {
    const text = `${STORY}\n\n${PLAYER}\n\nVideo shows gulls nesting on a Brannock rooftop\n\n${STORY}`
    expect(kindOf(text, 'Current Time 0:00')).toBe('label')
    expect(kindOf(text, 'Duration Time 1:32')).toBe('label')
    expect(kindOf(text, 'Loaded: 0%')).toBe('label')
    expect(kindOf(text, 'Video shows gulls nesting on a Brannock rooftop')).toBe('caption')
    expect(analyze(text).entities.map((entity) => entity.name)).not.toContain('Brannock')
  })

  it.each([
    // Counter-examples: a time stamp keeps its kind; a heading after one clock line; a sentence.
    [`Updated 14:05 GMT\n\n${STORY}`, 'Updated 14:05 GMT', 'timestamp'],
    [
      `${STORY}\n\nKick-off 3:00\n\nWhat Happens Next for the Harbour\n\n${STORY}`,
      'What Happens Next for the Harbour',
      'heading',
    ],
    [
      `${STORY}\n\n${PLAYER}\n\nThe board met again on Tuesday.`,
      'The board met again on Tuesday.',
      null,
    ],
  ])('%j', (text, line, kind) => {
    expect(kindOf(text, line)).toBe(kind)
  })
})

describe('reference lines', () => {
  it.each([
    [
      'More information: Ana B. C. Lopes et al. Tern routes over the Arctic, Harbour Science (2021). DOI: 10.1000/hs.2021.7',
      true,
    ],
    ['Lopes, A. B., Berg, T. Tern routes over the Arctic. Harbour Science 12, 40–52 (2021).', true],
    // Counter-examples: prose citing a paper, and a sentence with a year in brackets.
    ['Lopes et al. (2021) found that terns fly farther than thought.', false],
    ['Ana Lopes said the route (2021) was the longest yet.', false],
  ])('%j', (line, cited) => {
    const text = `${STORY}\n\n${line}`
    const marked = kinds(text).filter(([sentence]) => line.includes(sentence))
    expect(marked.length).toBeGreaterThan(0)
    for (const [, kind] of marked) expect(kind === 'source', line).toBe(cited)
  })
})

describe('dated update notes', () => {
  it.each([
    ['Update March 3, 4:15 PM ET: Added the board’s statement.', 'timestamp'],
    ['Update July 3rd, 8:05AM ET: Added a chart.', 'timestamp'],
    // Counter-examples: an update without a time is news text, and so is a sentence.
    ['Update: the board has now replied to our questions.', null],
    ['Update the app to see the new map.', null],
  ])('%j', (line, kind) => {
    expect(kindOf(`${STORY}\n\n${line}`, line)).toBe(kind)
  })
})
