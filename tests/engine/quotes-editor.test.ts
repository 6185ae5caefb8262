/**
 * What an editor checks in a quote (../shared/eval/REVIEW.md): the speaker is a person, an
 * organisation or a human description; anonymous sources are flagged with the words that make them
 * so; roles come from titles and appositives, never from honorifics, ages or home towns; quoted
 * terms are not statements; split utterances are one quote; the key quotes give several voices.
 * Every phenomenon has its counter-examples.
 */
import { describe, expect, it } from 'vitest'
import { findQuotes, type Quote } from '../../src/engine/quotes'

const first = (text: string, options = {}): Quote => {
  const quotes = findQuotes(text, { limit: Infinity, ...options }).sort((a, b) => a.start - b.start)
  expect(quotes.length, text).toBeGreaterThan(0)
  return quotes[0] as Quote
}
const spoken = (text: string, q: Quote): string | null =>
  q.speaker ? text.slice(q.speaker.start, q.speaker.end) : null

describe('cues', () => {
  it.each<[string, string, string]>([
    ['“Please bring him home,” pleaded Rosa Diaz.', 'Rosa Diaz', 'pleaded'],
    ['Rosa Diaz pleaded: “Bring him home.”', 'Rosa Diaz', 'pleaded'],
    ['“Keep the clamp level,” instructed Milton Ruiz.', 'Milton Ruiz', 'instructed'],
    ['“You will be fine,” Ana Ruiz reassured her son.', 'Ana Ruiz', 'reassured'],
    ['“Not again,” muttered Tom Hale.', 'Tom Hale', 'muttered'],
    ['“Stay inside,” Ann Marsh tweeted on Sunday.', 'Ann Marsh', 'tweeted'],
    ['“The river is rising,” Ann Marsh wrote in a letter.', 'Ann Marsh', 'wrote'],
    ['Ann Marsh told the council: “The river is rising.”', 'Ann Marsh', 'told'],
    [
      'The Herald quoted Tom Vance as saying: “We sold too early.”',
      'Tom Vance',
      'quoted Tom Vance as saying',
    ],
    [
      '“We sold too early,” the Herald quoted Tom Vance as saying.',
      'Tom Vance',
      'quoted Tom Vance as saying',
    ],
    ['The paper quoted him as saying “it was a mistake” last year.', 'him', 'quoted him as saying'],
  ])('reads %s', (text, speaker, cue) => {
    const q = first(text)
    expect(spoken(text, q)).toBe(speaker)
    expect(q.cue?.text).toBe(cue)
  })

  it('credits the one quoted, not the one quoting', () => {
    const text = '“We sold too early,” the Herald quoted Tom Vance as saying.'
    expect(first(text).speaker?.name).toBe('Tom Vance')
  })

  it('does not take "quoted" without "as saying" for someone else\'s words', () => {
    const text = 'Ann Marsh quoted the report: “Levels are safe.”'
    expect(spoken(text, first(text))).toBe('Ann Marsh')
  })
})

describe('speakers are people, organisations or human descriptions', () => {
  it.each<[string, string]>([
    // A place or an age ends an appositive before the cue; the name before them speaks.
    [
      'Maria Lopez, of Harrogate, a village near Leeds, told the BBC: “We are frightened.”',
      'Maria Lopez',
    ],
    ['Maria Lopez, 42, of Harrogate, said: “We are frightened.”', 'Maria Lopez'],
    ['Maria Lopez, 42, said: “We are frightened.”', 'Maria Lopez'],
    // A noun after a preposition is not the subject.
    [
      'Protesters marching through the streets chanted “Open the gates.”',
      'Protesters marching through the streets',
    ],
    ['A spokesman for the company said: “Sales are up.”', 'A spokesman for the company'],
    ['One of the officials said: “Sales are up.”', 'One of the officials'],
    ['Residents of the village said: “The water is brown.”', 'Residents of the village'],
    // Counter-examples: a plain subject and an appositive of a role stay as they were.
    ['Maria Lopez, a nurse, said: “We are frightened.”', 'Maria Lopez'],
    ['The company said: “Sales are up.”', 'The company'],
    ['A statement by the ministry said: “Sales are up.”', 'the ministry'],
  ])('in %s the speaker is %s', (text, speaker) => {
    expect(spoken(text, first(text))).toBe(speaker)
  })

  it('never resolves "he" to a vehicle or an object named after an article', () => {
    const text = 'The Ford Falcon hit the wall on Monday. “I saw it all,” he said.'
    const speaker = first(text).speaker
    expect(speaker?.name).toBe('he')
    expect(speaker?.resolved).toBe(false)
  })

  it('resolves "he" to the person beside the vehicle (counter-example)', () => {
    const text = 'Tom Reed watched the Ford Falcon hit the wall. “I saw it all,” he said.'
    expect(first(text).speaker?.name).toBe('Tom Reed')
  })

  it('gives no speaker rather than the object of a preposition', () => {
    const text = 'In a box labelled “urgent” lay the forms.'
    expect(first(text, { terms: true }).speaker).toBeNull()
  })

  it.each<[string, string]>([
    ['Kerry said the talks would take “robust steps” when he met them.', 'Kerry'],
    ['Putney said the video did not give “clear evidence,” but he said more would come.', 'Putney'],
    ['Ann Lee said she recalled thinking, “This cannot be right.”', 'Ann Lee'],
    ['The council pledged to act against what it called “a clear threat.”', 'The council'],
  ])('credits the main clause in %s', (text, speaker) => {
    expect(spoken(text, first(text))).toBe(speaker)
  })

  it('keeps the pronoun of a clause of its own after the quote (counter-example)', () => {
    const text = 'Putney spoke first. The footage “supports what we heard,” he said.'
    expect(spoken(text, first(text))).toBe('he')
  })
})

describe('anonymous sources', () => {
  it.each<[string, string]>([
    ['“It was chaos,” said a source who declined to be named.', 'who declined to be named'],
    ['“We fight on,” said an activist who uses a pseudonym.', 'who uses a pseudonym'],
    [
      '“The plan is dead,” said two officials who spoke on condition of anonymity.',
      'who spoke on condition of anonymity',
    ],
    [
      'Speaking on condition of anonymity, an aide said: “He will resign.”',
      'Speaking on condition of anonymity',
    ],
    [
      '“He will resign,” said an aide, who was not authorised to speak publicly.',
      'who was not authorised to speak publicly',
    ],
    // Phrases in capitals, and each kind of phrase the quick word test before the clause admits.
    ['“It was chaos,” said a source who DECLINED TO BE NAMED.', 'who DECLINED TO BE NAMED'],
    ['“It was chaos,” said a resident whose name was withheld.', 'whose name was withheld'],
    ['“It was chaos,” said a guard who was granted anonymity.', 'who was granted anonymity'],
    ['“We fight on,” said a fighter who goes by a nom de guerre.', 'who goes by a nom de guerre'],
    ['“It was chaos,” a senior official said.', 'a senior official'],
    ['“The water is brown,” residents said.', 'residents'],
  ])('flags %s with its phrase', (text, phrase) => {
    const speaker = first(text).speaker
    expect(speaker?.anonymous).toBe(true)
    expect(speaker?.anonymity?.text).toBe(phrase)
    expect(text.slice(speaker?.anonymity?.start, speaker?.anonymity?.end)).toBe(phrase)
  })

  it.each<string>([
    '“It was chaos,” said Ann Lee, who declined to comment further on Monday.',
    '“It was chaos,” said Ann Lee. A source who declined to be named agreed in a later interview.',
    '“We fight on,” said Rosa Diaz, an activist.',
  ])('does not flag a named speaker in %s', (text) => {
    const speaker = first(text).speaker
    expect(speaker?.anonymous).toBe(false)
    expect(speaker?.anonymity).toBeUndefined()
  })
})

describe('roles', () => {
  it.each<[string, string | undefined]>([
    ['“We have enough ships,” Navy spokesman Tom Reyes said.', 'Navy spokesman'],
    [
      '“The roof leaks,” Ann Lee, the trust’s executive director, said.',
      'the trust’s executive director',
    ],
    [
      '“The roof leaks,” said Ann Lee, the trust’s executive director.',
      'the trust’s executive director',
    ],
    ['“We will rebuild,” said library director Angela Moreno.', 'library director'],
    ['“We will rebuild,” Foreign Minister Park Jin said.', 'Foreign Minister'],
    ['“We will rebuild,” Ann Lee, 42, a nurse, said.', 'a nurse'],
    // Honorifics, ages and home towns are not roles.
    ['“I am proud,” said Mrs Ann Lee.', undefined],
    ['“I am proud,” Lord Tom Banks said.', undefined],
    ['“I am proud,” Father Tom Banks said.', undefined],
    ['“I am proud,” Ann Lee, 42, said.', undefined],
    ['“I am proud,” said Ann Lee, 42, of Harrogate, a village near Leeds.', undefined],
    ['“I am proud,” said Ann Lee, of Harrogate.', undefined],
    // Counsel in a court report is named by the side they argue; a mood is no role.
    ['Tom Banks, prosecuting, said: “The harm was plain to see.”', 'prosecuting'],
    ['Tom Banks, defending, said: “He is deeply sorry.”', 'defending'],
    ['Tom Banks, smiling, said: “He is deeply sorry.”', undefined],
    // A role set off by commas before the name keeps its determiner; a list is no apposition.
    ['Her mother, Ann Lee, said: “She never stood a chance.”', 'Her mother'],
    ['The group’s founder, Ann Lee, said: “We will march.”', 'The group’s founder'],
    ['He met the director, Ann Lee and Tom Reed. “It went well,” Lee said.', undefined],
  ])('in %s the role is %s', (text, role) => {
    expect(first(text).speaker?.role).toBe(role)
  })
})

describe('quoted terms are not statements', () => {
  it.each<string>([
    'Critics of the “Make Work Pay” plan met on Monday.',
    'The column, titled “Bridges Nowhere”, ran on Sunday.',
    'The so-called “ghost fleet” sailed again.',
    'Robert “Bobby” Scott arrived late.',
  ])('leaves %s out by default and returns it as scare on request', (text) => {
    expect(findQuotes(text, { limit: Infinity })).toEqual([])
    const scare = findQuotes(text, { limit: Infinity, terms: true })
    expect(scare.length).toBeGreaterThan(0)
    expect(findQuotes(text, { limit: Infinity, kind: 'scare' })).toEqual(
      scare.filter((q) => q.kind === 'scare'),
    )
  })

  it.each<string>([
    'The mayor called the plan a “ghost fleet” on Monday.',
    '“Fine,” she said.',
    'Ann Lee said the plan was “fair to everyone who pays taxes here.”',
  ])('keeps a quote with a speech cue: %s', (text) => {
    const quotes = findQuotes(text, { limit: Infinity })
    expect(quotes).toHaveLength(1)
    expect(quotes[0]?.kind).not.toBe('scare')
  })
})

describe('split utterances', () => {
  it.each<[string, string[]]>([
    ['“We will win,” he said. “No doubt about it.”', ['We will win,', 'No doubt about it.']],
    ['“We will,” she said, “win this race.”', ['We will,', 'win this race.']],
    ['“We will,” Ann Lee said on Tuesday, “win this race.”', ['We will,', 'win this race.']],
    [
      '“The plan is sound,” said Dr. Ann Lee, a senior fellow at the Institute for Public Works at Lake University. “It will pay for itself.”',
      ['The plan is sound,', 'It will pay for itself.'],
    ],
    [
      '“I waited a long time,” Ann Lee wrote in a post published on Friday, two years after she first asked the council. “Nothing moved.”',
      ['I waited a long time,', 'Nothing moved.'],
    ],
    [
      'Ann Lee read it aloud:\n\n“The first paragraph.\n\n“The second paragraph, which closes.”',
      ['The first paragraph.', 'The second paragraph, which closes.'],
    ],
  ])('joins %s into one quote with both parts', (text, parts) => {
    const quotes = findQuotes(text, { limit: Infinity })
    expect(quotes).toHaveLength(1)
    const q = quotes[0] as Quote
    expect(q.parts?.map((p) => p.text)).toEqual(parts)
    for (const part of q.parts ?? []) expect(text.slice(part.start, part.end)).toBe(part.text)
    expect(q.text).toBe(parts[0])
    expect(text.slice(q.start, q.end)).toBe(q.text)
  })

  it.each<string>([
    '“We will win,” he said. Then the crowd left. “No doubt about it,” Ann Lee said.',
    '“We will win,” Tom Reed said. “No doubt about it,” Ann Lee said.',
    '“We will win,” he said.\n\n“No doubt about it,” she said.',
    'He called it “a farce” and “a waste.”',
  ])('keeps the quotes of %s apart', (text) => {
    for (const q of findQuotes(text, { limit: Infinity })) expect(q.parts).toBeUndefined()
  })

  it('returns the parts as quotes of their own with join: false, ids linked', () => {
    const text = '“We will,” she said, “win this race.”'
    const quotes = findQuotes(text, { limit: Infinity, join: false })
    expect(quotes.map((q) => q.id).sort()).toEqual(['q1', 'q1.2'])
    for (const q of quotes) expect(q.parts).toBeUndefined()
  })
})

describe('key quotes give several voices', () => {
  const text = [
    'Mayor Jane Doe defended the budget at length.',
    '“This budget protects every school in the city and every teacher in it,” Doe said.',
    '“We have found the money without raising a single tax on working families,” Doe said.',
    '“Every library stays open, every pool stays open, every park stays open,” Doe said.',
    '“The opposition has offered nothing but slogans for two years now,” Doe said.',
    '“I will sign it on Friday and the city will be better for it,” Doe said.',
    '“The figures do not add up and the reserves will be gone by spring,” said auditor Sam Brook.',
    '“Our members were not consulted at any point,” said union leader Rita Cole.',
  ].join('\n\n')

  it('lets other named sources be heard among the five', () => {
    const names = new Set(findQuotes(text).map((q) => q.speaker?.name))
    expect(names).toEqual(new Set(['Jane Doe', 'Sam Brook', 'Rita Cole']))
  })

  it('gives no voice more than two of five while others still have quotes', () => {
    const crowded = [
      ...text.split('\n\n').slice(0, 6),
      '“Fine,” said Sam Brook.',
      '“We shall see,” said Sam Brook.',
      'Rita Cole said the union had asked for “a proper look at the reserves before any vote,” and left.',
    ].join('\n\n')
    const counts = new Map<string, number>()
    for (const q of findQuotes(crowded)) {
      const name = q.speaker?.name ?? ''
      counts.set(name, (counts.get(name) ?? 0) + 1)
    }
    expect(counts).toEqual(
      new Map([
        ['Jane Doe', 2],
        ['Sam Brook', 2],
        ['Rita Cole', 1],
      ]),
    )
  })

  it('still lists one voice only when there is no other (counter-example)', () => {
    const lone = text.split('\n\n').slice(0, 6).join('\n\n')
    const quotes = findQuotes(lone)
    expect(quotes).toHaveLength(5)
    expect(new Set(quotes.map((q) => q.speaker?.name))).toEqual(new Set(['Jane Doe']))
  })
})

describe('whole utterances take the key slots before quoted phrases', () => {
  const whole = [
    '“It opens in May,” Tom Reed said.',
    '“Nobody asked us,” said Kit Varga.',
    '“The vote is next week,” Sam Brook said.',
    '“Traffic has doubled,” said Rita Cole.',
    '“We checked every bolt,” Ola Brandt said.',
  ]
  const phrase =
    'Ann Lee said at the opening of the hearing that the long delay was “a failure of planning by the ministry that nobody in this city can excuse or forgive,” and left.'

  it('leaves out a quoted phrase when five whole utterances fill the slots', () => {
    const quotes = findQuotes([phrase, ...whole].join('\n\n'))
    expect(quotes).toHaveLength(5)
    expect(quotes.map((q) => q.kind)).not.toContain('partial')
  })

  it('lets the quoted phrase fill a slot left free (counter-example)', () => {
    const quotes = findQuotes([phrase, ...whole.slice(1, 4)].join('\n\n'))
    expect(quotes).toHaveLength(4)
    expect(quotes.at(-1)?.kind).toBe('partial')
  })
})

describe('sentence ends glued to the next sentence', () => {
  it.each<[string, string, string | undefined]>([
    // A closing mark glued to the next sentence: the speaker before the quote keeps it.
    [
      'Asked why, Ola Brandt said, “He listens to us.”Union member Kit Varga told the paper she disagreed.',
      'Ola Brandt',
      undefined,
    ],
    // A full stop glued to a capital ends a sentence: no speaker or role reads across it.
    ['The rules changed on Friday.Mr Pell said: “We were not told.”', 'Pell', undefined],
    [
      'Nobody came to the meeting.Navy spokesman Tom Reyes said: “We were not told.”',
      'Tom Reyes',
      'Navy spokesman',
    ],
    [
      'Tickets sold out in an hour.“We were not told,” said Ilse Moor, the harbour warden.',
      'Ilse Moor',
      'the harbour warden',
    ],
  ])('in %s the speaker is %s (role %s)', (text, speaker, role) => {
    const q = first(text)
    expect(spoken(text, q)).toBe(speaker)
    expect(q.speaker?.role).toBe(role)
  })

  it.each<[string, string]>([
    // Counter-examples: dots inside abbreviations and names do not end a sentence.
    ['“We were not told,” U.S. Navy spokesman Tom Reyes said.', 'Tom Reyes'],
    ['“We were not told,” said Dr. Ilse Moor of St. Ives.', 'Ilse Moor'],
  ])('keeps %s whole', (text, speaker) => {
    expect(first(text).speaker?.name).toBe(speaker)
  })
})

describe('key quotes are statements somebody made', () => {
  it.each<string>([
    // A word or a short phrase quoted inside the writer's sentence is reported wording.
    'Ann Lee, the inspector, said she was “appalled” by the state of the kitchens.',
    'The panel said the town had become a “jobs machine” for the region.',
    'Tom Reyes told the court he kept “forgetting” to check the pipes.',
    // Nobody is credited: a sign, a caption, a line of a report.
    'Workers took down a sign that read “Long Live the Harbour Board.”',
    'The review ends: “Nothing in the accounts suggests any wrongdoing by the staff.”',
  ])('takes nothing from %s', (text) => {
    expect(findQuotes(text)).toEqual([])
    expect(findQuotes(text, { limit: Infinity }).length).toBeGreaterThan(0)
  })

  it.each<[string, string]>([
    // Counter-examples: full sentences, and phrases long enough or closing a sentence.
    ['Ann Lee said: “The kitchens were filthy.”', 'The kitchens were filthy.'],
    ['Ann Lee said the kitchens were “filthy beyond anything we had seen,”', 'filthy beyond'],
    ['Ann Lee said the deal was “a pact with the devil.”', 'a pact with the devil.'],
  ])('keeps %s', (text, words) => {
    const quotes = findQuotes(text)
    expect(quotes).toHaveLength(1)
    expect(quotes[0]?.text.startsWith(words)).toBe(true)
  })
})

describe('titles and names in quotation marks', () => {
  it.each<string>([
    'In her book “A Harbour Built on Sand: How Towns That Drown Rebuild,” Mira Lund wrote of the floods.',
    'Her first album “Songs for the Long Dark” sold poorly, Mira Lund said on Tuesday.',
    'A booklet titled “The Wit and Wisdom of Tom Reyes.” circulated among staff.',
    'Dubbed “Iron Ann” by the tabloids, she rarely spoke to reporters.',
  ])('leaves the title or name in %s out by default', (text) => {
    expect(findQuotes(text, { limit: Infinity })).toEqual([])
    expect(findQuotes(text, { limit: Infinity, terms: true }).length).toBeGreaterThan(0)
  })

  it('does not read a speaker out of a quoted title', () => {
    const text =
      'A booklet titled “The Wit and Wisdom of Tom Reyes.” circulated. “We never wrote it,” he added.'
    expect(first(text).speaker?.name).not.toBe('Tom Reyes')
  })

  it.each<string>([
    // Counter-examples: a quoted sentence after a title noun is still speech.
    'Mira Lund said of her book: “It took me ten years and it nearly broke me.”',
    'Reviewing the film, Mira Lund said it was “Long, slow, and worth every minute.”',
  ])('keeps the quote in %s', (text) => {
    expect(findQuotes(text, { limit: Infinity })).toHaveLength(1)
  })
})

describe('an introduced quote that ends a sentence keeps its introduction', () => {
  it.each<[string, string]>([
    [
      'Asked why, Ola Brandt said, “He listens to us.” Kit Varga, a neighbour, told the paper she disagreed.',
      'Ola Brandt',
    ],
    ['Ola Brandt said: “He listens.” Kit Varga said nothing.', 'Ola Brandt'],
    // Counter-examples: a quote ending in a comma hands over to the cue after it.
    ['Ola Brandt spoke first. “He listens,” Kit Varga said.', 'Kit Varga'],
    ['Ola Brandt said, “He listens,” Kit Varga said.', 'Kit Varga'],
  ])('in %s the speaker is %s', (text, speaker) => {
    expect(spoken(text, first(text))).toBe(speaker)
  })
})

describe('pronoun speakers resolve to a person or an organisation', () => {
  it('resolves "it" to the organisation of the sentence before', () => {
    const text =
      'The Harbour Safety Agency warned boat owners on Monday.\n\n“Stay in port until the storm has passed,” it said in a statement.'
    expect(first(text).speaker?.name).toBe('Harbour Safety Agency')
  })

  it('resolves "he" to the last man named, however far back', () => {
    const text = [
      'Mr Tomas Eriksen has run the ferry for thirty years.',
      'The boat leaves at six.',
      'It comes back at nine.',
      'The fares have not changed since 2010.',
      'The council pays for the fuel.',
      'Winter crossings are rougher.',
      '“I have never missed a day,” he said.',
    ].join(' ')
    expect(first(text).speaker?.name).toBe('Tomas Eriksen')
  })

  it('does not give "she" to a far-back name of unknown gender (counter-example)', () => {
    const text = [
      'Kit Varga has run the ferry for thirty years.',
      'The boat leaves at six.',
      'It comes back at nine.',
      'The fares have not changed since 2010.',
      'The council pays for the fuel.',
      'Winter crossings are rougher.',
      '“I have never missed a day,” she said.',
    ].join(' ')
    expect(first(text).speaker?.resolved).toBe(false)
  })

  it('leaves an unresolved pronoun out of the key quotes, not out of the list', () => {
    const text = 'The boat leaves at six. “I have never missed a day,” she said.'
    expect(findQuotes(text)).toEqual([])
    expect(findQuotes(text, { limit: Infinity })).toHaveLength(1)
  })
})

describe('a place is not a speaker', () => {
  it.each<string>([
    'Kelso Harbour at dawn, the fishing boats still moored\n\n“We have not been out for a week. The fish have gone north.”',
    'The storm reached Norway on Tuesday.\n\n“We have not been out for a week. The fish have gone north.”',
  ])('credits nobody in %s', (text) => {
    expect(findQuotes(text, { limit: Infinity }).every((q) => q.speaker === null)).toBe(true)
  })

  it.each<[string, string]>([
    // Counter-examples: a country with a cue of its own speaks for its government, and a given
    // name that is also a place is a person.
    ['“The sanctions are unlawful,” Norway said in a statement.', 'Norway'],
    ['Jordan Hale sailed at dawn.\n\n“We have not been out for a week,” Hale said.', 'Jordan Hale'],
  ])('credits the speaker in %s', (text, speaker) => {
    expect(first(text).speaker?.name).toBe(speaker)
  })
})

describe('a role stated at the first mention holds for later quotes', () => {
  it.each<[string, string]>([
    [
      '“The pipes are old,” said Tom Reyes, vice president of planning at the utility.\n\n“We replace a mile a year,” Mr. Reyes said.',
      'vice president of planning at the utility',
    ],
    [
      'The thaw worried Ann Lee, deputy commissioner for water at the city.\n\n“The mains crack,” Ms. Lee said.',
      'deputy commissioner for water at the city',
    ],
    [
      'Ann Lee, who was a political adviser to the mayor, spoke first.\n\n“The mains crack,” Lee said.',
      'a political adviser to the mayor',
    ],
    [
      'Ann Lee, an economist at the U.S. Treasury, spoke first.\n\n“The mains crack,” Lee said.',
      'an economist at the U.S. Treasury',
    ],
    [
      '“The pipes are old,” said Tom Reyes, a senior fellow at the Institute for Cities.\n\n“We replace a mile a year,” Reyes said.',
      'a senior fellow at the Institute for Cities',
    ],
  ])('in %s the later quote has the role', (text, role) => {
    const quotes = findQuotes(text, { limit: Infinity }).sort((a, b) => b.start - a.start)
    expect(quotes[0]?.speaker?.role).toBe(role)
  })

  it.each<string>([
    // Counter-examples: a mood, an action or a clause is not a role.
    'Ann Lee, bristling with anger, left the hall.\n\n“The mains crack,” Lee said.',
    'Ann Lee, watched by her father, left the hall.\n\n“The mains crack,” Lee said.',
    'Ann Lee, who follows the city closely, left the hall.\n\n“The mains crack,” Lee said.',
    'Ann Lee, 42, left the hall.\n\n“The mains crack,” Lee said.',
  ])('gives no role in %s', (text) => {
    const quotes = findQuotes(text, { limit: Infinity })
    expect(quotes[0]?.speaker?.name).toBe('Ann Lee')
    expect(quotes[0]?.speaker?.role).toBeUndefined()
  })
})

describe('anonymous descriptions and party labels', () => {
  it.each<[string, string, string]>([
    [
      '“He left us in the lurch,” said one Labour operative in the county.',
      'one Labour operative',
      'one Labour operative',
    ],
    [
      'On one forum an unidentified poster wrote that it was “a disgrace to the town and everyone in it.”',
      'an unidentified poster',
      'an unidentified poster',
    ],
    [
      '“He left us in the lurch,” an unnamed council aide said.',
      'an unnamed council aide',
      'an unnamed council aide',
    ],
  ])('in %s the speaker is %s, flagged by %s', (text, speaker, phrase) => {
    const q = first(text)
    expect(spoken(text, q)).toBe(speaker)
    expect(q.speaker?.anonymous).toBe(true)
    expect(q.speaker?.anonymity?.text).toBe(phrase)
  })

  it('keeps a named source after a party label (counter-example)', () => {
    const text = '“He left us in the lurch,” said Labour councillor Ann Lee.'
    expect(first(text).speaker?.name).toBe('Ann Lee')
    expect(first(text).speaker?.anonymous).toBe(false)
  })
})

describe('titles before a name', () => {
  it.each<[string, string]>([
    [
      '“We are done,” Harbour Board press secretary Ann Lee told reporters.',
      'Harbour Board press secretary',
    ],
    ['“We are done,” Leeds-based developer Ann Lee wrote.', 'Leeds-based developer'],
    [
      '“We are done,” said Kelso conservation department ranger Ann Lee.',
      'Kelso conservation department ranger',
    ],
  ])('in %s the role is %s', (text, role) => {
    expect(first(text).speaker?.role).toBe(role)
  })

  it('does not read "press" in a title as the cue (counter-example: it is a cue alone)', () => {
    const text = 'Union leaders press the mayor: “Pay the staff.”'
    expect(first(text).cue?.text).toBe('press')
  })
})

describe('a name set off beside a title or a role phrase speaks', () => {
  it.each<[string, string, string | undefined]>([
    ['“It folds in half,” said Lumio co-founder Ada Kessler.', 'Ada Kessler', 'Lumio co-founder'],
    [
      'Its candidate, Priya Lund, thanked volunteers who had “walked every street in the ward twice”.',
      'Priya Lund',
      'Its candidate',
    ],
    // Counter-example: a role phrase with no name beside it stays the speaker.
    [
      'Its candidate thanked volunteers who had “walked every street in the ward twice”.',
      'Its candidate',
      undefined,
    ],
  ])('in %s the speaker is %s', (text, speaker, role) => {
    const q = first(text)
    expect(spoken(text, q)).toBe(speaker)
    expect(q.speaker?.role).toBe(role)
  })
})
