/**
 * The speaker is a whole name or a whole description, and a pronoun finds the one who spoke last:
 * an institution's name with "and" or a plural possessive inside, a description with its "for/of"
 * complement, a name set off after a description, a pronoun after an unnamed spokesperson, and a
 * quote that goes on in the next paragraph. Every phenomenon has its counter-examples.
 */
import { describe, expect, it } from 'vitest'
import { findQuotes, type Quote } from '../../src/engine/quotes'

/** The quote whose text (or one of its parts) starts with `opening`. */
const quoteOf = (text: string, opening: string): Quote => {
  const quote = findQuotes(text, { limit: Infinity }).find(
    (q) => q.text.startsWith(opening) || q.parts?.some((p) => p.text.startsWith(opening)),
  )
  expect(quote, text).toBeDefined()
  return quote as Quote
}

describe('whole names of institutions', () => {
  it.each<[string, string]>([
    [
      '“The offer is final,” the Nurses and Midwives Staffing Association said.',
      'Nurses and Midwives Staffing Association',
    ],
    ['“Our members will walk out,” the Porters’ Union said.', 'Porters’ Union'],
    [
      '“The offer is final,” said the Farmers and Growers Workers’ Federation.',
      'Farmers and Growers Workers’ Federation',
    ],
    // Counter-example: a person and an institution are two names, and the person speaks.
    ['“We will appeal,” Ann Lee and the Harbour Council said.', 'Harbour Council'],
  ])('%s', (text, name) => {
    expect(quoteOf(text, '').speaker?.name, text).toBe(name)
  })

  it('does not join a person to an institution after "and"', () => {
    const text = 'Tom Reyes and Lumio Council met on Friday. “We agreed,” Reyes said.'
    expect(quoteOf(text, 'We agreed').speaker?.name).toBe('Tom Reyes')
  })
})

describe('whole descriptions', () => {
  it.each<[string, string, boolean]>([
    // Before its cue and after it, the complement says whose spokeswoman she is.
    [
      '“The offer is final,” said a spokeswoman for the Nurses and Midwives Staffing Association.',
      'a spokeswoman for the Nurses and Midwives Staffing Association',
      true,
    ],
    [
      'A spokesman for the Harbour Council said: “The road stays shut.”',
      'A spokesman for the Harbour Council',
      true,
    ],
    [
      '“Prices will rise,” warned the governor of the Bank of Lorland.',
      'the governor of the Bank of Lorland',
      false,
    ],
    [
      '“We were told nothing,” said one resident of the Kelso estate.',
      'one resident of the Kelso estate',
      false,
    ],
    // Counter-examples: a time after the description, or no determiner, is no complement.
    ['“The road stays shut,” said a spokesman on Tuesday.', 'a spokesman', true],
    ['“We counted them,” said one of the officials.', 'one of the officials', true],
  ])('%s', (text, name, anonymous) => {
    const speaker = quoteOf(text, '').speaker
    expect(speaker?.name, text).toBe(name)
    expect(speaker?.anonymous, text).toBe(anonymous)
  })

  it.each<[string, string, string]>([
    ['“I have not decided,” said the mayor, Ruth Penn.', 'Ruth Penn', 'the mayor'],
    [
      '“We lost,” said a spokesman for the club, Rob Tate, on Sunday.',
      'Rob Tate',
      'a spokesman for the club',
    ],
    [
      'Ann Lee, president of the Kelso Tenants Union, which has 900 members, said: “We will not pay.”',
      'Ann Lee',
      'president of the Kelso Tenants Union',
    ],
  ])('the name set off by a description speaks: %s', (text, name, role) => {
    const speaker = quoteOf(text, '').speaker
    expect(speaker?.name, text).toBe(name)
    expect(speaker?.role, text).toBe(role)
  })

  it('keeps the description when no name is set off after it', () => {
    const text = '“Fine,” said the coach of the Kelso Rovers, who had seen enough.'
    expect(quoteOf(text, 'Fine').speaker?.name).toBe('the coach of the Kelso Rovers')
  })

  it('keeps a relative pronoun’s antecedent after a preposition', () => {
    const text =
      'The reporters turned to the Kelso Police Department, which said the roads were “closed until further notice.”'
    expect(quoteOf(text, 'closed').speaker?.name).toBe('Kelso Police Department')
  })
})

describe('a pronoun after an unnamed description', () => {
  it.each<[string, string | null]>([
    [
      'Jo Brandt, the union leader, called for a strike.\n\nBut a spokesperson for the Kelso Colleges Association said its members had been offered more.\n\n“We have met every demand,” she said.',
      'a spokesperson for the Kelso Colleges Association',
    ],
    [
      'Ann Lee opened the meeting.\n\nA spokesman for the council said the plan was late.\n\n“We are working on it,” he said.',
      'A spokesman for the council',
    ],
    // Counter-examples: a named person after the description is nearer; a description with a
    // possessive is someone already known; the wrong gender does not agree.
    [
      'A spokesman for the council said the plan was late.\n\nTom Reyes, the council leader, disagreed.\n\n“We are on time,” he said.',
      'Tom Reyes',
    ],
    [
      'Ann Lee grew up in Kelso. Her mother said the town had changed.\n\n“It is quieter now,” she said.',
      'Ann Lee',
    ],
    [
      'Tom Reyes opened the meeting. A spokeswoman for the council said the plan was late.\n\n“We will see,” he said.',
      'Tom Reyes',
    ],
  ])('%s', (text, name) => {
    expect(quoteOf(text, '').speaker?.name, text).toBe(name)
  })
})

describe('a speaker who goes on in the next paragraph', () => {
  it('joins a paragraph-opening quote to the attributed quote that ended the paragraph before', () => {
    const text =
      '“We have met every demand,” said Ann Lee, the council leader.\n\n“Our offer is the best in the region.”\n\nThe union will vote next week.'
    const quote = quoteOf(text, 'We have met')
    expect(quote.parts?.map((p) => p.text)).toEqual([
      'We have met every demand,',
      'Our offer is the best in the region.',
    ])
  })

  it.each<[string, string]>([
    // Counter-examples: a phrase quoted inside the writer's sentence, or another speaker.
    [
      'Ann Lee said the offer was “the best in the region,” she said.\n\n“We will not raise it again.”',
      'the best',
    ],
    [
      '“We have met every demand,” said Ann Lee.\n\n“That is not true,” said Tom Reyes.',
      'We have met',
    ],
  ])('keeps them apart: %s', (text, opening) => {
    expect(quoteOf(text, opening).parts, text).toBeUndefined()
  })
})

describe('roles are noun phrases, not clauses', () => {
  it.each<[string, string]>([
    [
      '“He has lost before,” said Tom Reyes, who was an adviser to the mayor but is not working for his campaign.',
      'an adviser to the mayor',
    ],
    ['Jo Lee, a former aide who now runs a bakery, said: “No.”', 'a former aide'],
    // Counter-example: a title with its complement stays whole.
    [
      '“No,” said Jo Lee, the director of the Kelso Trust and Harbour Board.',
      'the director of the Kelso Trust and Harbour Board',
    ],
  ])('%s', (text, role) => {
    expect(quoteOf(text, '').speaker?.role, text).toBe(role)
  })

  it('gives a role stated at a later quote to the person’s earlier quotes', () => {
    const text =
      'Tom Reyes spoke first, adding: “We need a test at the airport.”\n\nLater, speaking in the Commons, the Liberal MP said: “It does not need to be like this.”'
    expect(quoteOf(text, 'We need').speaker).toMatchObject({
      name: 'Tom Reyes',
      role: 'Liberal MP',
    })
  })
})

describe('text glued by a lost line break', () => {
  it('reads a name glued to the word before it', () => {
    const text =
      'Three islands were added to the quarantine listTom Reyes warned that the sector faces “mass job cuts” this year.'
    expect(quoteOf(text, 'mass job').speaker?.name).toBe('Tom Reyes')
  })

  it.each<[string, string]>([
    // Counter-examples: brand and family names with inner capitals stay whole.
    ['“It sold out,” said Ann McDonald of eBay.', 'Ann McDonald'],
    ['“It sold out,” said Ann DeSantis.', 'Ann DeSantis'],
  ])('%s', (text, name) => {
    expect(quoteOf(text, '').speaker?.name, text).toBe(name)
  })

  it('keeps the paragraphs of one quote whose line breaks were lost', () => {
    const text =
      'Tom Reyes said: “We can get part of this industry going again.“I call on ministers to work with us.“Nothing we do is going to be perfect.”\n\nThe vote is next week.'
    const quote = quoteOf(text, 'We can get')
    expect(quote.speaker?.name).toBe('Tom Reyes')
    expect(quote.parts?.map((p) => p.text)).toEqual([
      'We can get part of this industry going again.',
      'I call on ministers to work with us.',
      'Nothing we do is going to be perfect.',
    ])
  })

  it('does not take adding to something for speech', () => {
    const text =
      'Kelso added to the quarantine list on Monday as the mayor warned of “a disaster for the town.”'
    expect(quoteOf(text, 'a disaster').speaker?.name).toBe('the mayor')
  })
})
