/**
 * Roles a text states anywhere for a speaker (a title before any mention, an appositive, a
 * copula), the shapes that are not roles (a relation named as the object of a preposition, an
 * adjective of judgement before a title), and short quoted fragments that are not key quotes.
 * Every phenomenon has its counter-examples.
 */
import { describe, expect, it } from 'vitest'
import { findQuotes, type Quote } from '../../src/engine/quotes'

/** The last quote of the text, whose speaker is named after the role was stated. */
const last = (text: string): Quote => {
  const quotes = findQuotes(text, { limit: Infinity }).sort((a, b) => b.start - a.start)
  expect(quotes.length, text).toBeGreaterThan(0)
  return quotes[0] as Quote
}

const expectSpeaker = (text: string, name: string, role: string | undefined): void => {
  const q = last(text)
  expect(q.speaker?.name).toBe(name)
  expect(q.speaker?.role).toBe(role)
}

describe('a role stated at any mention holds for the speaker', () => {
  it.each<[string, string, string | undefined]>([
    [
      'Governor Pell toured the flooded mill. “Every family here will be back home by spring,” Pell said.',
      'Pell',
      'Governor',
    ],
    [
      'Ada Vance is the chief executive of Lumio, a lamp maker. At the fair, “We sold twice as many lamps this winter as last,” Vance said.',
      'Ada Vance',
      'the chief executive of Lumio',
    ],
    [
      'Ada Vance, the Green MP for Kelso West, backs the bill. “This bill will keep every library in the county open,” Vance said.',
      'Ada Vance',
      'the Green MP for Kelso West',
    ],
    [
      '“The ban is meant to silence the press and the courts alike,” said Omar Haddad, Jordan country director for a rights group based in Paris.',
      'Omar Haddad',
      'Jordan country director for a rights group based in Paris',
    ],
    [
      'In her new book the historian Mara de Quill traces the canal. “Water made this city what it is today,” De Quill writes.',
      'De Quill',
      'historian',
    ],
    [
      'Liberal MP Tom Reyes spoke first. “It is far easier to defend the plan when the sums add up,” Reyes said.',
      'Tom Reyes',
      'Liberal MP',
    ],
    // Counter-examples: a copula without a job, and a role stated for someone else.
    [
      'Ada Vance is the reason the mill reopened. “We sold twice as many lamps this winter as last,” Vance said.',
      'Ada Vance',
      undefined,
    ],
    [
      'Governor Pell toured the flooded mill. “Every family here will be back home by spring,” Ann Lee said.',
      'Ann Lee',
      undefined,
    ],
  ])('in %s the speaker is %s with role %s', expectSpeaker)
})

describe('a role stated in the sentence after the quote', () => {
  it.each<[string, string, string | undefined]>([
    [
      '“We are not selling the mill,” Petra Lind said on Monday. Lind is managing director at Corran Textiles.',
      'Petra Lind',
      'managing director at Corran Textiles',
    ],
    [
      '“We have run out of beds,” said Omar Sayed. Sayed is director of the Elmwood Shelter, which opened in 2019.',
      'Omar Sayed',
      'director of the Elmwood Shelter',
    ],
    [
      '“I would vote against it again,” said Gwen Talbot. Talbot was former chief whip of the Reform group.',
      'Gwen Talbot',
      'former chief whip of the Reform group',
    ],
    [
      '“It took me three years to save for it,” said Noor Haddad. Haddad, 34, is a teacher at Elm Street School.',
      'Noor Haddad',
      'a teacher at Elm Street School',
    ],
    // Counter-examples: a copula with no title after it, and a clause between name and copula.
    [
      '“I would vote against it again,” said Gwen Talbot. Talbot is confident the mayor will lose.',
      'Gwen Talbot',
      undefined,
    ],
    [
      '“I would vote against it again,” said Gwen Talbot. Talbot is chiefly worried about the mayor.',
      'Gwen Talbot',
      undefined,
    ],
    [
      '“We expect a strong year,” said Kai Brandt. Brandt, who founded Solvara, is stepping down.',
      'Kai Brandt',
      undefined,
    ],
  ])('in %s the speaker is %s with role %s', expectSpeaker)
})

describe('kinship is a role', () => {
  it.each<[string, string, string | undefined]>([
    [
      'Rua Tane, her 22-year-old son, was at the hearing. “He should never have been driving,” Tane said.',
      'Rua Tane',
      'her 22-year-old son',
    ],
    [
      'Her 22-year-old son, Rua Tane, was at the hearing. “He should never have been driving,” Tane said.',
      'Rua Tane',
      'Her 22-year-old son',
    ],
    [
      'Dana Crest’s son, Eli Crest, spoke outside court. “We will appeal,” Eli Crest said.',
      'Eli Crest',
      'Dana Crest’s son',
    ],
    [
      '“She was the kindest person in our street,” said Ivy Morrow, the victim’s sister.',
      'Ivy Morrow',
      'the victim’s sister',
    ],
    // Counter-examples: kin named as the object of a preposition, or with no set-off commas.
    [
      'Ben Hale, flanked by his son, Eli Hale, left court. “We will appeal,” Eli Hale said.',
      'Eli Hale',
      undefined,
    ],
    [
      'Ben Hale and his son Eli Hale left court. “We will appeal,” Eli Hale said.',
      'Eli Hale',
      undefined,
    ],
  ])('in %s the speaker is %s with role %s', expectSpeaker)
})

describe('a definite title after a named person is that person', () => {
  it.each<[string, string, string | undefined]>([
    [
      'Tom Reyes warned that the sector faces cuts.\n\nSpeaking in the chamber, the Liberal MP said: “It does not need to be like this at all.”',
      'Tom Reyes',
      'Liberal MP',
    ],
    [
      'Tom Reyes warned that the sector faces cuts.\n\nSpeaking in the chamber, the senator said: “It does not need to be like this at all.”',
      'Tom Reyes',
      'the senator',
    ],
    // Counter-examples: a person with another role, a document and an unnamed spokesman stay apart.
    [
      'Governor Tom Reyes warned that the sector faces cuts.\n\nSpeaking in the chamber, the senator said: “It does not need to be like this at all.”',
      'the senator',
      undefined,
    ],
    [
      'Tom Reyes warned that the sector faces cuts.\n\nLater, the letter said: “It does not need to be like this at all.”',
      'the letter',
      undefined,
    ],
    [
      'Tom Reyes warned that the sector faces cuts.\n\nLater, the spokesman said: “It does not need to be like this at all.”',
      'the spokesman',
      undefined,
    ],
  ])('in %s the speaker is %s with role %s', expectSpeaker)
})

describe('words before a name that are not its role', () => {
  it.each<[string, string | undefined]>([
    // A relation set off as the object of a preposition relates the name to someone else.
    [
      'Ben Hale, watched by his father, Tom Hale, carves a boat. “The beach is like a zoo for all of them these days,” says Tom Hale.',
      undefined,
    ],
    // Counter-example: the same relation as the subject of the sentence is kept.
    [
      'His father, Tom Hale, said: “The beach is like a zoo for all of them these days.”',
      'His father',
    ],
    // An adjective of judgement opens a noun phrase of its own: only the title is the role.
    [
      'It is not the joyful homecoming billionaire Tom Vale had hoped for. “The loans were never the problem here,” Vale said.',
      'billionaire',
    ],
    // Counter-example: plain noun modifiers are part of the title.
    [
      'It was harbour board spokesman Tom Vale who spoke. “The loans were never the problem here,” Vale said.',
      'harbour board spokesman',
    ],
  ])('in %s the role is %s', (text, role) => {
    expect(last(text).speaker?.role).toBe(role)
  })
})

describe('short fragments quoted inside the writer’s sentence are not key quotes', () => {
  it('leaves out a four-word closing fragment when a whole utterance exists', () => {
    const text =
      '“Nobody here believes the new rules will change anything at all,” Ann Lee said. She called the pact a “deal with the devil.”'
    const key = findQuotes(text).map((q) => q.text)
    expect(key).toEqual(['Nobody here believes the new rules will change anything at all,'])
  })

  it('counts a hyphenated compound as one word of a fragment', () => {
    const text =
      '“Nobody here believes the new rules will change anything at all,” Ann Lee said. She asked if there were “any non-local fans left?”'
    expect(findQuotes(text).map((q) => q.text)).not.toContain('any non-local fans left?')
  })

  it('keeps the fragment when nothing else is quoted (counter-example)', () => {
    const text = 'Ann Lee spoke at length. She called the pact a “deal with the devil.”'
    expect(findQuotes(text).map((q) => q.text)).toEqual(['deal with the devil.'])
  })

  it('keeps a partial quote of five words or more (counter-example)', () => {
    const text =
      '“Nobody here believes the new rules will change anything at all,” Ann Lee said. She said the pact “was made in bad faith.”'
    expect(findQuotes(text).map((q) => q.text)).toContain('was made in bad faith.')
  })
})
