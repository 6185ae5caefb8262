import { describe, expect, it } from 'vitest'
import {
  boilerplateKind,
  findBoilerplate,
  isPageFurniture,
} from '../../src/engine/text/boilerplate'
import { splitText } from '../../src/engine/text/sentences'

type Row = [input: string, kind: string | null]

const phenomena: Record<string, Row[]> = {
  'calls to action': [
    ['Leave a Comment', 'call-to-action'],
    ['Read more', 'related'],
    ['Read more: Flood warnings issued across the north', 'related'],
    ['Share this article', 'call-to-action'],
    ['Sign up for our newsletter', 'call-to-action'],
    ['Sign up for our daily briefing newsletter.', 'call-to-action'],
    ['Click here to subscribe', 'call-to-action'],
    ['Click here to read the full report.', 'call-to-action'],
    ['Follow us on Instagram', 'call-to-action'],
    ['Follow us on X and Facebook for updates', 'call-to-action'],
    ['Download our app', 'call-to-action'],
    ['Tap here to get alerts', 'call-to-action'],
    ['Subscribe to our podcast', 'call-to-action'],
    ['Join the conversation in the comments below', 'call-to-action'],
    ['Get our morning newsletter in your inbox', 'call-to-action'],
    ['[Before you leave for work: Get the Harbour Brief in your inbox.]', 'call-to-action'],
  ],
  'interface labels': [
    ['Advertisement', 'ad'],
    ['ADVERTISEMENT', 'ad'],
    ['Related Articles', 'label'],
    ['More on this story', 'label'],
    ['You may also like', 'label'],
    ['Most Read', 'label'],
    ['Image caption', 'label'],
    ['Facebook Twitter Email', 'label'],
    ['Sponsored content', 'ad'],
    ['Continue reading below', 'call-to-action'],
    ['* * *', 'label'],
  ],
  bylines: [
    ['By Jane Doe', 'byline'],
    ['By JANE DOE', 'byline'],
    ['By Jane Doe and John Roe', 'byline'],
    ['By Maria de la Cruz, Staff Reporter', 'byline'],
    ['Reporting by Ana Lima; Editing by Tom Hale', 'byline'],
    ['Additional reporting by Kofi Mensah in Accra', 'byline'],
    ['Written by Priya Nair', 'byline'],
  ],
  'credits and copyright': [
    ['Photo: Jane Doe/Reuters', 'credit'],
    ['(Photo: Jane Doe/Reuters)', 'credit'],
    ['Image: Getty Images', 'credit'],
    ['Photograph by Lars Berg for the Daily Planet', 'credit'],
    ['Picture credit: handout', 'credit'],
    ['AP Photo/Evan Vucci', 'credit'],
    ['Jane Doe/AFP via Getty Images', 'credit'],
    ['(Getty Images)', 'credit'],
    ['(Tomas Berg/AFP/Getty Images)', 'credit'],
    ['CreditCreditIlse Marr/The Harbour Times', 'credit'],
    ['Credit...Ilse Marr/Wire Press', 'credit'],
    ['PhotoIlse Marr/Reuters', 'credit'],
    ['Video: Crowds gather outside parliament', 'caption'],
    ['Video: Lena Berg for the Courier', 'credit'],
    ['© 2024 Example Media Ltd. All rights reserved.', 'copyright'],
    ['Copyright 2023 The Example Times', 'copyright'],
    ['(c) Example News Group', 'copyright'],
  ],
  'time stamps': [
    ['Published: 10:32 GMT, 4 March 2024', 'timestamp'],
    ['Updated on March 4, 2024', 'timestamp'],
    ['Last updated: 2 hours ago', 'timestamp'],
    ['Posted at 09:15', 'timestamp'],
  ],
  'gallery counters': [
    ['3 of 12', 'counter'],
    ['1 of 18.', 'counter'],
    ['Image 4 of 9', 'counter'],
    ['2/7', 'counter'],
    ['5 of 6 Firefighters tackle the blaze at the depot', 'counter'],
  ],
  'ad markers': [
    ['Story continues below advertisement', 'ad'],
    ['Paid partner content', 'ad'],
    ['Advertisement - scroll to continue', 'ad'],
  ],
  'pointers to other pages': [
    ['Related: Dam repairs to cost twice the estimate', 'related'],
    ['See also: How the levee failed', 'related'],
    ['READ MORE: Council votes to close library', 'related'],
    ['Send us your photos and videos', 'call-to-action'],
    ['Watch: The moment the bridge opened', 'related'],
  ],
  'source and chart lines': [
    ['Source: Office for Regional Statistics', 'source'],
    ['Chart: Mira Holt', 'source'],
    ['Graphic by the data desk', 'source'],
    ['Note: figures are seasonally adjusted', 'source'],
  ],
  'reporter signatures and contributor credits': [
    ['Tomas Eriksen in Bergen', 'byline'],
    ['Additional reporting by Lea Wong and Omar Said', 'byline'],
    ['Words by Kit Marlowe', 'byline'],
  ],
  'bare times and dates': [
    ['14:05 BST', 'timestamp'],
    ['10.42am', 'timestamp'],
    ['Monday 3 March 2025', 'timestamp'],
    ['12 minutes ago', 'timestamp'],
    ['Updated 2 hours ago', 'timestamp'],
  ],
  'live-blog housekeeping': [
    ["That's all from us for today.", 'housekeeping'],
    ['That is it for our coverage tonight', 'housekeeping'],
    ['Thanks for following along.', 'housekeeping'],
    ['Welcome to our live coverage of the election count.', 'housekeeping'],
    ["We'll bring you more updates as we get them.", 'housekeeping'],
    ["We'll be back tomorrow morning.", 'housekeeping'],
  ],
  'look-alike article sentences that stay': [
    ['"Read more books," the librarian urged pupils.', null],
    ['Read more books and watch less television, she advised.', null],
    ['Markets rally as Fed holds rates', null],
    ['Join the fight against cancer', null],
    ['By Tuesday, the talks had collapsed.', null],
    ['By the end of the year sales had doubled.', null],
    ['By 2030 the city will be carbon neutral.', null],
    ['Share prices fell sharply on Monday.', null],
    ['Follow-up talks are planned for next week.', null],
    ['Leave was cancelled for all police officers.', null],
    ['Watch the video of the parade, the mayor urged residents.', null],
    ['The photo shows the minister at the summit.', null],
    ['Photos of the crash spread quickly online.', null],
    ['Sources said the deal was close.', null],
    ['Updated forecasts point to slower growth this year.', null],
    ['The newsletter reached a million subscribers, the firm said.', null],
    ['Click, the tech show, returns next week.', null],
    ['Copyright law is changing in Europe, experts say.', null],
    ['Advertising revenue rose 8% in the quarter.', null],
    ['ImageNet researchers released new data today', null],
    ['CreditBank Harbour profits rose sharply this year', null],
    ['[Editor’s note: the figures were revised on Monday.]', null],
    ['The ratio was 3/4 in the Getty family trust', null],
    ['More than 300 people were hurt.', null],
    ['Sign language interpreters were present throughout the hearing.', null],
    ['She said: "Follow us, and you will be safe."', null],
    ['Yes.', null],
    ['Reuters reported the figures on Friday.', null],
    ['2 of the 3 suspects were freed on bail.', null],
    ['Sources close to the talks expect a deal.', null],
    ['Chart-topping singer Ola Berg cancelled the tour.', null],
    ['We live in dangerous times, the bishop warned.', null],
    ['“That is all we ask,” said the union leader.', null],
    ['Our coverage of the trial won an award last year, the editor said.', null],
    ['May', null],
    ['Thanks to the rain, the harvest was saved.', null],
    ['Ad hoc committees will review the plan.', null],
    ['Related charges were dropped in June.', null],
    ['Watch makers reported record exports.', null],
  ],
}

describe.each(Object.entries(phenomena))('%s', (_name, rows) => {
  it.each(rows)('classifies %j', (input, kind) => {
    expect(boilerplateKind(input)).toBe(kind)
  })
})

describe('position at the edges', () => {
  it.each([
    [
      'Talks resumed on Monday.\n\nThe envoys met twice.\n\nRead the transcript',
      [null, null, 'call-to-action'],
    ],
    [
      'Talks resumed on Monday.\n\nThe envoys met twice.\n\nListen to the interview',
      [null, null, 'call-to-action'],
    ],
    [
      'Listen to the interview\n\nTalks resumed on Monday.\n\nThe envoys met.\n\nBoth sides spoke.\n\nNothing changed.',
      ['call-to-action', null, null, null, null],
    ],
  ] as [string, (string | null)[]][])('marks edge calls to action in %j', (input, expected) => {
    expect(findBoilerplate(splitText(input)).sentences).toEqual(expected)
  })

  it('reads a lone crosshead in the middle of a long article as a heading, not furniture', () => {
    const input = ['One.', 'Two.', 'Three.', 'A long road back', 'Four.', 'Five.', 'Six.'].join(
      '\n\n',
    )
    const kind = findBoilerplate(splitText(input)).sentences[3] ?? null
    expect(kind).toBe('heading')
    expect(isPageFurniture(kind)).toBe(false)
  })
})

describe('paragraph marks', () => {
  it('marks a paragraph only when all its sentences are boilerplate', () => {
    const input = 'By Jane Doe\n\nTalks resumed. Read more\n\nAdvertisement\n\nShare this article'
    const marks = findBoilerplate(splitText(input))
    expect(marks.paragraphs).toEqual([true, false, true, true])
    expect(marks.sentences).toEqual(['byline', null, 'related', 'ad', 'call-to-action'])
  })

  it('handles an empty text', () => {
    expect(findBoilerplate(splitText(''))).toEqual({ sentences: [], paragraphs: [], prefixes: [] })
  })
})

describe('photo captions', () => {
  it.each([
    [
      'caption before a credit in one paragraph',
      'Volunteers stack sandbags along the levee on Sunday. (Photo: Ana Ruiz / The Courier)\n\nThe river crested at 31 feet on Monday.',
      ['caption', 'credit', null],
    ],
    [
      'caption after a credit in one paragraph',
      'Photo: Ben Cole/Reuters\nA street vendor waits for customers in Lagos.\n\nFuel prices doubled in a week.',
      ['credit', 'caption', null],
    ],
    [
      'caption of two sentences ending in a credit',
      'Image\n\nRescuers search a flooded street in Marlow on Sunday. The storm had dumped a month of rain on the town.CreditCreditIlse Marr/The Harbour Times\n\nThe river burst its banks overnight.',
      ['label', 'caption', 'caption', 'credit', null],
    ],
    [
      'caption, credit and date fused onto the lede',
      'Firefighters argue that the dry spring made the blaze worse.Credit...Ilse Marr/Wire PressAug. 16, 2020As the fire spread, the town was evacuated.',
      ['caption', 'credit', null],
    ],
    [
      'caption with a scare-quoted word before a supplied picture',
      'A new law would make shops keep so-called ‘loyalty data’ for a year. Source: Supplied\n\nRetailers have lobbied against the plan for months.',
      ['caption', 'source', null],
    ],
    [
      'caption before a credit with several agencies',
      'The prime minister waves as he arrives at the summit in Tarsk on Monday. (Tomas Berg/AFP/Getty Images)\n\nLeaders agreed a new trade pact.',
      ['caption', 'credit', null],
    ],
    [
      'caption paragraph before a credit paragraph',
      'A nurse checks on a patient at the new clinic.\n\nPicture: Getty Images\n\nThe clinic opened in March with 40 beds.',
      ['caption', 'credit', null],
    ],
  ] as [string, string, (string | null)[]][])('marks a %s', (_name, input, expected) => {
    expect(findBoilerplate(splitText(input)).sentences).toEqual(expected)
  })

  it.each([
    [
      'lead with a dateline',
      'OSLO, Norway - The ferry ran aground on Tuesday. (Photo: Kari Lund / NTB)',
      [null, 'credit'],
    ],
    [
      'lead with a verb of reporting',
      'The mayor said the bridge would reopen in May.\n\nPhoto: Lee Park/AP\n\nWork began last year.',
      [null, 'credit', null],
    ],
    [
      'lead after a credit paragraph',
      'Photo: Lee Park/AP\n\nThe bridge reopened on Friday after a two-year repair.',
      ['credit', null],
    ],
    [
      'sentence next to a data source, not a photo credit',
      'Fewer than one in ten patients recover within a year. Source: National Health Registry.',
      [null, 'source'],
    ],
    [
      'quoted sentence next to a credit',
      '“We will rebuild,” the owner told neighbours. (Photo: Ana Ruiz / The Courier)',
      [null, 'credit'],
    ],
    [
      'news paragraph of many sentences ending in a credit',
      'The dam failed at dawn. Water reached the town within an hour. Officials ordered an evacuation. Schools closed for the week. Credit: Ilse Marr/AP',
      [null, null, null, 'caption', 'credit'],
    ],
    [
      'quoted sentence before a supplied picture',
      '“This law will change how every shop works,” the minister said. Source: Supplied',
      [null, 'source'],
    ],
    [
      'long paragraph before a credit',
      `The storm ${'tore through the valley and flattened barns, '.repeat(5)}leaving hundreds without power.\n\nPhoto: Getty Images`,
      [null, 'credit'],
    ],
  ] as [string, string, (string | null)[]][])('keeps a %s as text', (_name, input, expected) => {
    expect(findBoilerplate(splitText(input)).sentences).toEqual(expected)
  })
})

describe('document passes', () => {
  it.each([
    [
      'a headline line and a later section label',
      'Dam repairs to cost twice the estimate\n\nThe council met on Monday.\n\nMarkets\n\nShares fell.',
      ['heading', null, 'label', null],
    ],
    [
      'a list lead-in and its rows',
      'The plan has three parts:\n- a new spillway\n- raised banks\n- a warning system\n\nWork starts in May.',
      ['list-lead-in', 'list-row', 'list-row', 'list-row', null],
    ],
    [
      'numbered rows without a lead-in',
      'Ten things to do this weekend.\n\n1. Visit the night market.\n\n2. Walk the harbour trail.',
      [null, 'list-row', 'list-row'],
    ],
    [
      'a short unpunctuated line printed after every post',
      'The count began at ten.\nResults as they come in\n\nTurnout was high.\nResults as they come in',
      [null, 'repeated', null, 'repeated'],
    ],
    [
      'a caption ending in its own bracketed credit',
      'Crews work on the dam wall (Photo: Ana Lima/AP)\n\nThe dam will reopen in June.',
      ['caption', null],
    ],
  ] as [string, string, (string | null)[]][])('marks %s', (_name, input, expected) => {
    expect(findBoilerplate(splitText(input)).sentences).toEqual(expected)
  })

  it.each([
    [
      'a repeated full sentence',
      'We will win.\n\nThe crowd cheered.\n\nWe will win.',
      [null, null, null],
    ],
    [
      'a sentence ending in a bracketed aside',
      'The vote passed (the second this year).\n\nIt takes effect in May.',
      [null, null],
    ],
    [
      'a colon inside a sentence',
      'The rule is simple: no boats after dark.\n\nFines start at 200 crowns.',
      [null, null],
    ],
  ] as [string, string, (string | null)[]][])('keeps %s as text', (_name, input, expected) => {
    expect(findBoilerplate(splitText(input)).sentences).toEqual(expected)
  })
})

describe('structure from the markup', () => {
  it('reads heading and list blocks, and recognises removed furniture where it recurs', () => {
    const text =
      'Harbour reopens\n\nThe harbour reopened on Friday after storm repairs.\n\nFerries resume Monday\n\nA crane lifts a buoy into place.'
    const start = (part: string) => text.indexOf(part)
    const marks = findBoilerplate(splitText(text), {
      blocks: [
        { kind: 'heading', start: 0, end: 15 },
        { kind: 'paragraph', start: start('The harbour'), end: start('Ferries') - 2 },
        { kind: 'list-item', start: start('Ferries'), end: start('Ferries') + 21 },
      ],
      removed: [{ kind: 'caption', text: 'A crane lifts a buoy into place.' }],
    })
    expect(marks.sentences).toEqual(['heading', null, 'list-row', 'caption'])
  })
})
