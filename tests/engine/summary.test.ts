import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { holdsQuotation, isQuestion, isQuotationTail } from '../../src/engine/summary/avoid'
import { danglingOpener, unnamedPerson } from '../../src/engine/summary/coherence'
import {
  formatSummary,
  summarize,
  summarizeSentences,
  type SummaryResult,
} from '../../src/engine/summary/index'
import { escapeMarkdown } from '../../src/engine/summary/render'
import { findBoilerplate } from '../../src/engine/text/boilerplate'
import { splitText } from '../../src/engine/text/sentences'

const ARTICLE = [
  'By Lena Okafor',
  'The city council of Port Aldwin approved a new harbour bridge on Monday after two years of debate over its cost and its effect on fishing crews.',
  'The bridge will cost 240 million euros and link the old harbour district with the industrial docks on the northern shore.',
  'Construction is due to begin in the spring and should take four years, according to the council’s transport office.',
  'Advertisement',
  'Fishing crews had argued that the bridge would block the channel used by their boats. The council said the final design raises the central span to let trawlers pass at high tide.',
  '"We listened to the harbour and we changed the plan," said council leader Tomas Brandt. He added that the fishing cooperative had signed the new design.',
  'Critics say the cost has doubled since the first estimate. However, the council expects regional grants to cover half of the bill.',
  'Will the bridge be finished on time? Engineers at the transport office say the schedule leaves room for winter delays.',
  'Residents of the northern shore welcomed the vote, saying the bridge would cut their commute to the old town by half an hour.',
  'Share this article',
].join('\n\n')

const TITLE = 'Port Aldwin approves harbour bridge'

const textsOf = (result: SummaryResult): string[] => result.sentences.map((s) => s.text)
const wordsIn = (text: string): number =>
  text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length

describe('budgets', () => {
  it.each([1, 2, 3, 5])('returns %i sentences when asked for them', (count) => {
    const result = summarize(ARTICLE, { sentences: count }, TITLE)
    expect(result.sentences).toHaveLength(count)
    expect(result.stats.sentences).toBe(count)
  })

  it('defaults to three sentences', () => {
    expect(summarize(ARTICLE).sentences).toHaveLength(3)
  })

  it.each([
    [0.25, 3],
    [0.5, 6],
    [1, 12],
  ])('turns ratio %f into %i of the 12 text sentences', (ratio, expected) => {
    const result = summarize(ARTICLE, { ratio, coherence: 'avoid', avoid: [] }, TITLE)
    expect(result.stats.articleSentences).toBe(12)
    expect(result.sentences).toHaveLength(expected)
  })

  it.each([20, 45, 80, 150])('keeps a %i-word budget with whole sentences', (words) => {
    const result = summarize(ARTICLE, { words }, TITLE)
    expect(result.stats.words).toBeLessThanOrEqual(words)
    expect(result.sentences.length).toBeGreaterThan(0)
    for (const sentence of result.sentences) {
      expect(ARTICLE.slice(sentence.start, sentence.end)).toBe(sentence.text)
    }
    expect(result.requested).toEqual({ words })
    expect(result.truncated).toBe(words > result.stats.articleWords)
  })

  it('returns one whole sentence when the word budget is smaller than every sentence', () => {
    const result = summarize(ARTICLE, { words: 3 }, TITLE)
    expect(result.sentences).toHaveLength(1)
    expect(result.stats.words).toBeGreaterThan(3)
  })

  it('counts summary words as the returned sentences hold them', () => {
    const result = summarize(ARTICLE, { sentences: 4 }, TITLE)
    expect(result.stats.words).toBe(result.sentences.reduce((sum, s) => sum + wordsIn(s.text), 0))
  })

  it('says when the article is shorter than asked', () => {
    const result = summarize('The ferry sailed at dawn. It returned to port at noon.', {
      sentences: 5,
    })
    expect(result.sentences).toHaveLength(2)
    expect(result.truncated).toBe(true)
    expect(result.requested).toEqual({ sentences: 5 })
  })

  it('says when the article has fewer words than the budget', () => {
    const result = summarize('The ferry sailed at dawn. It returned to port at noon.', {
      words: 50,
    })
    expect(result.sentences).toHaveLength(2)
    expect(result.truncated).toBe(true)
  })

  it('reports a ratio as the sentence count it stands for', () => {
    expect(summarize(ARTICLE, { ratio: 0.5 }).requested).toEqual({ sentences: 6 })
  })

  it('is not truncated when the article is long enough', () => {
    expect(summarize(ARTICLE, { sentences: 3 }).truncated).toBe(false)
  })

  it.each([
    [{ sentences: 0 }],
    [{ sentences: 41 }],
    [{ sentences: 2.5 }],
    [{ ratio: 0 }],
    [{ ratio: 1.5 }],
    [{ words: 0 }],
    [{ sentences: 2, words: 40 }],
    [{ ratio: 0.5, sentences: 2 }],
  ])('rejects the invalid options %j', (options) => {
    expect(() => summarize(ARTICLE, options)).toThrow(RangeError)
  })

  it('returns an empty summary for an empty text', () => {
    const result = summarize('   ')
    expect(result.sentences).toEqual([])
    expect(result.summary).toBe('')
    expect(result.truncated).toBe(true)
  })
})

describe('order', () => {
  it('keeps document order by default', () => {
    const result = summarize(ARTICLE, { sentences: 5 }, TITLE)
    const starts = result.sentences.map((s) => s.start)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
  })

  it('orders by rank when asked, with the same sentences', () => {
    const byDocument = summarize(ARTICLE, { sentences: 5 }, TITLE)
    const byRank = summarize(ARTICLE, { sentences: 5, order: 'rank' }, TITLE)
    const ranks = byRank.sentences.map((s) => s.rank)
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
    expect(new Set(byRank.sentences.map((s) => s.index))).toEqual(
      new Set(byDocument.sentences.map((s) => s.index)),
    )
  })

  it('gives distinct ranks from 1 and rounded scores', () => {
    const result = summarize(ARTICLE, { ratio: 1, coherence: 'avoid', avoid: [] }, TITLE)
    expect(result.sentences.map((s) => s.rank).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    )
    for (const sentence of result.sentences) {
      expect(Math.round(sentence.score * 10_000) / 10_000).toBe(sentence.score)
    }
  })
})

describe('avoid', () => {
  it('leaves out sentences that hold quotations', () => {
    const result = summarize(ARTICLE, { ratio: 1, avoid: ['quotes'] }, TITLE)
    expect(result.sentences.some((s) => s.text.includes('"'))).toBe(false)
    expect(result.sentences.length).toBeGreaterThan(5)
  })

  it('leaves out questions', () => {
    const result = summarize(ARTICLE, { ratio: 1, avoid: ['questions'] }, TITLE)
    expect(result.sentences.some((s) => s.text.endsWith('?'))).toBe(false)
  })

  it('includes quotes and questions when nothing is avoided', () => {
    const result = summarize(ARTICLE, { ratio: 1, coherence: 'avoid', avoid: [] }, TITLE)
    expect(result.sentences.some((s) => s.text.includes('"'))).toBe(true)
    expect(result.sentences.some((s) => s.text.endsWith('?'))).toBe(true)
  })

  it.each([
    ['He called the plan “a gift”.', true],
    ['"We are ready," she said.', true],
    ["`` we are ready , '' she said .", true],
    ["he said ' no ' to the offer .", true],
    ['The council’s plan is ready.', false],
    ["it 's ready and they 're happy .", false],
    ["The '90s were different.", false],
  ])('detects a quotation in %j', (text, expected) => {
    expect(holdsQuotation(text)).toBe(expected)
  })

  it.each([
    ['Is it over?', true],
    ['"Is it over?"', true],
    ['(Is it over?)', true],
    ['It is over.', false],
    ['Why? Nobody said.', false],
  ])('detects a question in %j', (text, expected) => {
    expect(isQuestion(text)).toBe(expected)
  })

  it.each([
    ['Fares rose to bring more drivers into the area.”', true],
    ['Fares rose.” The firm later apologised.', true],
    ['“Fares rose,” the driver said.', false],
    ['He called it “a fair price”.', false],
    ['Fares rose to bring more drivers in."', false],
    ['Fares rose sharply on Sunday.', false],
  ])('reads %j as the tail of a quotation: %s', (text, expected) => {
    expect(isQuotationTail(text)).toBe(expected)
  })
})

describe('coherence', () => {
  const DANGLING = [
    'Officials in the river town of Melby unveiled a flood barrier plan on Tuesday.',
    'The town has flooded three times in the last decade, ruining hundreds of homes.',
    'The mayor, Ines Varga, defended the flood barrier plan against its critics.',
    'She said the barrier would protect every home in Melby from river floods for fifty years.',
    'A local bakery reopened after renovation work on its ovens.',
  ].join(' ')

  it.each([
    ['He said the talks would resume.', 'pronoun'],
    ['They declined to comment.', 'pronoun'],
    ['Its value fell.', 'pronoun'],
    ['But the deal collapsed.', 'connective'],
    ['However, the talks failed.', 'connective'],
    ['In addition, prices rose.', 'connective'],
    ['As a result, the vote was delayed.', 'connective'],
    ['“He is wrong,” she said.', 'pronoun'],
    ['but the deal collapsed .', 'connective'],
    ['This week the talks resumed.', null],
    ['The talks resumed.', null],
    ['Hebrew classes resumed.', null],
    ['Butter prices rose.', null],
    ['Theirs was a long road.', null],
    ['', null],
  ])('classifies the opener of %j', (text, expected) => {
    expect(danglingOpener(text)).toBe(expected)
  })

  it.each([
    ['Worried Democrats in the county said that she had known for weeks.', true],
    ['Neighbours said he left the house at dawn.', true],
    ['Rivals said that Ortiz had known, and she denied it.', false],
    ['Ortiz said she would run again.', false],
    ['Council member Tamsin Orly said she would run again.', false],
    ['Worried Democrats said the vote was rigged.', false],
    ['neighbours said he left at dawn .', false],
  ])('reads %j as speaking of a person it does not name: %s', (text, expected) => {
    expect(unnamedPerson(text)).toBe(expected)
  })

  it('passes over an opening that speaks of someone the text has not named', () => {
    const text = [
      'Worried Democrats in the county party said that she had known about the vacancy in the Harwick seat for weeks before the vacancy was announced.',
      'Councillor Tamsin Orly filed her papers for the Harwick seat a day before the vacancy was announced.',
      'Orly denied any advance knowledge of the vacancy in the Harwick seat.',
      'The county party will pick its candidate for the Harwick seat in March.',
    ].join(' ')
    const result = summarize(text, { sentences: 2 })
    expect(result.sentences.map((s) => s.index)).not.toContain(0)
    expect(result.coherence.avoided).toEqual([0])
    // Named first, the same sentence is the lede.
    const named = text.replace('that she had', 'that Tamsin Orly had')
    expect(summarize(named, { sentences: 2 }).sentences.map((s) => s.index)).toContain(0)
  })

  const FLOOD_TITLE = 'Mayor says flood barrier will protect every home for fifty years'

  it('brings in the antecedent of a chosen dangling sentence and says so', () => {
    const result = summarize(DANGLING, { sentences: 3 }, FLOOD_TITLE)
    expect(result.sentences.map((s) => s.index)).toEqual([0, 2, 3])
    expect(result.sentences.map((s) => s.addedForContext)).toEqual([false, true, false])
    expect(result.coherence).toEqual({ policy: 'add-context', added: [2], avoided: [] })
  })

  it('avoids a dangling sentence when its antecedent does not fit the budget', () => {
    const result = summarize(DANGLING, { sentences: 2 }, FLOOD_TITLE)
    expect(result.sentences.map((s) => s.index)).not.toContain(3)
    expect(result.coherence.avoided).toEqual([3])
    expect(result.sentences).toHaveLength(2)
  })

  it('never leaves a dangling sentence without its antecedent', () => {
    for (let count = 1; count <= 5; count++) {
      const result = summarize(DANGLING, { sentences: count })
      const chosen = new Set(result.sentences.map((s) => s.index))
      for (const sentence of result.sentences) {
        if (danglingOpener(sentence.text) !== null && sentence.index > 0) {
          expect(chosen.has(sentence.index - 1)).toBe(true)
        }
      }
    }
  })

  it('avoids dangling sentences under the avoid policy', () => {
    const result = summarize(DANGLING, { sentences: 3, coherence: 'avoid' }, FLOOD_TITLE)
    expect(result.sentences.map((s) => s.index)).toEqual([0, 1, 2])
    expect(result.sentences.every((s) => !s.addedForContext)).toBe(true)
    expect(result.coherence).toEqual({ policy: 'avoid', added: [], avoided: [3] })
  })

  it('uses a dangling sentence when nothing else is left', () => {
    const result = summarize('A storm hit the coast. It flooded the coast road.', {
      sentences: 2,
      coherence: 'avoid',
    })
    expect(result.sentences).toHaveLength(2)
  })
})

describe('boilerplate', () => {
  it('never selects boilerplate, even when asked for everything', () => {
    const result = summarize(ARTICLE, { ratio: 1, coherence: 'avoid' }, TITLE)
    const texts = textsOf(result)
    for (const furniture of ['By Lena Okafor', 'Advertisement', 'Share this article']) {
      expect(texts).not.toContain(furniture)
    }
  })

  it('excludes boilerplate from the article counts', () => {
    const split = splitText(ARTICLE)
    const result = summarize(ARTICLE)
    expect(result.stats.articleSentences).toBe(split.sentences.length - 3)
  })

  it('accepts boilerplate marks computed by the caller', () => {
    const split = splitText(ARTICLE)
    const marks = findBoilerplate(split)
    expect(summarizeSentences({ ...split, boilerplate: marks }, {}, TITLE)).toEqual(
      summarize(ARTICLE, {}, TITLE),
    )
  })
})

describe('offsets and determinism', () => {
  it('returns offsets into the analysed text', () => {
    const result = summarize(ARTICLE, { ratio: 1 }, TITLE)
    for (const sentence of result.sentences) {
      expect(ARTICLE.slice(sentence.start, sentence.end)).toBe(sentence.text)
    }
  })

  it('gives the same bytes for the same input', () => {
    const first = JSON.stringify(summarize(ARTICLE, { sentences: 4 }, TITLE))
    for (let i = 0; i < 3; i++) {
      expect(JSON.stringify(summarize(ARTICLE, { sentences: 4 }, TITLE))).toBe(first)
    }
  })

  it('names the algorithm with a version', () => {
    expect(summarize(ARTICLE).algorithm).toMatch(/^[a-z-]+@\d+$/)
  })

  it('handles CRLF text and a sentence split over lines', () => {
    const text = 'The ferry sailed at\r\ndawn with forty cars.\r\n\r\nIt returned to port at noon.'
    const result = summarize(text, { sentences: 2 })
    for (const sentence of result.sentences) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
    }
    expect(result.summary).toBe(
      'The ferry sailed at dawn with forty cars. It returned to port at noon.',
    )
  })
})

describe('any input', () => {
  it('never throws and returns sentences of the text', () => {
    const pieces = fc.constantFrom(
      'The port opened. ',
      'He said "no". ',
      'But why? ',
      '\n\n',
      'Read more',
      '😀',
      '\ud800',
      ' ',
      '.',
      "it 's ",
    )
    fc.assert(
      fc.property(
        fc
          .array(fc.oneof(pieces, fc.string({ maxLength: 12 })), { maxLength: 40 })
          .map((p) => p.join('')),
        fc.integer({ min: 1, max: 40 }),
        (text, sentences) => {
          const result = summarize(text, { sentences })
          expect(result.sentences.length).toBeLessThanOrEqual(sentences)
          for (const sentence of result.sentences) {
            expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('summarises a long text without a space', () => {
    const result = summarize('x'.repeat(200_000), { words: 10 })
    expect(result.sentences).toHaveLength(1)
  })
})

describe('ranking', () => {
  it('prefers the lead and title-bearing sentences for a short summary', () => {
    const result = summarize(ARTICLE, { sentences: 1 }, TITLE)
    expect(result.sentences[0]?.text).toMatch(/^The city council of Port Aldwin approved/)
  })

  it('ranks a sentence about the topic above an aside', () => {
    const text = [
      'Port Aldwin will build a harbour bridge over the channel.',
      'The harbour bridge will carry trams and cyclists across the channel.',
      'A cat was seen on a roof.',
      'Engineers say the harbour bridge over the channel will open in four years.',
    ].join(' ')
    const result = summarize(text, { ratio: 1 })
    const aside = result.sentences.find((s) => s.text.startsWith('A cat'))
    expect(aside?.rank).toBe(4)
  })

  it('does not return near-duplicate sentences when others are available', () => {
    const text = [
      'The port will open a new ferry terminal in May.',
      'The port will open a new ferry terminal in May, officials said.',
      'Tickets for the first crossings go on sale next week.',
      'Local hotels expect more visitors in the summer season.',
    ].join(' ')
    const result = summarize(text, { sentences: 2 })
    const both = result.sentences.filter((s) => s.text.startsWith('The port will open'))
    expect(both).toHaveLength(1)
  })
})

describe('rendering', () => {
  const result = summarize('Prices <rose> by 5% & more. Traders were *surprised*.', {
    sentences: 2,
    avoid: [],
  })

  it.each([
    ['text', 'Prices <rose> by 5% & more. Traders were *surprised*.'],
    ['markdown', '- Prices \\<rose\\> by 5% & more.\n- Traders were \\*surprised\\*.'],
    [
      'html',
      '<ul><li>Prices &lt;rose&gt; by 5% &amp; more.</li><li>Traders were *surprised*.</li></ul>',
    ],
  ] as const)('renders %s', (format, expected) => {
    expect(formatSummary(result, format)).toBe(expected)
  })

  it.each([
    ['# Not a heading', '\\# Not a heading'],
    ['1. Not a list', '1\\. Not a list'],
    ['- Not a bullet', '\\- Not a bullet'],
    ['A [link](x) and `code`', 'A \\[link\\](x) and \\`code\\`'],
    ['Plain text, ends.', 'Plain text, ends.'],
  ])('escapes Markdown in %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected)
  })

  it('renders nothing for an empty summary', () => {
    expect(formatSummary(summarize(''), 'html')).toBe('')
  })
})
