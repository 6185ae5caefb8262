import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findQuotes, findQuotesInDocument, type Quote } from '../../src/engine/quotes'
import { splitText } from '../../src/engine/text/sentences'
import korea from '../../articles/korea-china-diplomats.md?raw'

/** Every quoted passage (parts not joined), quoted terms and nested quotes included, in text order. */
const all = (text: string): Quote[] =>
  findQuotes(text, { limit: Infinity, terms: true, nested: true, join: false }).sort(
    (a, b) => a.start - b.start,
  )
const texts = (text: string): string[] => all(text).map((q) => q.text)
const only = (text: string): Quote => {
  const quotes = all(text).filter((q) => q.parent === undefined)
  expect(quotes).toHaveLength(1)
  return quotes[0] as Quote
}
const spoken = (text: string, q: Quote): string | null =>
  q.speaker ? text.slice(q.speaker.start, q.speaker.end) : null

describe('quote marks', () => {
  it.each<[string, string[]]>([
    ['She said "We will stay." Then she left.', ['We will stay.']],
    ['“We will stay,” she said.', ['We will stay,']],
    ['The mayor said: « Nous resterons ici. »', ['Nous resterons ici.']],
    ['Sie sagte: „Wir bleiben hier.“ Dann ging sie.', ['Wir bleiben hier.']],
    ['He wrote: »We stay.« Then he left.', ['We stay.']],
    ['The mayor called it “a disgrace“ on Monday.', ['a disgrace']],
    ['Two quotes: “first one” and "second one" here.', ['first one', 'second one']],
    ['The senator replied:"We learned it late." Then silence.', ['We learned it late.']],
    [
      '“He told me ‘never again’ and walked out,” she said.',
      ['He told me ‘never again’ and walked out,', 'never again'],
    ],
    [
      '"My mother said \'come home now\' every night," he said.',
      ["My mother said 'come home now' every night,", 'come home now'],
    ],
  ])('finds the quotes in %s', (input, expected) => {
    expect(texts(input)).toEqual(expected)
  })

  it('leaves nested quotes out unless asked', () => {
    const text = '“He told me ‘never again’ and walked out,” Ann Lee said.'
    expect(findQuotes(text).map((q) => q.text)).toEqual([
      'He told me ‘never again’ and walked out,',
    ])
  })

  it('marks a nested quote with the id of the quote around it', () => {
    const [outer, inner] = all('“He told me ‘never again’ and walked out,” she said.')
    expect(inner?.parent).toBe(outer?.id)
    expect(outer?.parent).toBeUndefined()
  })
})

describe('apostrophes are never quote marks', () => {
  it.each<[string, string[]]>([
    ["“Don't worry, it's fine,” she said.", ["Don't worry, it's fine,"]],
    ["“Back in the '90s we had nothing,” he said.", ["Back in the '90s we had nothing,"]],
    ["“We played rock 'n' roll all night,” he said.", ["We played rock 'n' roll all night,"]],
    ['“The students’ union will decide,” she said.', ['The students’ union will decide,']],
    [
      '“They call it ‘the students’ union’ over there,” he said.',
      ['They call it ‘the students’ union’ over there,', 'the students’ union'],
    ],
    ["Rock 'n' roll and the '90s were loud, and the students' union agreed.", []],
    ['Don’t say it’s over: the ’90s are back.', []],
  ])('reads %s', (input, expected) => {
    expect(texts(input)).toEqual(expected)
  })
})

describe('multi-paragraph quotes', () => {
  const text =
    'Ann Lee read the statement aloud:\n\n“The first paragraph of it.\n\n“The second paragraph of it, which closes.”\n\nThen she sat down.'

  it('returns one quote per paragraph with ids joined under the first', () => {
    const quotes = all(text)
    expect(quotes.map((q) => q.text)).toEqual([
      'The first paragraph of it.',
      'The second paragraph of it, which closes.',
    ])
    expect(quotes.map((q) => q.id)).toEqual(['q1', 'q1.2'])
  })

  it('gives every paragraph of the quote the same speaker', () => {
    expect(all(text).map((q) => q.speaker?.name)).toEqual(['Ann Lee', 'Ann Lee'])
  })
})

describe('stray and unbalanced marks', () => {
  it.each<[string, string[]]>([
    ['He stands 6\'3" tall and weighs 200 pounds. “Good,” she said.', ['Good,']],
    ['A stray “ mark here.\n\nThe next paragraph says “hello” politely.', ['hello']],
    [
      'She said “this never closes and the paragraph ends\n\nThe next one has “its own quote” inside.',
      ['its own quote'],
    ],
    [
      '“An unclosed quote opening a paragraph\n\nA plain paragraph follows, with no marks.',
      ['An unclosed quote opening a paragraph'],
    ],
    ['"', []],
    ['“”', []],
    ['""""', []],
    ['“ ” « » „ “', []],
  ])('keeps %s from swallowing the text', (input, expected) => {
    expect(texts(input)).toEqual(expected)
  })

  it('never lets a quote run past its paragraph', () => {
    const text = 'One “open mark.\n\nTwo paragraphs later “a real quote” appears.\n\nThe end.'
    for (const q of all(text)) expect(text.slice(q.start, q.end)).not.toContain('\n')
  })
})

describe('cue orders', () => {
  it.each<[string, string, string, string]>([
    ['“We will win,” Maria Lopez said.', 'We will win,', 'Maria Lopez', 'said'],
    ['“We will win,” said Maria Lopez.', 'We will win,', 'Maria Lopez', 'said'],
    ['Maria Lopez said: “We will win.”', 'We will win.', 'Maria Lopez', 'said'],
    ['Maria Lopez, a nurse, said “We will win.”', 'We will win.', 'Maria Lopez', 'said'],
    ['“We will win,” Maria Lopez, a nurse, added.', 'We will win,', 'Maria Lopez', 'added'],
    [
      'Maria Lopez said that the plan was “a clear mistake” and left.',
      'a clear mistake',
      'Maria Lopez',
      'said',
    ],
    [
      'The plan is “dead on arrival,” according to Maria Lopez.',
      'dead on arrival,',
      'Maria Lopez',
      'according to',
    ],
    ['“Nobody listens,” Maria Lopez warned on Friday.', 'Nobody listens,', 'Maria Lopez', 'warned'],
    ['“We will win,” Maria Lopez (Ind.) said.', 'We will win,', 'Maria Lopez', 'said'],
    ['“Is it over?” asked Maria Lopez.', 'Is it over?', 'Maria Lopez', 'asked'],
    ['“We will win,” said council leader Maria Lopez.', 'We will win,', 'Maria Lopez', 'said'],
    ['“We will win,” Sen. Maria Lopez said.', 'We will win,', 'Maria Lopez', 'said'],
    ['Said Maria Lopez: “We will meet again.”', 'We will meet again.', 'Maria Lopez', 'Said'],
    [
      'The talks ran late, Maria Lopez said. “We will meet again.”',
      'We will meet again.',
      'Maria Lopez',
      'said',
    ],
    [
      'Maria Lopez left early, calling the meeting “a waste of everyone’s time.”',
      'a waste of everyone’s time.',
      'Maria Lopez',
      'calling',
    ],
    [
      'Maria Lopez said it twice, adding: “Nobody listens to us.”',
      'Nobody listens to us.',
      'Maria Lopez',
      'adding',
    ],
  ])('attributes %s', (input, quoted, speaker, cue) => {
    const q = only(input)
    expect(q.text).toBe(quoted)
    expect(q.speaker?.name).toBe(speaker)
    expect(spoken(input, q)).toBe(speaker)
    expect(q.cue?.text).toBe(cue)
  })

  it('takes the speaker from "he said" opening the next sentence', () => {
    const text = 'Tom Reed left the hall early. “We will win.” He said nothing more.'
    const q = only(text)
    expect(spoken(text, q)).toBe('He')
    expect(q.speaker?.name).toBe('Tom Reed')
  })

  it('gives an unattributed quote the speaker of its paragraph', () => {
    const text = '“We will win,” Maria Lopez said. “Nobody doubts it.”'
    expect(all(text).map((q) => q.speaker?.name)).toEqual(['Maria Lopez', 'Maria Lopez'])
  })

  it('finds the subject after an introductory phrase with several commas', () => {
    const text = 'On March 3, 2024, Maria Lopez made the following statement:\n\n“We will win.”'
    expect(only(text).speaker?.name).toBe('Maria Lopez')
  })

  it('takes the speaker from the paragraph that introduces the quote', () => {
    const text = 'Maria Lopez spoke last.\n\nShe said the vote was close.\n\n“We counted twice.”'
    const q = only(text)
    expect(q.speaker?.name).toBe('Maria Lopez')
  })
})

describe('speaker resolution', () => {
  it.each<[string, string, string, string | undefined]>([
    ['Tom Reed introduced Maria Lopez. “It went well,” she said.', 'she', 'Maria Lopez', undefined],
    ['Maria Lopez introduced Tom Reed. “It went well,” he said.', 'he', 'Tom Reed', undefined],
    [
      'Foreign Minister Park Jin arrived on Monday. “Talks went well,” Park said.',
      'Park',
      'Park Jin',
      'Foreign Minister',
    ],
    [
      'Finance Minister Ana Silva spoke first. “Rates will fall,” the minister said.',
      'the minister',
      'Ana Silva',
      'the minister',
    ],
    ['“It is serious,” Hugh Hill, a doctor, said.', 'Hugh Hill', 'Hugh Hill', 'a doctor'],
    [
      'The panel’s chair, Ruth Okafor, said the plan was “not credible.”',
      'Ruth Okafor',
      'Ruth Okafor',
      'The panel’s chair',
    ],
    [
      'Tom Reed, who chairs the panel, said the plan was “not credible.”',
      'Tom Reed',
      'Tom Reed',
      undefined,
    ],
  ])('resolves %s', (input, mention, name, role) => {
    const q = only(input)
    expect(spoken(input, q)).toBe(mention)
    expect(q.speaker?.name).toBe(name)
    expect(q.speaker?.role).toBe(role)
    expect(q.speaker?.anonymous).toBe(false)
  })

  it.each<[string, string]>([
    ['“No decision has been made,” officials said.', 'officials'],
    ['“We cannot comment,” a spokesman said.', 'a spokesman'],
    ['Sources said the deal was “almost done.”', 'Sources'],
    ['“It is over,” a senior official told reporters.', 'a senior official'],
  ])('flags the unnamed source in %s as anonymous', (input, mention) => {
    const q = only(input)
    expect(spoken(input, q)).toBe(mention)
    expect(q.speaker?.anonymous).toBe(true)
  })

  it.each<[string, string, string]>([
    [
      'Raymond Ochs of Harker Securities cut his rating. “Sell,” Mr. Ochs wrote.',
      'Ochs',
      'Raymond Ochs',
    ],
    ['Lena Voss of the Tidewater Trust spoke. “We are ready,” Voss said.', 'Voss', 'Lena Voss'],
    ['Marta Gomez of Oxfam arrived late. “It is grim,” Gomez said.', 'Gomez', 'Marta Gomez'],
  ])('leaves the affiliation out of the name in %s', (input, mention, name) => {
    const q = only(input)
    expect(spoken(input, q)).toBe(mention)
    expect(q.speaker?.name).toBe(name)
  })

  it.each<[string, string]>([
    [
      'Bank of America raised its forecast. “Growth is strong,” Bank of America said.',
      'Bank of America',
    ],
    ['“The vote stands,” the United States of America said.', 'United States of America'],
  ])('keeps "of" inside the organisation name in %s', (input, name) => {
    expect(only(input).speaker?.name).toBe(name)
  })

  it.each<[string, string, boolean]>([
    ['The storm passed. “It was loud,” he said.', 'he', false],
    ['“We stay,” they said.', 'they', false],
    ['Tom Reed spoke. “It went well,” he said.', 'Tom Reed', true],
    ['“It went well,” Tom Reed said.', 'Tom Reed', true],
  ])('flags whether the speaker of %s is resolved', (input, name, resolved) => {
    const q = only(input)
    expect(q.speaker?.name).toBe(name)
    expect(q.speaker?.resolved).toBe(resolved)
  })

  it.each<string>([
    '“Never again.”',
    'It was a “historic” day for the town.',
    'The word “freedom” appears twice in the text.',
    'Nobody knows where the phrase “going dark” came from.',
  ])('leaves the speaker of %s unknown', (input) => {
    const q = only(input)
    expect(q.speaker).toBeNull()
    expect(q.cue).toBeNull()
  })
})

describe('kind', () => {
  it.each<[string, 'full' | 'partial']>([
    ['“We will win,” she said.', 'full'],
    ['She said: “We will win.”', 'full'],
    ['She said, “We will win.”', 'full'],
    ['He said the plan was “fine. We checked it twice.”', 'full'],
    ['She called it an “unprecedented threat” to peace.', 'partial'],
    ['He said the plan was “a clear mistake.”', 'partial'],
  ])('classifies %s', (input, kind) => {
    expect(only(input).kind).toBe(kind)
  })
})

describe('quoted terms: scare quotes', () => {
  it.each<[string, string]>([
    ['The so-called “miracle cure” was sold online.', 'miracle cure'],
    ['Nobody knows where the phrase “going dark” came from.', 'going dark'],
  ])('leaves out the unattributed scare quote in %s unless asked', (input, term) => {
    expect(findQuotes(input)).toEqual([])
    expect(findQuotes(input, { terms: true }).map((q) => q.text)).toEqual([term])
  })

  it('lists a short quoted phrase that has a speaker among all quotes', () => {
    expect(
      findQuotes('She called the plan “a disgrace.”', { limit: Infinity }).map((q) => q.text),
    ).toEqual(['a disgrace.'])
  })

  it.each<[string, string]>([
    ['She appeared on CNN’s “State of the Union” on Sunday.', 'State of the Union'],
    ['He was a guest on “Morning Report” last week.', 'Morning Report'],
    ['Rep. Robert “Bobby” Scott spoke first.', 'Bobby'],
  ])('leaves out %s unless asked', (input, name) => {
    expect(findQuotes(input)).toEqual([])
    expect(findQuotes(input, { terms: true }).map((q) => q.text)).toEqual([name])
  })
})

describe('ranking and options', () => {
  const text = [
    'Mayor Jane Doe opened the session. “This budget protects every school in the city, and we will not cut a single teacher,” Doe said.',
    'Critics called it a “gimmick”.',
    '“We have reviewed the figures and they hold up,” said auditor Sam Brook.',
    '“Fine,” a clerk said.',
    'Doe added that the plan was “fair to everyone who pays taxes here.”',
    '“It is done,” Doe said.',
  ].join('\n\n')

  it('returns at most five quotes by default, each voice best first', () => {
    const quotes = findQuotes(text)
    expect(quotes).toHaveLength(5)
    const bySpeaker = new Map<string, number[]>()
    for (const q of quotes) {
      const key = q.speaker?.name ?? ''
      bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), q.score])
    }
    for (const scores of bySpeaker.values()) {
      expect(scores).toEqual([...scores].sort((a, b) => b - a))
    }
  })

  it('ranks a long named statement above a quoted term', () => {
    const quotes = findQuotes(text, { limit: Infinity })
    const statement = quotes.find((q) => q.text.startsWith('This budget'))
    const term = quotes.find((q) => q.text === 'gimmick')
    expect(statement?.score ?? 0).toBeGreaterThan(term?.score ?? 1)
    expect(quotes[0]?.text.startsWith('This budget')).toBe(true)
  })

  it('applies limit, kind and minWords', () => {
    expect(findQuotes(text, { limit: 2 })).toHaveLength(2)
    expect(
      findQuotes(text, { limit: Infinity, kind: 'partial' }).every((q) => q.kind === 'partial'),
    ).toBe(true)
    expect(findQuotes(text, { limit: Infinity, minWords: 4 }).map((q) => q.text)).not.toContain(
      'Fine,',
    )
  })

  it('rounds scores to 4 decimals', () => {
    for (const q of findQuotes(text, { limit: Infinity })) {
      expect(Math.round(q.score * 10000) / 10000).toBe(q.score)
    }
  })

  it('gives the same answer for an already split document', () => {
    expect(findQuotesInDocument(splitText(text), { limit: Infinity })).toEqual(
      findQuotes(text, { limit: Infinity }),
    )
  })
})

describe('sample article', () => {
  // The body after the front matter.
  const text = korea.replace(/^---\n[\s\S]*?\n---\n/, '')

  it('finds the four quoted phrases and attributes them to Park Jin', () => {
    const quotes = all(text)
    expect(quotes.map((q) => q.text)).toEqual([
      'two plus two',
      'universal values and standards.',
      'great transition in international society,',
      'unprecedented threat',
    ])
    for (const q of quotes) {
      expect(q.speaker?.name).toBe('Park Jin')
      expect(q.speaker?.role).toBe('Foreign Minister')
      expect(text.slice(q.start, q.end)).toBe(q.text)
    }
    expect(quotes.map((q) => spoken(text, q))).toEqual(['He', 'Park', 'He', 'Park'])
  })

  it('calls the phrase quoted inside the writer’s sentence partial', () => {
    const threat = all(text).find((q) => q.text === 'unprecedented threat')
    expect(threat?.kind).toBe('partial')
  })
})

describe('invariants', () => {
  const check = (text: string): void => {
    const quotes = findQuotes(text, { limit: Infinity })
    for (const q of quotes) {
      expect(q.start).toBeGreaterThanOrEqual(0)
      expect(q.end).toBeLessThanOrEqual(text.length)
      expect(q.end).toBeGreaterThan(q.start)
      expect(text.slice(q.start, q.end)).toBe(q.text)
      if (q.speaker) {
        expect(q.speaker.start).toBeGreaterThanOrEqual(0)
        expect(q.speaker.end).toBeLessThanOrEqual(text.length)
        expect(q.speaker.end).toBeGreaterThan(q.speaker.start)
      }
      if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text)
    }
    expect(findQuotes(text, { limit: Infinity })).toEqual(quotes)
  }

  const newsAlphabet = fc.constantFrom(
    '"',
    '“',
    '”',
    '„',
    '«',
    '»',
    "'",
    '‘',
    '’',
    ' ',
    ' ',
    '\n',
    '\n\n',
    ',',
    '.',
    ':',
    '—',
    'said',
    'he',
    'She',
    'Ann Lee',
    'the minister',
    'officials',
    'told',
    'according to',
    "don't",
    "'90s",
    'we',
    'Park',
    '(',
    ')',
    '<b x="y">',
    '6\'3"',
    'a',
    'Z',
  )

  it('keeps offsets in range and slice-equal, deterministically, on quote-heavy text', () => {
    fc.assert(
      fc.property(
        fc.array(newsAlphabet, { maxLength: 120 }).map((parts) => parts.join('')),
        check,
      ),
      { numRuns: 300 },
    )
  })

  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), check), {
      numRuns: 300,
    })
  })
})
