/**
 * The real-world suite: 32 articles written for this project as scrapers hand them over (wire
 * stories with captions and credits, live blogs, features, opinion, listings, press releases,
 * sports reports, obituaries, interviews…). For each, a few expectations an editor would hold:
 * furniture found and why, sentences the summary must or must not hold, key quotes and entities.
 * Every article also meets the suite-wide rules: no summary sentence is furniture, a question, a
 * fragment or opens with a dateline; no quote, speaker or entity mention sits in page furniture.
 */
import { describe, expect, it } from 'vitest'
import { analyze, isPageFurniture, type Analysis } from '../../src/engine'
import { isQuestion } from '../../src/engine/summary/avoid'
import { isFragment } from '../../src/engine/text/finite'
import { REAL_WORLD, type RealWorldArticle } from './fixtures'

interface Expectations {
  /** Sentences (by their opening words) set aside, with their kind. */
  furniture?: [opening: string, kind: string][]
  /** A summary sentence opens with each of these. */
  summary?: string[]
  /** No summary sentence contains any of these. */
  notSummary?: string[]
  /** The article kind the summary reads. */
  kind?: string
  /** A quote opening with this text is attributed to this speaker. */
  quotes?: [opening: string, speaker: string][]
  /** Entities listed with this name and type. */
  entities?: [name: string, type: string][]
  /** Names listed as one entity only, whatever the tagger made of each mention. */
  once?: string[]
  /** Entities ranked in this order: the first more salient than the second. */
  ranks?: [higher: string, lower: string][]
  /** Names that must not be listed as entities (credits, bylines, page text). */
  notEntities?: string[]
  /** Expectations on quotes and entities that the quote and entity stages do not meet yet. */
  todo?: string[]
}

const EXPECTED: Record<string, Expectations> = {
  'business-earnings': {
    furniture: [
      ['Markets', 'label'],
      ['Chart: Cocoa futures', 'source'],
      ['Source: Commodity Exchange', 'source'],
      ['Sign up for our Markets Daily', 'call-to-action'],
    ],
    summary: ['Meridian Foods, the maker of Starfield'],
    quotes: [['We have raised prices', 'Olivier Marchetti']],
    entities: [
      ['Olivier Marchetti', 'person'],
      ['Meridian Foods', 'organization'],
    ],
  },
  'council-news': {
    furniture: [
      ['Local News', 'label'],
      ['Share this article', 'call-to-action'],
      ['Most Read', 'label'],
    ],
    summary: ['Kessington council has approved plans'],
    quotes: [['Waiting another ten years', 'David Moss']],
    entities: [
      ['Castlegate Homes', 'organization'],
      ['David Moss', 'person'],
    ],
    notEntities: ['Local News'],
  },
  'court-fraud': {
    furniture: [
      ['By Maria Lund', 'byline'],
      ['Updated: 16:40', 'timestamp'],
      ['Peter Sjoberg arrives at', 'caption'],
      ['Photo: Anders Wik', 'credit'],
      ['Topics: Courts', 'label'],
    ],
    summary: ['The former finance director of the engineering group'],
    quotes: [['This was not a mistake', 'Karin Elm']],
    entities: [
      ['Peter Sjoberg', 'person'],
      ['Halvard Industries', 'organization'],
    ],
    notEntities: ['Maria Lund', 'Anders Wik', 'Nordic Press', 'Business'],
  },
  'crime-appeal': {
    furniture: [
      ['Related Topics', 'label'],
      ['Crime', 'label'],
    ],
    summary: ['Police in Port Ennis are appealing for witnesses'],
    quotes: [['This was planned and it was fast', 'Amira Shah']],
    entities: [
      ['Amira Shah', 'person'],
      ['Harlow & Sons', 'organization'],
    ],
  },
  'explainer-heat': {
    furniture: [
      ["The agency's advice is simple:", 'list-lead-in'],
      ['Keep curtains closed', 'list-row'],
      ['Advertisement', 'ad'],
      ['Get weather alerts on our app', 'call-to-action'],
    ],
    summary: ['The meteorological office has issued an amber heat warning'],
    notSummary: ['What does an amber warning mean?', 'Drink plenty of water'],
    notEntities: ['Drink'],
  },
  'explainer-rates': {
    furniture: [
      ['Economy', 'label'],
      ['Source: Bank of Norland', 'source'],
      ['Listen to this article', 'call-to-action'],
    ],
    summary: ['The Bank of Norland kept its main interest rate'],
    notSummary: ['Rates.', 'What it means for borrowers'],
    entities: [
      ['Bank of Norland', 'organization'],
      ['Ingrid Falk', 'person'],
    ],
  },
  'feature-lighthouse': {
    kind: 'feature',
    furniture: [
      ['Aileen Corrie at the top of', 'caption'],
      ['Photo: Fergus Laing', 'credit'],
      ['Related stories', 'label'],
    ],
    summary: ['Next month the Brannock Lighthouse Board will automate'],
    notSummary: ['It was barely light'],
    quotes: [['The light will still turn', 'Aileen Corrie']],
    entities: [
      ['Aileen Corrie', 'person'],
      ['Skellan Head', 'place'],
    ],
    notEntities: ['Fergus Laing'],
  },
  'feature-vineyard': {
    kind: 'feature',
    furniture: [
      ['Photo: Chiara Dolce', 'credit'],
      ['Sign up to our Food & Wine newsletter', 'call-to-action'],
    ],
    summary: ['Growers across the Calvera valley lost about a third'],
    notSummary: ['On a still April night'],
    quotes: [['You work the whole winter', 'Matteo Brisa']],
    entities: [['Matteo Brisa', 'person']],
    notEntities: ['Chiara Dolce', 'Valley Courier'],
  },
  'gallery-wildfire': {
    furniture: [
      ['1 of 6', 'counter'],
      ['4 of 6', 'counter'],
      ['Firefighters tackle flames', 'caption'],
      ['Photograph: Diego Marin', 'credit'],
      ['View gallery', 'call-to-action'],
    ],
    summary: ['A wildfire has burned more than 9,000 hectares'],
    notSummary: ['Residents of Monteval watch smoke'],
    entities: [['Ana Cuervo', 'person']],
    notEntities: ['Diego Marin', 'Sara Vidal', 'Getty Images', 'Iberia Press', 'Monteval'],
  },
  'interview-chef': {
    furniture: [['Chef Rosa Albero:', 'heading']],
    summary: ['Rosa Albero opened Salto'],
    notSummary: ['Why do you change the menu every day?', 'Who taught you to cook?'],
    entities: [['Rosa Albero', 'person']],
    todo: [
      'Salto is a restaurant (organization), not a person',
      'no "Chef Rosa Albero: \'A" entity',
    ],
  },
  'interview-novelist': {
    furniture: [
      ['Jonas Eklund.', 'caption'],
      ['Photo: Ostrova Books', 'credit'],
      ['More from Books', 'label'],
    ],
    summary: ["Jonas Eklund's new novel, The Night Shift"],
    quotes: [
      ['I drove past the gates', 'Jonas Eklund'],
      ['Every reviewer asks that', 'Jonas Eklund'],
    ],
    entities: [['Jonas Eklund', 'person']],
    todo: ['The Night Shift is a work, not a person'],
  },
  'listing-trails': {
    kind: 'listing',
    furniture: [
      ['Raven Crag loop', 'list-row'],
      ['Steep at the start', 'list-row'],
      ['More in Travel', 'label'],
      ['Read more: The best pubs', 'related'],
    ],
    summary: ['Autumn is the best time to walk the Harlow Hills'],
    notSummary: ['Millbeck valley', 'A quiet walk to a high lake'],
    entities: [['Harlow Hills', 'place']],
  },
  'listing-weekend': {
    kind: 'listing',
    furniture: [
      ['Here are our picks:', 'list-lead-in'],
      ['Harbour Night Market', 'list-row'],
      ['More than 80 stalls', 'list-row'],
      ['Email us at listings', 'call-to-action'],
    ],
    summary: ['From a night market to a harbour swim'],
    entities: [['Port Ennis', 'place']],
    once: ['Port Ennis'],
  },
  'live-election': {
    kind: 'live',
    furniture: [
      ['Welcome to our live coverage', 'housekeeping'],
      ['23:48', 'timestamp'],
      ["That's all from us for tonight.", 'housekeeping'],
      ["We'll be back tomorrow morning", 'housekeeping'],
      ['Follow our live coverage on the app', 'call-to-action'],
      ['Sign up for our election newsletter', 'call-to-action'],
    ],
    summary: ['The Green Alliance has won the Norbury seat'],
    notSummary: ['Polls closed at 10pm'],
    entities: [
      ['Carl Odegaard', 'person'],
      ['Green Alliance', 'organization'],
    ],
    quotes: [
      ['The voters have told us something tonight', 'Carl Odegaard'],
      ['knocked on every door twice', 'Priya Halvorsen'],
    ],
  },
  'live-football': {
    kind: 'live',
    furniture: [
      ['Full time', 'label'],
      ['87 min', 'timestamp'],
      ['Thanks for following.', 'housekeeping'],
    ],
    summary: ['Harbour City came from behind to beat Eastmoor Rovers'],
    entities: [
      ['Kwame Boateng', 'person'],
      ['Eastmoor Rovers', 'organization'],
    ],
    todo: ['Lindqvist (a goalkeeper) is a person'],
  },
  'flat-copy-ferry': {
    furniture: [
      ['Image', 'label'],
      ['Passengers queue for the last evening ferry', 'caption'],
      ['The route has run every winter since 1962.', 'caption'],
      ['CreditCreditIlse Marr/Harbour Times', 'credit'],
    ],
    summary: ['The ferry operator Nordsund Lines will cancel all winter crossings'],
    notSummary: [
      'Passengers queue',
      'since 1962',
      'Credit',
      'January, leaving about 900 islanders without a daily link to the mainland.The',
    ],
    quotes: [['We have kept this route going at a loss', 'Marta Eklund']],
    entities: [
      ['Nordsund Lines', 'organization'],
      ['Marta Eklund', 'person'],
    ],
    notEntities: ['Ilse Marr'],
  },
  'live-storm': {
    kind: 'live',
    furniture: [
      ['14:20 BST', 'timestamp'],
      ["We're pausing our coverage", 'housekeeping'],
      ['Send us your photos and videos', 'call-to-action'],
      ['Wind gusts of up to', 'list-row'],
    ],
    summary: ['Power company Nordel says crews have restored electricity'],
    entities: [
      ['Liv Amundsen', 'person'],
      ['Nordel', 'organization'],
    ],
    notEntities: ['Power company Nordel'],
    todo: ['Edda (a storm) is not a person'],
  },
  'obituary-composer': {
    furniture: [
      ['Tomasz Wilander in his studio', 'caption'],
      ['Photograph: Ostrova Music archive', 'credit'],
    ],
    summary: ['Tomasz Wilander, the composer whose symphonies'],
    entities: [
      ['Tomasz Wilander', 'person'],
      ['Brennholm Philharmonic', 'organization'],
      ['Ostrova Music', 'organization'],
    ],
  },
  'obituary-surgeon': {
    furniture: [
      ['Dr Nadia Farouk in 1994.', 'caption'],
      ["(Image: St Aldhelm's Hospital)", 'credit'],
      ['Leave a tribute in the comments below', 'call-to-action'],
    ],
    summary: ["Dr Nadia Farouk, who performed Kessington's first keyhole heart operation"],
    quotes: [['She changed what patients could expect', 'Owen Pike']],
    entities: [
      ['Nadia Farouk', 'person'],
      ['Kessington', 'place'],
    ],
    todo: ["St Aldhelm's Hospital is one organization"],
  },
  'opinion-bus-lanes': {
    kind: 'opinion',
    furniture: [
      ['Opinion', 'label'],
      ['By Harriet Moyo', 'byline'],
    ],
    summary: ['Yet the new council leadership wants to remove the lanes'],
    notSummary: ['Comments (214)'],
    entities: [['Bridge Road', 'place']],
  },
  'opinion-school-phones': {
    kind: 'opinion',
    furniture: [['Share on Facebook Share on X Email', 'call-to-action']],
    summary: ['If the ministry wants calmer classrooms'],
    entities: [['Norland', 'place']],
  },
  'politics-resignation': {
    furniture: [
      ['Politics live', 'label'],
      ['Last updated 2 hours ago', 'timestamp'],
      ['Karin Holt leaves the health ministry', 'caption'],
      ['(Photo: Ola Dahl', 'credit'],
    ],
    summary: ["Norland's health minister, Karin Holt, resigned on Monday"],
    quotes: [['This is not about one person', 'Berit Moe']],
    entities: [
      ['Karin Holt', 'person'],
      ['Anders Lie', 'person'],
    ],
    notEntities: ['Ola Dahl', 'Norland Press'],
  },
  'press-battery-plant': {
    furniture: [
      ['PRESS RELEASE', 'label'],
      ['Media contact:', 'label'],
      ['###', 'label'],
    ],
    summary: ['Voltaris AG, a maker of lithium-ion battery cells'],
    entities: [
      ['Voltaris AG', 'organization'],
      ['Sabine Reuther', 'person'],
    ],
    notEntities: ['RELEASE', 'PRESS RELEASE'],
    quotes: [['Every battery we recycle', 'Sabine Reuther']],
  },
  'press-university-grant': {
    furniture: [
      ['Image: Sampling on the Verra', 'caption'],
      ['Credit: University of Tessaro', 'credit'],
      ['Notes to editors', 'heading'],
    ],
    summary: ['The University of Tessaro has been awarded 4.5 million euros'],
    notSummary: ['Interviews are available on request.'],
    quotes: [['We know microplastics end up', 'Anika Roth']],
    entities: [
      ['Anika Roth', 'person'],
      ['Verra', 'place'],
    ],
    todo: ['the University of Tessaro listed once'],
  },
  'rail-strike': {
    furniture: [
      ['READ MORE: Nordtog fares', 'related'],
      ['Advertisement', 'ad'],
      ['Share your story with us', 'call-to-action'],
    ],
    summary: ['Rail workers in Norland will strike for three days'],
    quotes: [['an insult when prices have risen', 'Hanne Vik']],
    entities: [
      ['Norland Rail Union', 'organization'],
      ['Hanne Vik', 'person'],
    ],
    todo: ['Nordtog is one organization (not a person and a place)'],
  },
  'review-film': {
    furniture: [['★★★★☆', 'label']],
    summary: ['The Salt Road, the second feature by Lena Vos'],
    notSummary: ['Rated 12A.'],
    entities: [['Lena Vos', 'person']],
  },
  'science-sleep': {
    furniture: [
      ['Health', 'label'],
      ['Chart: Average nightly sleep', 'source'],
      ['Source: Brennholm University', 'source'],
      ['Related: Why teenagers', 'related'],
    ],
    summary: ['Secondary school pupils whose classes began an hour later'],
    quotes: [['The effect on sleep was bigger', 'Freya Holm']],
    entities: [['Brennholm University', 'organization']],
    ranks: [['Freya Holm', 'Norland Journal of Paediatrics']],
  },
  'sports-cycling': {
    furniture: [
      ['Elin Nordqvist crosses the line', 'caption'],
      ['(Photo: Luca Bersani', 'credit'],
      ['Stage 7 results', 'heading'],
      ['Watch the highlights', 'call-to-action'],
    ],
    summary: ['Swedish rider Elin Nordqvist won the queen stage'],
    quotes: [['It is a long race', 'Camille Duret']],
    entities: [
      ['Elin Nordqvist', 'person'],
      ['Camille Duret', 'person'],
      ['Monte Sarro', 'place'],
    ],
    notEntities: ['Luca Bersani', 'Velo Images'],
  },
  'sports-rugby': {
    furniture: [
      ['By Sam Okonjo', 'byline'],
      ['Match stats', 'label'],
      ['Possession: Caldor 52%', 'label'],
      ['Get the latest rugby news', 'call-to-action'],
    ],
    summary: ['Caldor kept their play-off hopes alive'],
    quotes: [['We made it hard for ourselves', 'Mark Lyle']],
    entities: [
      ['Mark Lyle', 'person'],
      ['Ewan Pryce', 'person'],
    ],
    once: ['Ewan Pryce'],
    notEntities: ['Sam Okonjo'],
    todo: ['Westhaven listed once, as a team'],
  },
  'tech-launch': {
    furniture: [
      ['Technology', 'label'],
      ['By Kenji Moravec', 'byline'],
      ['Lumio Fold on display', 'caption'],
      ['Image: Lumio', 'credit'],
      ['You may also like', 'label'],
      ['Follow Technology on X', 'call-to-action'],
    ],
    summary: ['Lumio, the e-reader maker based in Valmora'],
    entities: [['Techscope', 'organization']],
    notEntities: ['Kenji Moravec'],
    quotes: [['People told us they stopped carrying', 'Ada Kessler']],
  },
  'wire-port-strike': {
    furniture: [
      ['By Ines Carvalho', 'byline'],
      ['Published 09:12 GMT', 'timestamp'],
      ['Crane operators wait beside idle gantries', 'caption'],
      ['(Photo: Rui Pestana', 'credit'],
      ['Advertisement', 'ad'],
      ['Read more: Why Valmora', 'related'],
      ['Additional reporting by Tomas Guerreiro', 'byline'],
    ],
    summary: ['Thousands of dockworkers in the port of Valmora walked off the job'],
    quotes: [['Nobody asked the people who load these ships', 'Joana Meireles']],
    ranks: [['Joana Meireles', 'Meridian News']],
    entities: [
      ['Joana Meireles', 'person'],
      ['Duarte Sobral', 'person'],
    ],
    notEntities: ['Ines Carvalho', 'Rui Pestana', 'Tomas Guerreiro', 'Helena Vaz'],
    todo: ['Valmora listed once, as a place'],
  },
  'wire-quake': {
    furniture: [
      ['By Aru Baimenov and Dana Sultanova', 'byline'],
      ['Rescuers search the ruins', 'caption'],
      ['Photograph: Marat Iskakov', 'credit'],
      ['Share this article', 'call-to-action'],
      ['Reporting by Aru Baimenov in Orlak', 'byline'],
    ],
    summary: ['A magnitude 6.4 earthquake struck the mountain region'],
    quotes: [['The first hours are the most important', 'Gulnara Tasheva']],
    ranks: [['Gulnara Tasheva', 'Steppe Wire']],
    entities: [
      ['Gulnara Tasheva', 'person'],
      ['Kestria', 'place'],
      ['Besagash', 'place'],
    ],
    once: ['Besagash'],
    notEntities: ['Aru Baimenov', 'Dana Sultanova', 'Marat Iskakov'],
  },
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end

function suiteWide(article: RealWorldArticle, analysis: Analysis): void {
  const furniture = analysis.furniture.filter((span) => isPageFurniture(span.kind))
  for (const sentence of analysis.summary.sentences) {
    const where = `${article.name}: ${sentence.text}`
    expect(
      analysis.furniture.some((span) => overlaps(span, sentence)),
      where,
    ).toBe(false)
    expect(isQuestion(sentence.text), where).toBe(false)
    expect(isFragment(sentence.text), where).toBe(false)
    expect(sentence.text, where).not.toMatch(/^(?:\p{Lu}{2,}[\p{Lu} ,]*\(|\d{1,2}[:.]\d{2}\b)/u)
    expect(article.body.slice(sentence.start, sentence.end), where).toBe(sentence.text)
  }
  for (const quote of analysis.quotes) {
    expect(
      furniture.some((span) => overlaps(span, quote)),
      quote.text,
    ).toBe(false)
    if (quote.speaker) {
      expect(
        furniture.some((span) => overlaps(span, quote.speaker ?? quote)),
        quote.text,
      ).toBe(false)
    }
  }
  for (const entity of analysis.entities) {
    for (const mention of entity.mentions) {
      expect(
        furniture.some((span) => overlaps(span, mention)),
        mention.text,
      ).toBe(false)
    }
  }
}

describe('the real-world suite', () => {
  it('holds at least 30 articles, each with its expectations', () => {
    expect(REAL_WORLD.length).toBeGreaterThanOrEqual(30)
    expect(REAL_WORLD.map((article) => article.name).sort()).toEqual(Object.keys(EXPECTED).sort())
  })
})

describe.each(REAL_WORLD)('$name ($kind)', (article) => {
  const analysis = analyze(article.body, { title: article.title })
  const expected = EXPECTED[article.name] ?? {}
  const opens = (text: string, opening: string) =>
    text.startsWith(opening) || text.replace(/’/g, "'").startsWith(opening)

  it('keeps furniture out of the summary, the quotes and the entities', () => {
    suiteWide(article, analysis)
  })

  it.each(expected.furniture ?? [])('sets aside %j as %s', (opening, kind) => {
    const found = analysis.furniture.filter((span) =>
      opens(article.body.slice(span.start, span.end), opening),
    )
    expect(found.map((span) => span.kind)).toContain(kind)
  })

  it.each(expected.summary ?? [])('summarises with the sentence %j', (opening) => {
    expect(analysis.summary.sentences.map((s) => s.text).some((t) => opens(t, opening))).toBe(true)
  })

  it.each(expected.notSummary ?? [])('leaves %j out of the summary', (text) => {
    expect(analysis.summary.sentences.some((s) => s.text.includes(text))).toBe(false)
  })

  if (expected.kind !== undefined) {
    it(`reads the article as ${expected.kind}`, () => {
      expect(analysis.summary.kind).toBe(expected.kind)
    })
  }

  it.each(expected.quotes ?? [])('attributes %j to %s', (opening, speaker) => {
    const quote = analysis.quotes.find((q) => q.text.startsWith(opening))
    expect(quote?.speaker?.name).toBe(speaker)
  })

  it.each(expected.entities ?? [])('lists %s as a %s', (name, type) => {
    expect(analysis.entities.some((e) => e.name === name && e.type === type)).toBe(true)
  })

  it.each(expected.once ?? [])('lists %s once', (name) => {
    expect(analysis.entities.filter((e) => e.name === name)).toHaveLength(1)
  })

  it.each(expected.ranks ?? [])('ranks %s above %s', (higher, lower) => {
    const rank = (name: string) => analysis.entities.findIndex((e) => e.name === name)
    expect(rank(higher)).toBeGreaterThanOrEqual(0)
    expect(rank(lower)).toBeGreaterThan(rank(higher))
  })

  it.each(expected.notEntities ?? [])('does not list %j', (name) => {
    expect(analysis.entities.map((e) => e.name)).not.toContain(name)
  })

  for (const todo of expected.todo ?? []) it.todo(todo)
})
