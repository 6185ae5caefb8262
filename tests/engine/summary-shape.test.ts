import { describe, expect, it } from 'vitest'
import { summarize } from '../../src/engine/summary'
import { isFragment } from '../../src/engine/text/finite'
import { articleKind } from '../../src/engine/summary/genre'
import { adaptToFindings } from '../../src/engine/summary/findings'
import { leadingTrim } from '../../src/engine/summary/trim'
import { findBoilerplate } from '../../src/engine/text/boilerplate'
import { splitText } from '../../src/engine/text/sentences'

describe('complete sentences', () => {
  it.each([
    ['Rates.', true],
    ['Photos of the week from around the world', true],
    ['Thousands of protesters in the capital on Sunday.', true],
    ['A look back at the season so far.', true],
    ['More than 80 stalls of street food and crafts.', true],
    ['Local hotels expect more visitors this summer.', false],
    ['They open their doors at nine every morning.', false],
    ['The bank held rates at four percent.', false],
    ['The government plans a new tax on sugar.', false],
    ['Shares fell sharply in early trading today.', false],
    ['He was 88 years old when he died.', false],
    ["it 's the third time this year .", false],
    ['Rescuers pulled two climbers from the crevasse.', false],
    ['The mayor wrote to every household last week.', false],
  ])('reads %j as a fragment: %s', (text, expected) => {
    expect(isFragment(text)).toBe(expected)
  })
})

describe('datelines and time stamps trimmed from the span', () => {
  it.each([
    ['LONDON (Reuters) - Shares fell on Monday.', 'Shares fell on Monday.'],
    ['CEDAR RAPIDS, Iowa (AP) — The river crested overnight.', 'The river crested overnight.'],
    ['(CNN) -- A storm hit the coast.', 'A storm hit the coast.'],
    ['ÅLESUND (NTB) - Fog closed the port.', 'Fog closed the port.'],
    ['ST. LOUIS (AP) — The river rose.', 'The river rose.'],
    ['Paris - the city - voted.', 'Paris - the city - voted.'],
    ['( cnn ) -- a storm hit the coast .', 'a storm hit the coast .'],
    ['14:05 BST: Rescue teams reached the village.', 'Rescue teams reached the village.'],
    ['10.42am The minister left the building.', 'The minister left the building.'],
    ['US officials met in Geneva on Monday.', 'US officials met in Geneva on Monday.'],
    ['NATO allies agreed a plan - in outline.', 'NATO allies agreed a plan - in outline.'],
    ['10 people died in the fire.', '10 people died in the fire.'],
  ])('%j reads %j', (text, expected) => {
    expect(text.slice(leadingTrim(text))).toBe(expected)
  })

  it('returns the trimmed span with exact offsets', () => {
    const text =
      'Storm closes ports\n\nOSLO (NTB) - A storm closed every port on the west coast on Tuesday.\n\nFerries will resume on Thursday, the coast authority said.'
    const result = summarize(text, { sentences: 2 })
    const [first] = result.sentences
    expect(first?.text).toBe('A storm closed every port on the west coast on Tuesday.')
    expect(text.slice(first?.start, first?.end)).toBe(first?.text)
  })
})

describe('the kind of article', () => {
  const kindOf = (text: string) => {
    const split = splitText(text)
    return articleKind(
      split.sentences.map((s) => s.text),
      findBoilerplate(split).sentences,
    )
  }

  it.each([
    [
      'news',
      'The council approved the bridge on Monday. It will cost 240 million euros. Work starts in May.',
    ],
    [
      'live',
      '14:05\nRescue teams reached the village.\n\n13:40\nThe road reopened.\n\n13:10\nRain eased.\n\nWelcome to our live coverage of the storm.',
    ],
    [
      'listing',
      'Five places to eat this week:\n\n1. The Lantern, on Quay Street.\n\n2. Mina, a noodle bar.\n\n3. Olive, for brunch.\n\n4. Harbour Fish.\n\n5. The Crust bakery.',
    ],
    [
      'opinion',
      'I have lived by this river for thirty years. My neighbours tell me the water has never been so low. I think the council has failed us. The plan it approved will not help.',
    ],
    [
      'feature',
      'It was barely light when Mara Lind pushed her boat into the fog. She has fished these waters since she was a girl. Now the fish are gone. Catches in the bay have fallen by half in ten years.',
    ],
  ])('reads a %s article', (expected, text) => {
    expect(kindOf(text)).toBe(expected)
  })

  it('does not read a quoted "I" as an opinion piece', () => {
    const text =
      '"I was terrified," said Ana Ruiz. "My house shook." "I ran," her son said. The quake struck at noon.'
    expect(kindOf(text)).toBe('news')
  })

  it('prefers the nut graf of a feature over its anecdotal opening', () => {
    const opening = [
      'It was barely light when Mara Lind pushed her boat into the fog.',
      'She has fished the bay since she was a girl, like her mother before her.',
    ]
    const rest = [
      'Catches of cod in the bay have fallen by half in ten years, and the regional fisheries board now plans to close the bay to trawlers from next spring.',
      'The board says the closure is the only way to let the cod stocks of the bay recover.',
      'Fishers in the bay say the closure of the bay will end a way of life.',
    ]
    const text = `${opening.join(' ')}\n\n${rest.join('\n\n')}`
    const title = 'Fisheries board plans to close bay to trawlers'
    const result = summarize(text, { sentences: 2 }, title)
    expect(result.kind).toBe('feature')
    expect(result.sentences).toHaveLength(2)
    for (const sentence of result.sentences) expect(opening).not.toContain(sentence.text)
  })
})

describe('findings first in a report on research', () => {
  const adapted = (texts: string[], title?: string): number[] => {
    const scores = texts.map(() => 1)
    adaptToFindings(
      scores,
      texts,
      texts.map(() => true),
      title,
    )
    return scores.map((score) => Math.round(score * 10) / 10)
  }

  it.each([
    ['the study found that', 'The study found that children who swam weekly slept longer.', 1.9],
    ['"it" as the study', 'It found that the drug halved the number of relapses.', 1.9],
    ['researchers and a verb', 'The researchers also found that the effect lasted a year.', 1.9],
    ['any finding', 'Earlier work suggests that sleep matters for memory.', 1.3],
    ['an effect measured', 'Swimmers were far less likely to fall ill.', 1.3],
    ['a teaser', 'A new study may offer a way to stop the decline.', 0.4],
    ['an announcement', 'New research investigates why the birds left the island.', 0.4],
    ['a finding in quotation marks', '“Our study found that sleep matters,” she said.', 1],
    ['background', 'Sleep problems are common among teenagers in Valmora.', 1],
  ])('scores %s', (_name, sentence, expected) => {
    const texts = ['A study of sleep in Valmora schools was published in a journal.', sentence]
    expect(adapted(texts)[1]).toBe(expected)
  })

  it('leaves an article that is not about research alone', () => {
    const texts = ['The council found that the bridge was unsafe.', 'Repairs begin in May.']
    expect(adapted(texts, 'Bridge to close for repairs')).toEqual([1, 1])
  })

  it('puts the finding of a health story before its teaser', () => {
    const text = [
      'Nut allergies among children in Valmora have doubled in a decade.',
      'But a new study may offer a way to reverse that rise in nut allergies.',
      'Doctors have long told parents to keep nuts away from babies.',
      'The study, published in a medical journal, followed 600 babies for five years.',
      'The study found that babies who ate nut paste early cut their risk of a nut allergy by 70%.',
    ].join(' ')
    const chosen = summarize(text, { sentences: 2 }, 'Early nuts may prevent allergy, study says')
    const indexes = chosen.sentences.map((s) => s.index)
    expect(indexes).toContain(4)
    expect(indexes).not.toContain(1)
  })
})

describe('summary sentences by default', () => {
  const text = [
    'Storm closes ports',
    'By Ana Lima',
    'A storm closed every port on the west coast on Tuesday, stranding thousands of travellers.',
    'What happens next?',
    'Ferries.',
    'The coast authority listed the closures:',
    '- Bergen harbour\n- Stavanger ferry terminal',
    'Ferries will resume on Thursday if the wind drops, the coast authority said.',
    'Photo: Kari Lund/NTB',
  ].join('\n\n')

  it('holds only complete statements of the story', () => {
    const chosen = summarize(text, { ratio: 1 }).sentences.map((s) => s.text)
    expect(chosen).toEqual([
      'A storm closed every port on the west coast on Tuesday, stranding thousands of travellers.',
      'Ferries will resume on Thursday if the wind drops, the coast authority said.',
    ])
  })

  it('lets questions and fragments in when the caller relaxes avoid', () => {
    const chosen = summarize(text, { ratio: 1, avoid: [] }).sentences.map((s) => s.text)
    expect(chosen).toContain('What happens next?')
    expect(chosen).toContain('Ferries.')
    expect(chosen).not.toContain('The coast authority listed the closures:')
  })
})
