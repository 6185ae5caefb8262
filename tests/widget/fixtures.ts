/** Hand-written analysis documents for the renderer tests (our own sentences, no eval data). */
import type { Analysis, Entity, Quote, SummarySentence } from '../../src/widget/types'

export const HOSTILE = [
  '<script>alert(1)</script>',
  '"onerror=alert(1)',
  "'><img src=x onerror=alert(1)>",
  '</iframe>',
  '</style><b>',
  '&amp; &lt;',
]
export const HOSTILE_TEXT = HOSTILE.join(' ')

const SENTENCES: SummarySentence[] = [
  {
    index: 4,
    paragraph: 2,
    text: 'Repairs cost more than planned.',
    start: 90,
    end: 121,
    score: 0.7,
    rank: 2,
    entities: [],
  },
  {
    index: 0,
    paragraph: 0,
    text: 'The ferry sailed again on Monday.',
    start: 0,
    end: 33,
    score: 0.9,
    rank: 1,
    entities: ['e1'],
  },
]

export const UNATTRIBUTED_QUOTE: Quote = {
  id: 'q1',
  text: '“We were lucky,”',
  start: 40,
  end: 56,
  kind: 'full',
  speaker: null,
  cue: null,
  paragraph: 1,
  score: 0.95,
}

const ATTRIBUTED_QUOTE: Quote = {
  id: 'q2',
  text: 'The hull held up better than anyone hoped',
  start: 60,
  end: 101,
  kind: 'full',
  speaker: { name: 'Mara Holt', start: 0, end: 9, role: 'harbour master', anonymous: false },
  cue: null,
  paragraph: 1,
  score: 0.8,
}

const PLACE: Entity = {
  id: 'e2',
  name: 'Kelport',
  type: 'place',
  aliases: [],
  mentions: [],
  count: 2,
  salience: 0.4,
  firstMention: 20,
}

const PERSON: Entity = {
  id: 'e1',
  name: 'Mara Holt',
  type: 'person',
  aliases: [],
  mentions: [],
  count: 3,
  salience: 0.6,
  firstMention: 5,
}

export function sampleAnalysis(overrides: Partial<Analysis> = {}): Analysis {
  return {
    article: {
      id: 'harbour-ferry',
      title: 'Harbour ferry returns after storm repairs',
      byline: 'By Ada Lind',
      publishedAt: '2026-03-02T09:30:00Z',
      url: 'https://precis.example/samples/harbour-ferry',
      version: 'v1',
    },
    summary: {
      sentences: SENTENCES,
      summary: 'The ferry sailed again on Monday. Repairs cost more than planned.',
      stats: {},
      algorithm: 'test',
    },
    quotes: [UNATTRIBUTED_QUOTE, ATTRIBUTED_QUOTE],
    entities: [PLACE, PERSON],
    ...overrides,
  }
}

/** Every text field the card shows set to hostile markup. */
export function hostileAnalysis(): Analysis {
  const base = sampleAnalysis()
  return {
    ...base,
    article: {
      ...base.article,
      title: HOSTILE_TEXT,
      byline: HOSTILE_TEXT,
      url: 'javascript:alert(1)',
    },
    summary: {
      ...base.summary,
      sentences: [{ ...SENTENCES[0], text: HOSTILE_TEXT } as SummarySentence],
    },
    quotes: [
      {
        ...ATTRIBUTED_QUOTE,
        text: HOSTILE_TEXT,
        speaker: { name: HOSTILE_TEXT, start: 0, end: 1, role: HOSTILE_TEXT, anonymous: false },
      },
    ],
    entities: [{ ...PLACE, name: HOSTILE_TEXT, type: '"><script>' as 'misc' }],
  }
}

/**
 * True when some tag of ours carries an event-handler attribute. Quoted attribute values are
 * blanked first: escaped data inside them (`title="&quot;onerror=…"`) is text, not an attribute.
 */
export function hasEventHandlerAttribute(html: string): boolean {
  return /<[^>]*\son[a-z]+=/i.test(html.replace(/="[^"]*"/g, '=""'))
}
