/**
 * Who said a quote when the sentence around it misleads: a time phrase between a subject and its
 * cue, a cue on the next line that reports other speech, a pronoun that continues an earlier
 * pronoun, and a quote that runs on from a name as its predicate (said about that person, by the
 * speaker before). Every phenomenon has its counter-examples.
 */
import { describe, expect, it } from 'vitest'
import { findQuotes, type Quote } from '../../src/engine/quotes'

/** The quote whose text starts with `opening`. */
const quoteOf = (text: string, opening: string): Quote => {
  const quote = findQuotes(text, { limit: Infinity }).find((q) => q.text.startsWith(opening))
  expect(quote, text).toBeDefined()
  return quote as Quote
}

describe('speakers', () => {
  it.each<[string, string, string | null]>([
    // A time phrase between the subject and the cue.
    ['Ann Lee on Monday said: “We will not sign this deal as it stands.”', 'We will', 'Ann Lee'],
    [
      'The board met again. Tom Reyes last week said the timing is his main worry. “For me, two things are still wrong, and nobody answers.”',
      'For me',
      'Tom Reyes',
    ],
    // A sentence ends at a line break: the next line reports other speech.
    [
      'Tom Reyes said the file mattered. “We asked for the file and they will not give it. Should we ask again?”\nMs. Lee told the board that it could see the file.',
      'We asked',
      'Tom Reyes',
    ],
    // Counter-example: an attribution on the same line after a quote still credits its speaker.
    [
      '“We asked for the file and they will not give it,” Ms. Lee told the board.',
      'We asked',
      'Lee',
    ],
    // A pronoun that continues the pronoun of the sentence before, not a name after it.
    [
      'Tom Reyes, a member of the council, spoke first.\n\nHe said he did not expect a campaign against Greens. “We have nothing to fear,” he said.',
      'We have',
      'Tom Reyes',
    ],
    // A participle cue opening the sentence before has the main clause's subject.
    [
      'Asked whether the book is about his town, Tom Reyes laughed. “Every reader asks me that. It is about every town.”',
      'Every reader',
      'Tom Reyes',
    ],
    // Counter-example: a manner verb alone is no cue.
    [
      'Tom Reyes laughed. “Every reader asks me that. It is about every town.”',
      'Every reader',
      null,
    ],
    // A quote that runs on from a name as its predicate is said about that person.
    [
      'Mayor Tom Reyes hailed signs of progress. “Both sides have shown a will to take risks,” Reyes said in his speech. Union leader Ann Lee “has set aside her demands and come to the table.”',
      'has set',
      'Tom Reyes',
    ],
    // Counter-example: a predicate quote with a cue of its own is the subject's.
    [
      'Ann Lee “will not stand for this kind of treatment from anyone,” she said.',
      'will not',
      'Ann Lee',
    ],
    // A whole question quoted right after its cue, with no comma, and the reply after it.
    [
      'After council member Rita Lowe asked on Monday “Why has the road taken a year to fix?” Mr. Penn replied that “the contractor went bankrupt in the spring.”',
      'Why has',
      'Rita Lowe',
    ],
    [
      'After council member Rita Lowe asked on Monday “Why has the road taken a year to fix?” Mr. Penn replied that “the contractor went bankrupt in the spring.”',
      'the contractor',
      'Penn',
    ],
    ['Rita Lowe asked the board “Who will pay for the new pipes?”', 'Who will', 'Rita Lowe'],
    // Counter-examples: a quote ending in a comma hands over to the cue after it; a cue after a
    // closing question mark still speaks it.
    ['Lowe wrote “Nobody will pay for them,” Tom Penn said.', 'Nobody', 'Tom Penn'],
    ['“Who will pay for the new pipes?” asked Rita Lowe.', 'Who will', 'Rita Lowe'],
    // A contraction capitalised at a sentence start names nobody: advice to the reader has no speaker.
    ['Don’t say “Ann, your plan will never fit through the door.” Be kind.', 'Ann, your', null],
    ['You’ll look at a shirt and ask yourself, “Will this end up in a drawer?”', 'Will this', null],
    // Counter-example: an apostrophe inside a name.
    ['“We will win the seat back,” said Tom O’Neil.', 'We will', 'Tom O’Neil'],
    // A publication speaks for itself, and a message for the one named as its author.
    ['Lantern magazine tweeted, “The show was stopped twice.”', 'The show', 'Lantern magazine'],
    ['The tweet from Harbor Weekly reads, “Show stopped by angry fans.”', 'Show', 'Harbor Weekly'],
    [
      'The post from Lantern magazine said: “Show stopped by angry fans.”',
      'Show',
      'Lantern magazine',
    ],
    // Counter-examples: a description as author, and a message sent to someone.
    ['A letter from the mayor said, “The pier is closed.”', 'The pier', 'A letter from the mayor'],
    [
      'The letter to Harbor Weekly said, “The pier is closed.”',
      'The pier',
      'The letter to Harbor Weekly',
    ],
  ])('in %s the quote %s is credited to %s', (text, opening, speaker) => {
    expect(quoteOf(text, opening).speaker?.name ?? null).toBe(speaker)
  })
})

describe('posts embedded without quotation marks', () => {
  const intro = 'On the site, Ann Lee explains that the effect uses a depth map of the face.\n\n'
  const after = '\n\nIt is not clear which phones will get it.'
  it.each<[string, string]>([
    [
      `${intro}How the feature works: it uses a depth map of your face.\n\nNotice the bend of the line. pic.example.com/AbC1\n\n— Ann Lee (@annlee) July 3, 2019${after}`,
      'How the feature works',
    ],
    [
      `${intro}How the feature works: it uses a depth map of your face.Notice the bend. pic.example.com/AbC1— Ann Lee   (@annlee) July 3, 2019${after}`,
      'How the feature works',
    ],
  ])('credits the post in %s to its signature', (text, opening) => {
    const quote = quoteOf(text, opening)
    expect(quote.speaker?.name).toBe('Ann Lee')
    expect(text.slice(quote.start, quote.end)).toBe(quote.text)
  })

  it.each<[string, string]>([
    [
      'The singer thanked fans.\n\nWhat a night in Lisbon, thank you all for singing with us! pic.example.com/Ab12Cd — Ann Lee (@annlee) May 3, 2019',
      'What a night in Lisbon, thank you all for singing with us!',
    ],
    [
      'The singer thanked fans.\n\nWhat a night in Lisbon, thank you all for singing with us! https://t.example/x1 https://t.example/x2— Ann Lee (@annlee) May 3, 2019',
      'What a night in Lisbon, thank you all for singing with us!',
    ],
    // Counter-example: a link inside the post's words stays.
    [
      'The singer thanked fans.\n\nTickets for the Lisbon night at www.example.com/tix are gone, thank you — Ann Lee (@annlee) May 3, 2019',
      'Tickets for the Lisbon night at www.example.com/tix are gone, thank you',
    ],
  ])('ends the post signed in its own paragraph before its links: %s', (text, post) => {
    const quotes = findQuotes(text, { limit: Infinity })
    expect(quotes.map((q) => q.text)).toEqual([post])
    expect(quotes[0]?.speaker?.name).toBe('Ann Lee')
    expect(quotes[0]?.parts).toBeUndefined()
  })

  it.each<string>([
    // Counter-examples: a signed line of a few words, and a signature with no handle.
    `${intro}Follow me on the site — Ann Lee (@annlee)${after}`,
    `${intro}How the feature works: it uses a depth map of your face.\n\n— Ann Lee, July 3, 2019${after}`,
  ])('finds no post in %s', (text) => {
    expect(findQuotes(text, { limit: Infinity })).toEqual([])
  })
})
