import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitParagraphs } from '../../src/engine/text/paragraphs'
import { isSpace } from '../../src/engine/text/chars'
import { splitSentences, splitText } from '../../src/engine/text/sentences'

type Row = [input: string, expected: string[]]

const texts = (input: string): string[] => splitSentences(input).map((s) => s.text)

const phenomena: Record<string, Row[]> = {
  'plain terminators': [
    ['The cat sat. The dog ran.', ['The cat sat.', 'The dog ran.']],
    ['Is it true? Nobody knows.', ['Is it true?', 'Nobody knows.']],
    ['Stop! Thieves fled.', ['Stop!', 'Thieves fled.']],
    ['Really?! Yes.', ['Really?!', 'Yes.']],
    ['One sentence without a final stop', ['One sentence without a final stop']],
    ['Ends here.', ['Ends here.']],
    ['First.  Second.\tThird.', ['First.', 'Second.', 'Third.']],
    ['It rose in 2004. 2005 was worse.', ['It rose in 2004.', '2005 was worse.']],
    ['He left at noon. at least he said so.', ['He left at noon. at least he said so.']],
    ['A short one. B is next.', ['A short one.', 'B is next.']],
    ['Prices fell.Then they rose.', ['Prices fell.', 'Then they rose.']],
    ['Élan returned. Ökonomen warnten.', ['Élan returned.', 'Ökonomen warnten.']],
  ],
  'paragraphs fused without white space': [
    [
      'The mill shut in Carrow.Its owners blamed costs.',
      ['The mill shut in Carrow.', 'Its owners blamed costs.'],
    ],
    ['Nobody came.A man waited.', ['Nobody came.', 'A man waited.']],
    ['Will it hold?Engineers doubt it.', ['Will it hold?', 'Engineers doubt it.']],
    ['“We stay,” she said.”Tamsin Orly', ['“We stay,” she said.”', 'Tamsin Orly']],
    ['“We will rebuild.”Ms Orly left.', ['“We will rebuild.”', 'Ms Orly left.']],
    ['It was “reckless”.The vote passed.', ['It was “reckless”.', 'The vote passed.']],
    ['Prices hit 140.Ms Orly sold.', ['Prices hit 140.', 'Ms Orly sold.']],
    ['He chose the disks.HAMR came later.', ['He chose the disks.', 'HAMR came later.']],
    ['Rain fell on Tuesday.Then hail.', ['Rain fell on Tuesday.', 'Then hail.']],
    ['Fire hit the plant.Mrs.Orly fled.', ['Fire hit the plant.', 'Mrs.Orly fled.']],
    [
      'Ms Orly wrote: “We stay this week.“Then we go.”',
      ['Ms Orly wrote: “We stay this week.', '“Then we go.”'],
    ],
    // Counter-examples: abbreviations, initials, domains, code names, numbers, places.
    ['He studied at the U.S.Naval Academy.', ['He studied at the U.S.Naval Academy.']],
    ['She holds a Ph.D.In May she left.', ['She holds a Ph.D.In May she left.']],
    ['J.R.R.Tolkien wrote it.', ['J.R.R.Tolkien wrote it.']],
    ['She sells on Shopwise.com now.', ['She sells on Shopwise.com now.']],
    ['It runs on Node.js today.', ['It runs on Node.js today.']],
    ['Visit news.Kestrel.org daily.', ['Visit news.Kestrel.org daily.']],
    ['Read https://example.org/a.B first.', ['Read https://example.org/a.B first.']],
    ['They met in St.Louis on Monday.', ['They met in St.Louis on Monday.']],
    ['Version 2.0.1 and 3.5% growth.', ['Version 2.0.1 and 3.5% growth.']],
    [
      'He wrote to orly.Tamsin@mail.example today.',
      ['He wrote to orly.Tamsin@mail.example today.'],
    ],
    ['Flight No.7B left.', ['Flight No.7B left.']],
  ],
  'a date line fused onto the next sentence': [
    [
      'Crews at the dam.Credit...Ana Lima/Wire PressAug. 16, 2020As the heat rose, power failed.',
      [
        'Crews at the dam.',
        'Credit...Ana Lima/Wire PressAug. 16, 2020',
        'As the heat rose, power failed.',
      ],
    ],
    ['Posted 3 March 2021The council met.', ['Posted 3 March 2021', 'The council met.']],
    // Counter-examples: a year before a code or a name with no date before it.
    ['The 2020Vision plan failed.', ['The 2020Vision plan failed.']],
    ['On Aug. 16, 2020 the council met.', ['On Aug. 16, 2020 the council met.']],
  ],
  'titles and honorifics': [
    ['Mr. Smith arrived. He sat.', ['Mr. Smith arrived.', 'He sat.']],
    ['Mrs. Jones left early.', ['Mrs. Jones left early.']],
    ['Ms. Patel spoke first. Others followed.', ['Ms. Patel spoke first.', 'Others followed.']],
    ['Dr. Rivera operated. It went well.', ['Dr. Rivera operated.', 'It went well.']],
    ['Gov. Ortiz signed the bill.', ['Gov. Ortiz signed the bill.']],
    ['Sen. Walsh objected. Rep. Diaz agreed.', ['Sen. Walsh objected.', 'Rep. Diaz agreed.']],
    ['Gen. Morrow and Lt. Col. Abbot met.', ['Gen. Morrow and Lt. Col. Abbot met.']],
    ['Prof. Okafor teaches law.', ['Prof. Okafor teaches law.']],
    [
      'They prayed at St. Anne church. It rained.',
      ['They prayed at St. Anne church.', 'It rained.'],
    ],
    ['Capt. Reyes and Sgt. Hill were decorated.', ['Capt. Reyes and Sgt. Hill were decorated.']],
    [
      'Rev. Moss preached. Hon. Members listened.',
      ['Rev. Moss preached.', 'Hon. Members listened.'],
    ],
    ['Messrs. Grant and Lowe resigned.', ['Messrs. Grant and Lowe resigned.']],
    ['Det. Insp. Clarke led it.', ['Det. Insp. Clarke led it.']],
    ['She climbed Mt. Kenya last year.', ['She climbed Mt. Kenya last year.']],
    ['MR. HALE SAID NO.', ['MR. HALE SAID NO.']],
  ],
  'country and organisation abbreviations': [
    ['The U.S. economy grew. Jobs rose.', ['The U.S. economy grew.', 'Jobs rose.']],
    ['Trade with the U.K. fell sharply.', ['Trade with the U.K. fell sharply.']],
    ['The U.N. Security Council met.', ['The U.N. Security Council met.']],
    ['E.U. ministers met in Brussels.', ['E.U. ministers met in Brussels.']],
    [
      'Inflation is high in the U.S. The Fed acted.',
      ['Inflation is high in the U.S.', 'The Fed acted.'],
    ],
    ['He moved to the U.K. It rained daily.', ['He moved to the U.K.', 'It rained daily.']],
    ['The U.S. President spoke.', ['The U.S. President spoke.']],
    ['She flew to Washington, D.C. on Monday.', ['She flew to Washington, D.C. on Monday.']],
    ['He holds a Ph.D. in physics.', ['He holds a Ph.D. in physics.']],
    ['Kaito Seimitsu K.K. (KSK) makes disks.', ['Kaito Seimitsu K.K. (KSK) makes disks.']],
    ['He joined Acme Inc. (The firm is small.)', ['He joined Acme Inc.', '(The firm is small.)']],
    ['Troops left the U.S. But they came back.', ['Troops left the U.S.', 'But they came back.']],
  ],
  'company suffixes': [
    ['Acme Inc. reported profits.', ['Acme Inc. reported profits.']],
    ['He joined Acme Inc. The firm is small.', ['He joined Acme Inc.', 'The firm is small.']],
    ['Globex Corp. shares fell.', ['Globex Corp. shares fell.']],
    ['It bought Initech Ltd. Its rivals balked.', ['It bought Initech Ltd.', 'Its rivals balked.']],
    ['Warner Bros. Pictures released it.', ['Warner Bros. Pictures released it.']],
    ['A deal with Hooli Co. was signed.', ['A deal with Hooli Co. was signed.']],
    [
      'A deal with Hooli Co. The price was secret.',
      ['A deal with Hooli Co.', 'The price was secret.'],
    ],
    ['Smith & Co. Chairman Ray Lee spoke.', ['Smith & Co. Chairman Ray Lee spoke.']],
    ['Martin Luther King Jr. Day is a holiday.', ['Martin Luther King Jr. Day is a holiday.']],
    ['He met Sammy Davis Jr. He was charming.', ['He met Sammy Davis Jr.', 'He was charming.']],
    [
      'Vandelay Industries Plc. Chief Art Vandelay quit.',
      ['Vandelay Industries Plc. Chief Art Vandelay quit.'],
    ],
    [
      'It sold pens, paper, etc. The shop closed.',
      ['It sold pens, paper, etc.', 'The shop closed.'],
    ],
    ['It sold pens, paper, etc. in bulk.', ['It sold pens, paper, etc. in bulk.']],
    ['Smith et al. found the same.', ['Smith et al. found the same.']],
  ],
  months: [
    ['It opened on Jan. 5 in Rome.', ['It opened on Jan. 5 in Rome.']],
    ['Sales dipped in Feb. 2019 and recovered.', ['Sales dipped in Feb. 2019 and recovered.']],
    ['The vote is on Aug. 12. Polls are close.', ['The vote is on Aug. 12.', 'Polls are close.']],
    ['The attacks of Sept. 11 changed it.', ['The attacks of Sept. 11 changed it.']],
    ['Talks ended in Oct. The deal failed.', ['Talks ended in Oct.', 'The deal failed.']],
    ['Dec. 25 fell on a Friday.', ['Dec. 25 fell on a Friday.']],
    ['WASHINGTON, Nov. 3 (AP) - Voters went out.', ['WASHINGTON, Nov. 3 (AP) - Voters went out.']],
  ],
  initials: [
    ['J.K. Rowling wrote it.', ['J.K. Rowling wrote it.']],
    ['John F. Kennedy was shot.', ['John F. Kennedy was shot.']],
    ['George W. Bush won. Gore lost.', ['George W. Bush won.', 'Gore lost.']],
    ['J. R. R. Tolkien wrote it.', ['J. R. R. Tolkien wrote it.']],
    ['E. B. White wrote essays.', ['E. B. White wrote essays.']],
    ['He chose plan B. The rest agreed.', ['He chose plan B.', 'The rest agreed.']],
    ['Take vitamin C. It helps.', ['Take vitamin C.', 'It helps.']],
    ['Michael J. Fox spoke. Fans cheered.', ['Michael J. Fox spoke.', 'Fans cheered.']],
    ['John P. Marquand wrote it.', ['John P. Marquand wrote it.']],
    ['Sec. Blinken flew to Cairo.', ['Sec. Blinken flew to Cairo.']],
    ['See p. 12 for the table.', ['See p. 12 for the table.']],
  ],
  'numbers, decimals and money': [
    ['Profits rose to $1.13bn. Sales grew.', ['Profits rose to $1.13bn.', 'Sales grew.']],
    ['Growth was 3.5% last year.', ['Growth was 3.5% last year.']],
    ['It cost £4.99 each. Buyers queued.', ['It cost £4.99 each.', 'Buyers queued.']],
    ['Version 2.0.1 shipped.', ['Version 2.0.1 shipped.']],
    ['He ran 10.5km. Then he rested.', ['He ran 10.5km.', 'Then he rested.']],
    ['It is No. 1 in sales.', ['It is No. 1 in sales.']],
    ['The answer was no. Then he left.', ['The answer was no.', 'Then he left.']],
    ['See pp. 4-5 for details.', ['See pp. 4-5 for details.']],
    ['Temperatures hit -3.2C overnight.', ['Temperatures hit -3.2C overnight.']],
    ['It grew 0.5 per cent. Analysts shrugged.', ['It grew 0.5 per cent.', 'Analysts shrugged.']],
    ['Shares closed at 12.50. They fell again.', ['Shares closed at 12.50.', 'They fell again.']],
    ['He was born in 1990. He moved in 2001.', ['He was born in 1990.', 'He moved in 2001.']],
    ['Costs rose by 47.3%. Profits fell.', ['Costs rose by 47.3%.', 'Profits fell.']],
    ['Shares slipped 1.2%. Bonds were flat.', ['Shares slipped 1.2%.', 'Bonds were flat.']],
    ['It rose to 2.5. Analysts cheered.', ['It rose to 2.5.', 'Analysts cheered.']],
  ],
  'times and Latin abbreviations': [
    ['It starts at 9 a.m. on Monday.', ['It starts at 9 a.m. on Monday.']],
    ['It ended at 5 p.m. The crowd left.', ['It ended at 5 p.m.', 'The crowd left.']],
    ['Bring fruit, e.g. apples.', ['Bring fruit, e.g. apples.']],
    ['Use a fruit, i.e. an apple. Eat it.', ['Use a fruit, i.e. an apple.', 'Eat it.']],
    ['Bring fruit, e.g. Apples from Kent.', ['Bring fruit, e.g. Apples from Kent.']],
    ['It was Smith vs. Jones. Smith won.', ['It was Smith vs. Jones.', 'Smith won.']],
    ['Roe v. Wade was decided then.', ['Roe v. Wade was decided then.']],
    ['Compare approx. 40 cases.', ['Compare approx. 40 cases.']],
  ],
  ellipses: [
    ['He paused... Then he spoke.', ['He paused...', 'Then he spoke.']],
    ['It was... well, odd.', ['It was... well, odd.']],
    ['Wait… What happened?', ['Wait…', 'What happened?']],
    ['And so… it ended.', ['And so… it ended.']],
    ['I wonder... "Who knows?"', ['I wonder...', '"Who knows?"']],
    ['Well.. Maybe.', ['Well..', 'Maybe.']],
  ],
  'quotes and brackets': [
    ['He said: "We won." Then he left.', ['He said: "We won."', 'Then he left.']],
    ['She said, “It is over.” Nobody argued.', ['She said, “It is over.”', 'Nobody argued.']],
    ['They asked “why?” and left.', ['They asked “why?” and left.']],
    ['"Why?" she asked.', ['"Why?" she asked.']],
    ['"Why?" asked Ms Lee. She waited.', ['"Why?" asked Ms Lee.', 'She waited.']],
    ['"Stop!" Mr Lee shouted. It worked.', ['"Stop!" Mr Lee shouted.', 'It worked.']],
    ['"Enough!" The crowd dispersed.', ['"Enough!"', 'The crowd dispersed.']],
    ['It fell (as expected.) Then it rose.', ['It fell (as expected.)', 'Then it rose.']],
    ['(He later resigned.) The board met.', ['(He later resigned.)', 'The board met.']],
    ['Was it fair? (Few thought so?) Yes.', ['Was it fair?', '(Few thought so?)', 'Yes.']],
    ['He called it ‘absurd.’ Others agreed.', ['He called it ‘absurd.’', 'Others agreed.']],
    ['It ended. "We are happy," he said.', ['It ended.', '"We are happy," he said.']],
    ['He wrote [sic.] and stopped.', ['He wrote [sic.] and stopped.']],
    ["She said 'no.' He nodded.", ["She said 'no.'", 'He nodded.']],
    ['A quote: “Go.” “Now?” “Yes.”', ['A quote: “Go.”', '“Now?”', '“Yes.”']],
    ['Fans chanted «Allez.» Police watched.', ['Fans chanted «Allez.»', 'Police watched.']],
  ],
  'paragraph breaks': [
    ['First para\n\nSecond para', ['First para', 'Second para']],
    ['No stop here\n\n\n\nStill new', ['No stop here', 'Still new']],
    ['Mr.\n\nSmith', ['Mr.', 'Smith']],
    ['A line\n \t \nNext', ['A line', 'Next']],
    ['Windows.\r\n\r\nLines.', ['Windows.', 'Lines.']],
    ['Old Mac\r\rText', ['Old Mac', 'Text']],
    ['\n\n  Leading space.  \n\n', ['Leading space.']],
    ['It said the\n\nboard met', ['It said the', 'board met']],
  ],
  'single line breaks': [
    [
      'Markets rally on hopes\nStocks rose on Tuesday.',
      ['Markets rally on hopes', 'Stocks rose on Tuesday.'],
    ],
    [
      'The minister said that\nthe plan would go ahead.',
      ['The minister said that\nthe plan would go ahead.'],
    ],
    ['Talks with the\nUnited States ended.', ['Talks with the\nUnited States ended.']],
    ['He arrived,\nThen left.', ['He arrived,\nThen left.']],
    ['Team W L\nLions 5 2\nTigers 3 4', ['Team W L', 'Lions 5 2', 'Tigers 3 4']],
    ['Name: Ana\nAge: 30', ['Name: Ana', 'Age: 30']],
    ['It ended.\nThe next day came.', ['It ended.', 'The next day came.']],
    ['The chair, Mr.\nSmith, spoke.', ['The chair, Mr.\nSmith, spoke.']],
    ['Line one\r\nLine two', ['Line one', 'Line two']],
    ['He said:\n"We will fight."', ['He said:\n"We will fight."']],
    ['Breaking News\nFire in the city', ['Breaking News', 'Fire in the city']],
  ],
  datelines: [
    [
      'LONDON (Reuters) - Stocks fell. Bonds rose.',
      ['LONDON (Reuters) - Stocks fell.', 'Bonds rose.'],
    ],
    ['PARIS (AFP) — Talks resumed on Monday.', ['PARIS (AFP) — Talks resumed on Monday.']],
    ['NEW YORK, March 3 (Reuters) - Oil slid.', ['NEW YORK, March 3 (Reuters) - Oil slid.']],
    ['LONDON (Reuters) -\nStocks fell on Friday.', ['LONDON (Reuters) -\nStocks fell on Friday.']],
    ['Oil slides\nLONDON (Reuters) - Oil fell.', ['Oil slides', 'LONDON (Reuters) - Oil fell.']],
    ['BERLIN, Germany (CNN) -- Rain fell.', ['BERLIN, Germany (CNN) -- Rain fell.']],
  ],
  'list items': [
    ['- eggs\n- milk', ['eggs', 'milk']],
    ['* first\n* second', ['first', 'second']],
    ['• Rates held\n• Stocks rose', ['Rates held', 'Stocks rose']],
    ['1. Buy milk\n2. Sell eggs', ['Buy milk', 'Sell eggs']],
    ['1) Buy milk\n2) Sell eggs', ['Buy milk', 'Sell eggs']],
    ['a) apples\nb) pears', ['apples', 'pears']],
    ['You need:\n- flour\n- water', ['You need:', 'flour', 'water']],
    [
      'Key points\n- Rates held. Markets rose.\n- Oil fell',
      ['Key points', 'Rates held.', 'Markets rose.', 'Oil fell'],
    ],
    ['10. Last item here', ['Last item here']],
    ['Costs rose - sharply - in May.', ['Costs rose - sharply - in May.']],
    ['(1) Alpha\n(2) Beta', ['Alpha', 'Beta']],
  ],
  'lower-cased PTB text': [
    [
      "the group voted . `` it is wrong . '' this bolsters it .",
      ['the group voted .', "`` it is wrong . ''", 'this bolsters it .'],
    ],
    ["he said it 's over . she agreed .", ["he said it 's over .", 'she agreed .']],
    ['utah gov . gary r. herbert signed a law .', ['utah gov . gary r. herbert signed a law .']],
    ['gov . smith spoke .', ['gov . smith spoke .']],
    ['troops in the u.s. army left .', ['troops in the u.s. army left .']],
    ['costs in the u.s. in 2013 rose .', ['costs in the u.s. in 2013 rose .']],
    ['prices rose in the u.s. the euro fell .', ['prices rose in the u.s.', 'the euro fell .']],
    ['dr. jones left . mr. lee stayed .', ['dr. jones left .', 'mr. lee stayed .']],
    ['wow ! ! ! that was close .', ['wow ! ! !', 'that was close .']],
    ["`` why ? '' she asked .", ["`` why ? '' she asked ."]],
    ["`` stop ! '' he shouted . they ran .", ["`` stop ! '' he shouted .", 'they ran .']],
    ['( cnn ) a storm hit . roads closed .', ['( cnn ) a storm hit .', 'roads closed .']],
    ["it was n't clear . what next ?", ["it was n't clear .", 'what next ?']],
    ['he paused ... then he spoke .', ['he paused ... then he spoke .']],
    ["`` go , '' he said . they went .", ["`` go , '' he said .", 'they went .']],
    ['he was on the no. 9 bus .', ['he was on the no. 9 bus .']],
    ['the vote is on aug. 12 . polls close .', ['the vote is on aug. 12 .', 'polls close .']],
    ["he cried ' help ! ' the guards ran .", ["he cried ' help ! '", 'the guards ran .']],
    ['it is 3.5 % higher . good .', ['it is 3.5 % higher .', 'good .']],
    ['acme inc. said profits rose .', ['acme inc. said profits rose .']],
  ],
  'lower-cased plain text': [
    ['this is one. this is two.', ['this is one.', 'this is two.']],
    ['why not? we can.', ['why not?', 'we can.']],
    ['mr. lee came. he sat.', ['mr. lee came.', 'he sat.']],
  ],
  'white space and offsets': [
    ['  Padded.   Both sides.  ', ['Padded.', 'Both sides.']],
    ['Non\u00a0breaking space. Next one.', ['Non\u00a0breaking space.', 'Next one.']],
    ['Tab\tinside. Next.', ['Tab\tinside.', 'Next.']],
    ['', []],
    ['   \n\n  ', []],
    ['.', ['.']],
    ['?!', ['?!']],
    ['...', ['...']],
    ['"', ['"']],
    ['-', ['-']],
    ['- ', ['-']],
  ],
  'unusual input': [
    ['\u0000 nul. Next.', ['\u0000 nul.', 'Next.']],
    ['Lone \ud800 surrogate. Next.', ['Lone \ud800 surrogate.', 'Next.']],
    ['Emoji 😀. Next one.', ['Emoji 😀.', 'Next one.']],
    ['Astral 𝐀lpha test. 𝐁eta.', ['Astral 𝐀lpha test.', '𝐁eta.']],
    ['URL https://example.com/a.b. Done.', ['URL https://example.com/a.b.', 'Done.']],
    ['Mail me at a.b@c.org please.', ['Mail me at a.b@c.org please.']],
    ['Hashtag #win. Yes.', ['Hashtag #win.', 'Yes.']],
  ],
}

describe.each(Object.entries(phenomena))('%s', (_name, rows) => {
  it.each(rows)('splits %j', (input, expected) => {
    expect(texts(input)).toEqual(expected)
  })
})

describe('paragraph indexes', () => {
  it.each([
    ['One. Two.\n\nThree.', [0, 0, 1]],
    ['A\n\nB\n\nCat. Dog.', [0, 1, 2, 2]],
    ['Head\nBody one. Body two.\n\nEnd', [0, 0, 0, 1]],
  ] as [string, number[]][])('assigns paragraphs in %j', (input, expected) => {
    expect(splitSentences(input).map((s) => s.paragraph)).toEqual(expected)
  })

  it('numbers sentences across paragraphs and matches splitText', () => {
    const input = 'One. Two.\n\nThree. Four.'
    const split = splitText(input)
    expect(split.sentences.map((s) => s.index)).toEqual([0, 1, 2, 3])
    expect(split.paragraphs).toEqual(splitParagraphs(input))
    expect(split.sentences).toEqual(splitSentences(input))
  })
})

describe('paragraphs', () => {
  it.each([
    ['One.\n\nTwo.', ['One.', 'Two.']],
    ['  One.  \r\n \r\n  Two.  ', ['One.', 'Two.']],
    ['a\nb\n\n\n\nc', ['a\nb', 'c']],
    ['\n\n\n', []],
    ['solo', ['solo']],
    ['x\r\ry', ['x', 'y']],
  ] as [string, string[]][])('splits %j', (input, expected) => {
    const paragraphs = splitParagraphs(input)
    expect(paragraphs.map((p) => input.slice(p.start, p.end))).toEqual(expected)
    expect(paragraphs.map((p) => p.index)).toEqual(expected.map((_, i) => i))
  })
})

const checkInvariants = (input: string): void => {
  const sentences = splitSentences(input)
  let previousEnd = 0
  sentences.forEach((s, i) => {
    expect(s.index).toBe(i)
    expect(s.start).toBeGreaterThanOrEqual(previousEnd)
    expect(s.end).toBeGreaterThan(s.start)
    expect(s.end).toBeLessThanOrEqual(input.length)
    expect(input.slice(s.start, s.end)).toBe(s.text)
    expect(s.text.trim()).toBe(s.text)
    previousEnd = s.end
  })
  expect(splitSentences(input)).toEqual(sentences)
}

describe('invariants', () => {
  const newsAlphabet = fc.constantFrom(
    ...'ab Z.?!"”“()\'\n\r\t-•1.$%…'.split(''),
    'Mr.',
    'U.S.',
    'Inc.',
    ' the ',
    "''",
    '``',
    '\n\n',
    '\ud800',
    '😀',
  )

  it('returns ordered, in-range, trimmed, non-overlapping, deterministic sentences', () => {
    fc.assert(
      fc.property(
        fc.array(newsAlphabet, { maxLength: 80 }).map((parts) => parts.join('')),
        (input) => {
          checkInvariants(input)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('holds on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), checkInvariants), {
      numRuns: 300,
    })
  })

  it.each([
    ['1 MB without a space', 'x'.repeat(1_000_000)],
    ['100,000 quote marks', '"'.repeat(100_000)],
    ['100,000 periods', '.'.repeat(100_000)],
    ['50,000 spaced periods', '. '.repeat(50_000)],
    ['50,000 line breaks', 'a\n'.repeat(50_000)],
  ])('survives %s', (_name, input) => {
    expect(() => {
      checkInvariants(input)
    }).not.toThrow()
  })
})

describe('runaway sentences', () => {
  const longest = (input: string): number =>
    Math.max(...splitSentences(input).map((s) => s.end - s.start))

  it.each([
    ['initials', 'A. B. C. D. '.repeat(5_000)],
    ['words without a terminator', 'Alpha Beta Gamma Delta '.repeat(5_000)],
    ['one lower-case run', 'and then it went on '.repeat(5_000)],
  ])('cuts %s at white space once a sentence passes 2,000 characters', (_name, input) => {
    const sentences = splitSentences(input)
    expect(sentences.length).toBeGreaterThan(20)
    expect(longest(input)).toBeLessThan(2_100)
    for (const s of sentences) expect(input.charAt(s.end)).toMatch(/^\s?$/)
  })

  it.each([
    [
      'a long legal sentence',
      `The court held that ${'the clause, which the parties had signed, '.repeat(40)}was void.`,
    ],
  ])('keeps %s under the cap whole', (_name, input) => {
    expect(input.length).toBeLessThan(2_000)
    expect(texts(input)).toEqual([input])
  })

  it('cannot cut a token without white space', () => {
    expect(splitSentences('x'.repeat(5_000))).toHaveLength(1)
  })
})

describe('white space between tokens', () => {
  it('is the white space of JavaScript regular expressions (tokens are read as \\S+)', () => {
    const differ: string[] = []
    for (let code = 0; code <= 0xffff; code++) {
      if (isSpace(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code.toString(16))
    }
    expect(differ).toEqual([])
  })

  it.each([
    ['an em space', 'The cat sat.\u2003The dog ran.', ['The cat sat.', 'The dog ran.']],
    ['a no-break space', 'The cat sat.\u00a0The dog ran.', ['The cat sat.', 'The dog ran.']],
    ['a line separator', 'The cat sat.\u2028The dog ran.', ['The cat sat.', 'The dog ran.']],
    ['a zero-width space (not white space)', 'sat.\u200bThe', ['sat.\u200bThe']],
    ['a next-line control (not white space)', 'sat.\u0085the dog', ['sat.\u0085the dog']],
  ])('splits or keeps at %s', (_name, input, expected) => {
    expect(texts(input)).toEqual(expected)
  })

  it('opens a list item on the line after a break, whatever the break', () => {
    for (const lineBreak of ['\n', '\r\n', '\u2028']) {
      expect(texts(`Items follow${lineBreak}- first item${lineBreak}- second item`)).toEqual([
        'Items follow',
        'first item',
        'second item',
      ])
    }
  })
})
