import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import article from '../../articles/korea-china-diplomats.md?raw'
import { CEDAR, HALVARD, KELSWORTH, ORKNEY, ZURICH } from '../sample-articles'
import { parseConll } from '../../src/engine/entities/conll'
import { extractEntities, extractEntitiesFromDocument } from '../../src/engine/entities/entities'
import type { Entity, EntityType } from '../../src/engine/entities/entities'
import { decodeModel, encodeModel } from '../../src/engine/entities/model-codec'
import type { ModelFile } from '../../src/engine/entities/model-codec'
import { trainPerceptron } from '../../src/engine/entities/perceptron'
import { tagText } from '../../src/engine/entities/tagger'
import { tokenize } from '../../src/engine/entities/tokenize'

function find(entities: Entity[], name: string): Entity | undefined {
  return entities.find((entity) => entity.name === name)
}

function names(entities: Entity[], type: EntityType): string[] {
  return entities.filter((entity) => entity.type === type).map((entity) => entity.name)
}

function articleBody(markdown: string): string {
  return markdown.replace(/^---\n[\s\S]*?\n---\n/, '')
}

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

describe('tokenizer', () => {
  it.each([
    ['Xi Jinping’s government', ['Xi', 'Jinping', '’s', 'government']],
    ["Microsoft's chief", ['Microsoft', "'s", 'chief']],
    ["the States' budget", ['the', 'States', "'", 'budget']],
    ["they don't know", ['they', 'do', "n't", 'know']],
    ['the U.S. and U.N. said.', ['the', 'U.S.', 'and', 'U.N.', 'said', '.']],
    ['Mr. Smith (aged 40), a.m.', ['Mr.', 'Smith', '(', 'aged', '40', ')', ',', 'a.m.']],
    [
      'São Paulo, Zürich and Okonjo-Iweala',
      ['São', 'Paulo', ',', 'Zürich', 'and', 'Okonjo-Iweala'],
    ],
    ['“We agree,” he said', ['“', 'We', 'agree', ',', '”', 'he', 'said']],
    ['costs US$12 or $3,500 (5%)', ['costs', 'US$', '12', 'or', '$', '3,500', '(', '5', '%', ')']],
    ['Beijing—the capital', ['Beijing', '—', 'the', 'capital']],
    ['LONDON 1996-08-30', ['LONDON', '1996-08-30']],
    ['End. * * * Next', ['End', '.', '*', '*', '*', 'Next']],
    [`End. ${'* '.repeat(16)}Next`, ['End', '.', '* '.repeat(16).trim(), 'Next']],
    [`${'🙂 '.repeat(20)}\nNairobi`, ['🙂 '.repeat(20).trim(), 'Nairobi']],
  ])('splits %j', (text, expected) => {
    const tokens = tokenize(text)
    expect(tokens.map((token) => token.text)).toEqual(expected)
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text)
  })

  it('numbers lines', () => {
    expect(tokenize('A b\nC\n\nD').map((token) => token.line)).toEqual([0, 0, 1, 3])
  })
})

describe('names from many countries', () => {
  it.each([
    [
      'Ngozi Okonjo-Iweala, the head of the trade body, spoke in Geneva on Monday.',
      'person',
      'Ngozi Okonjo-Iweala',
    ],
    [
      'Ngozi Okonjo-Iweala, the head of the trade body, spoke in Geneva on Monday.',
      'place',
      'Geneva',
    ],
    ['Officials in São Paulo said the new metro line would open next year.', 'place', 'São Paulo'],
    ['The insurer moved its headquarters to Zürich in 2019, the company said.', 'place', 'Zürich'],
    ['South Korean President Yoon Suk Yeol took office in March.', 'person', 'Yoon Suk Yeol'],
    ['Kenyan President William Ruto met Tanzanian officials in Nairobi.', 'person', 'William Ruto'],
    [
      'Brazilian President Luiz Inácio Lula da Silva visited Buenos Aires.',
      'place',
      'Buenos Aires',
    ],
    [
      'Ukrainian President Volodymyr Zelenskyy addressed the European Parliament.',
      'organization',
      'European Parliament',
    ],
    ["Microsoft's chief executive, Satya Nadella, visited Seattle.", 'person', 'Satya Nadella'],
    ["Microsoft's chief executive, Satya Nadella, visited Seattle.", 'organization', 'Microsoft'],
  ] as const)('%s → %s %s', (text, type, name) => {
    expect(names(extractEntities(text), type)).toContain(name)
  })
})

describe('titles are not part of a name', () => {
  it.each([
    ['Chinese President Xi Jinping met the delegation.', 'Xi Jinping', 'Chinese President'],
    ['Prime Minister Narendra Modi arrived in Tokyo for talks.', 'Narendra Modi', 'Prime Minister'],
    [
      'Chancellor Olaf Scholz told reporters in Berlin that talks would continue.',
      'Olaf Scholz',
      'Chancellor',
    ],
  ])('%s → %s', (text, name, role) => {
    const person = find(extractEntities(text), name)
    expect(person?.type).toBe('person')
    expect(person?.role).toBe(role)
    expect(person?.mentions.map((mention) => mention.text)).toEqual([name])
  })

  it('reads two people, not a place, after a plural title', () => {
    const entities = extractEntities('Foreign Ministers Park Jin and Wang Yi met in Qingdao.')
    expect(names(entities, 'person')).toEqual(['Park Jin', 'Wang Yi'])
    expect(names(entities, 'place')).toEqual(['Qingdao'])
  })
})

describe('lower-case words at the end are not part of a name', () => {
  it.each([
    ['The ruling Freedom Front party said it would vote against.', 'Freedom Front'],
    ['Staff of the Xinhua news agency were told on Monday.', 'Xinhua'],
  ])('%s → %s', (text, name) => {
    const entities = extractEntities(text)
    expect(find(entities, name)).toBeDefined()
    expect(entities.filter((entity) => entity.name.startsWith(`${name} `))).toEqual([])
  })

  it('keeps a lower-case particle inside or at the start of a name', () => {
    const entities = extractEntities(
      'Former president F.W. de Klerk met students of the Universidad de Chile.',
    )
    expect(names(entities, 'person')).toEqual(['F.W. de Klerk'])
    expect(names(entities, 'organization')).toEqual(['Universidad de Chile'])
  })
})

describe('possessives are not part of a name', () => {
  it.each([
    ['South Korea’s exports rose for a third month.', 'South Korea'],
    ["Japan's exports rose for a third month.", 'Japan'],
    ['Berlin’s mayor opened the new bridge on Monday.', 'Berlin'],
  ])('%s → %s', (text, name) => {
    const entity = find(extractEntities(text), name)
    expect(entity?.type).toBe('place')
    expect(entity?.mentions[0]?.text).toBe(name)
  })
})

describe('a possessive inside a mention', () => {
  it('cuts off an owner named on its own elsewhere', () => {
    const entities = extractEntities(
      'The ILO said wages fell. The ILO’s Governing Body meets in June.',
    )
    expect(find(entities, 'ILO')?.count).toBe(2)
    expect(find(entities, 'Governing Body')?.mentions.map((mention) => mention.text)).toEqual([
      'Governing Body',
    ])
  })

  it('keeps a possessive that is part of a name', () => {
    const entities = extractEntities(
      'A grant from the United Nations Children’s Fund paid for the fridges.',
    )
    expect(entities.map((entity) => entity.name)).toEqual(['United Nations Children’s Fund'])
  })
})

describe('mentions of one entity are merged', () => {
  it.each([
    ['Xi Jinping spoke first. Later Xi said the talks had gone well.', 'Xi Jinping', ['Xi']],
    ['Park Jin arrived on Monday. On Tuesday Park met the minister.', 'Park Jin', ['Park']],
    ['Nancy Pelosi flew to Seoul. Pelosi met lawmakers there.', 'Nancy Pelosi', ['Pelosi']],
    [
      'Seoul urged Beijing to restrain North Korea. Officials said the North’s missile tests went on.',
      'North Korea',
      ['North'],
    ],
    [
      'The Environment Agency built the wall in 2019. Agency officials said privately that it would hold.',
      'Environment Agency',
      ['Agency'],
    ],
    [
      'Lucía Fernández Ortega chaired the meeting in Lima. Fernández said the plan would work.',
      'Lucía Fernández Ortega',
      ['Fernández'],
    ],
    [
      'The United States and China held talks. US officials said the U.S. position was firm.',
      'United States',
      ['US', 'U.S.'],
    ],
  ])('%s → %s', (text, name, aliases) => {
    const entities = extractEntities(text)
    const entity = find(entities, name)
    expect(entity?.aliases).toEqual(aliases)
    expect(entity?.count).toBe(aliases.length + 1)
    for (const alias of aliases) expect(find(entities, alias)).toBeUndefined()
  })
})

describe('company short names and landmarks', () => {
  it.each([
    [
      'Nordvik Shipping Ltd. reported higher profits. Nordvik said demand rose.',
      'Nordvik Shipping Ltd.',
      ['Nordvik'],
    ],
    [
      'Tessaro Foods Inc. agreed to buy a rival. Tessaro will pay cash.',
      'Tessaro Foods Inc.',
      ['Tessaro'],
    ],
  ])('%s → %s', (text, name, aliases) => {
    const company = find(extractEntities(text), name)
    expect(company?.type).toBe('organization')
    expect(company?.aliases).toEqual(aliases)
  })

  it.each([
    ['Residents of Harbour Lane said the water rose quickly.', 'Harbour Lane'],
    ['Flooding closed the road near the River Ouse on Friday.', 'River Ouse'],
  ])('%s → place %s', (text, name) => {
    expect(names(extractEntities(text), 'place')).toContain(name)
  })

  it('keeps a title alone out of the list', () => {
    const entities = extractEntities('Dame Helen Ashby opened the inquiry.')
    expect(entities.map((entity) => entity.name)).toEqual(['Helen Ashby'])
    expect(entities[0]?.role).toBe('Dame')
  })
})

describe('the type comes from the name and how the text writes it', () => {
  it.each([
    ['The panel heard from Dr. Ilse Marquardt, who chaired the review.', 'Ilse Marquardt', 'Dr.'],
    ['Sir Edmund Halloway opened the new wing of the hospital.', 'Edmund Halloway', 'Sir'],
  ])('%s → person %s', (text, name, role) => {
    const person = find(extractEntities(text), name)
    expect(person?.type).toBe('person')
    expect(person?.role).toBe(role)
  })

  it.each([
    [
      'Brannock Tidal won the contract. Brannock Tidal will build six turbines.',
      'Brannock Tidal',
      [],
    ],
    [
      'Veltro Signal Corp. agreed to buy a rival. Veltro will pay in cash.',
      'Veltro Signal Corp.',
      ['Veltro'],
    ],
    ['ACCRA, Ghana (Halden Bulletin) — Farmers protested on Monday.', 'Halden Bulletin', []],
    [
      'Volunteers sorted books at the new branch. (Photo: Tomas Reyes / Harlow Kestrel)',
      'Harlow Kestrel',
      [],
    ],
  ])('%s → organization %s', (text, name, aliases) => {
    const entities = extractEntities(text)
    const body = find(entities, name)
    expect(body?.type).toBe('organization')
    expect(body?.aliases).toEqual(aliases)
    const people = names(entities, 'person')
    for (const form of [name, ...aliases]) expect(people).not.toContain(form)
  })

  it.each([
    ['Traders in Mukuru said prices had doubled. Buses to Mukuru were full by noon.', 'Mukuru', []],
    [
      'Leaders of East Riding Council met. Heavy rain fell across East Riding overnight.',
      'East Riding',
      [],
    ],
    [
      'The River Leen burst its banks on Sunday. Levels on the Leen kept rising.',
      'River Leen',
      ['Leen'],
    ],
    [
      'Shetland Islands Council approved the plan. Shetland has a long history of fishing. The Shetland islands lie north of the mainland.',
      'Shetland',
      [],
    ],
  ])('%s → place %s', (text, name, aliases) => {
    const entities = extractEntities(text)
    const place = find(entities, name)
    expect(place?.type).toBe('place')
    expect(place?.aliases).toEqual(aliases)
    expect(entities.filter((entity) => entity.name === name)).toHaveLength(1)
  })

  it.each([
    ['Farmers in the Mekong Delta planted late.', 'Mekong Delta'],
    ['Clinics in the Upper East Region got fridges.', 'Upper East Region'],
    ['Residents of villages near Vĩnh Long said the water rose.', 'Vĩnh Long'],
    ['Health workers in Bắc Ninh said the fridges failed.', 'Bắc Ninh'],
    ['In Vĩnh Long the clinics ran out of ice.', 'Vĩnh Long'],
  ])('%s → place %s (by its last word or the word before it)', (text, name) => {
    expect(names(extractEntities(text), 'place')).toEqual([name])
  })

  it.each([
    ['Voters kept their faith in Nguyen Van Thieu.', 'Nguyen Van Thieu'],
    ['George Washington Carver was born in Missouri.', 'George Washington Carver'],
  ])('%s → person %s', (text, name) => {
    expect(names(extractEntities(text), 'person')).toEqual([name])
  })

  it('reads "in A and B" as two places when A is one', () => {
    const entities = extractEntities('In Bến Tre and Trà Vinh the clinics ran out of ice.')
    expect(names(entities, 'place')).toEqual(['Bến Tre', 'Trà Vinh'])
    const clause = extractEntities(
      'The talks were held in Geneva and John Kerry said they would go on.',
    )
    expect(names(clause, 'person')).toEqual(['John Kerry'])
    const company = extractEntities('Shares fell in Tokyo and Toyota cut its forecast.')
    expect(find(company, 'Toyota')?.type).toBe('organization')
  })

  it('keeps a place apart from a person whose middle name it is', () => {
    const entities = extractEntities(
      'George Washington Carver was born in Missouri. He later taught far from Washington.',
    )
    expect(find(entities, 'Washington')?.type).toBe('place')
  })

  it.each([
    ['She studies at the Universidad de Chile.', 'Universidad de Chile'],
    [
      'The Los Angeles Unified School District closed schools.',
      'Los Angeles Unified School District',
    ],
    ['Delta Air Lines cut flights to Lagos.', 'Delta Air Lines'],
  ])('%s → organization %s (by the word it opens or ends with)', (text, name) => {
    expect(names(extractEntities(text), 'organization')).toEqual([name])
  })

  it.each([
    ['The plan was approved by the energy regulator Ofgem last year.', 'Ofgem'],
    ['Several other regulators, including Swissmedic, agreed.', 'Swissmedic'],
    ['Lenders such as Barclays cut their rates.', 'Barclays'],
    ['The broadcaster Al Jazeera reported the raid.', 'Al Jazeera'],
  ])('%s → organization %s (by the words before it)', (text, name) => {
    expect(find(extractEntities(text), name)?.type).toBe('organization')
  })

  it.each([
    ['The company chairman Anders Lindqvist said the deal was done.', 'Anders Lindqvist'],
    ['Several ministers, including Wang Yi, spoke.', 'Wang Yi'],
    ['A source told the newspaper Keir Starmer had approved the plan.', 'Keir Starmer'],
  ])('%s → person %s (no body noun right before it)', (text, name) => {
    expect(find(extractEntities(text), name)?.type).toBe('person')
  })

  it('finds a place the tagger passed over after "in", "near", "off" or "beyond"', () => {
    const entities = extractEntities(
      'What they find matters well beyond Eday. Harcus grew up on Eday, and the boats anchor off Eday.',
    )
    const island = find(entities, 'Eday')
    expect(island?.type).toBe('place')
    expect(island?.count).toBe(3)
  })

  it.each([
    'Pupils in Year 9 sat the test.',
    'She posted the video on Twitter.',
    'The vote is due in March.',
    'The forms are printed in Swahili and in Hausa.',
    'Sales peaked in Thanksgiving week.',
    'The reading was given in Fahrenheit.',
    'She is an expert in Semiotics.',
    'She has a degree in Semiotics and a chair in Semiotics.',
    'He worked in Compliance before moving to Compliance at another bank.',
  ])('finds no place in: %s', (text) => {
    expect(names(extractEntities(text), 'place')).toEqual([])
  })

  it('reads names listed with places as places', () => {
    const entities = extractEntities(
      'Estates including Ruaraka, Mwiki and Lang’ata will get water twice a week.',
    )
    expect(names(entities, 'place')).toEqual(['Ruaraka', 'Mwiki', 'Lang’ata'])
    expect(names(entities, 'person')).toEqual([])
  })

  it('cuts a country off the end of a "person" with no given name', () => {
    const entities = extractEntities(
      'Yeltsin endorses Lebed Chechnya peace plan.\nLebed said the rebels in Chechnya would talk.',
    )
    expect(find(entities, 'Chechnya')?.type).toBe('place')
    expect(find(entities, 'Chechnya')?.count).toBe(2)
    expect(find(entities, 'Lebed')?.type).toBe('person')
    expect(names(extractEntities('Michael Jordan scored 30 points.'), 'person')).toEqual([
      'Michael Jordan',
    ])
    expect(names(extractEntities('Steve Israel, a former congressman, spoke.'), 'person')).toEqual([
      'Steve Israel',
    ])
    const two = extractEntities('Steve Israel and Steve Bannon spoke on Sunday.')
    expect(names(two, 'person')).toEqual(['Steve Israel', 'Steve Bannon'])
    expect(names(two, 'place')).toEqual([])
  })

  it('keeps people listed together people', () => {
    const entities = extractEntities('Envoys from Kenya and Uganda met Wanjiku Mwangi and Otieno.')
    expect(names(entities, 'person')).toEqual(expect.arrayContaining(['Wanjiku Mwangi']))
    expect(names(entities, 'place')).toEqual(['Kenya', 'Uganda'])
  })

  it.each([
    ['Ravi Menon joined an oil company in Aberdeen in 2019.', 'Aberdeen', 'place'],
    ['Turkey has been in NATO since 1952.', 'NATO', 'organization'],
    ['The bill was signed in Congress.', 'Congress', 'organization'],
    ['She joined Ferrovia from Siemens in 2019.', 'Siemens', 'organization'],
    ['Shares in Microsoft rose 3% on Tuesday.', 'Microsoft', 'organization'],
  ])('%s → %s is a %s (a one-word body found "in" somewhere)', (text, name, type) => {
    expect(find(extractEntities(text), name)?.type).toBe(type)
  })

  it('reads a listed place as a place once an opening word is cut from it', () => {
    const entities = extractEntities('From São Paulo, the Instituto Butantan sent two engineers.')
    expect(find(entities, 'São Paulo')?.type).toBe('place')
    expect(find(entities, 'Instituto Butantan')?.type).toBe('organization')
  })

  it.each([
    ['From Montevideo the delegation flew home.', 'Montevideo'],
    ['Alongside Lisbon, three cities signed.', 'Lisbon'],
  ])('%s → %s without the opening word', (text, name) => {
    const entities = extractEntities(text)
    expect(find(entities, name)).toBeDefined()
    expect(entities.some((entity) => entity.name.includes(' '))).toBe(false)
  })
})

describe('institutions named for a field', () => {
  it.each([
    [
      'Officials from the Caribbean Centre for Marine Research and Training said stocks fell.',
      'Caribbean Centre for Marine Research and Training',
    ],
    [
      'The Pan-African Programme on Malaria Control and Surveillance began work in Accra.',
      'Pan-African Programme on Malaria Control and Surveillance',
    ],
  ])('%s → one organization', (text, name) => {
    const entities = extractEntities(text)
    expect(names(entities, 'organization')).toEqual([name])
    expect(names(entities, 'person')).toEqual([])
  })

  it.each([
    ['The deal was advised by J.P. Morgan and SEB.', ['J.P. Morgan', 'SEB']],
    ['Shares of Goldman Sachs and Morgan Stanley fell.', ['Goldman Sachs', 'Morgan Stanley']],
  ])('reads firms named for people as firms: %s', (text, expected) => {
    const entities = extractEntities(text)
    expect(names(entities, 'organization')).toEqual(expected)
    expect(names(entities, 'person')).toEqual([])
  })

  it('cuts two companies joined by "and" after a company word', () => {
    const entities = extractEntities(
      'It is the No. 3 supplier of train-control systems, behind Siemens Mobility and Alstom.',
    )
    expect(names(entities, 'organization')).toEqual(['Siemens Mobility', 'Alstom'])
  })

  it.each([
    [
      'The Nairobi City Water and Sewerage Company said estates would get water twice a week.',
      'Nairobi City Water and Sewerage Company',
    ],
    [
      'Elif Şahin of the Turkish Medicines and Medical Devices Agency (TİTCK) spoke first.',
      'Turkish Medicines and Medical Devices Agency',
    ],
  ])('joins the fields a body is named for across "and": %s', (text, name) => {
    const entities = extractEntities(text)
    expect(find(entities, name)?.type).toBe('organization')
    expect(entities.filter((entity) => name.includes(entity.name) && entity.name !== name)).toEqual(
      [],
    )
  })

  it.each([
    [
      'Siemens Mobility and Alstom Holdings AG both bid.',
      ['Siemens Mobility', 'Alstom Holdings AG'],
    ],
    ['The Scotland Yard and National Crime Agency teams raided homes.', ['National Crime Agency']],
    [
      'The Andean Centre for Water and Lima Council met.',
      ['Andean Centre for Water', 'Lima Council'],
    ],
    [
      'Officials from the Centre for Marine Research and Reading University met.',
      ['Centre for Marine Research', 'Reading University'],
    ],
    [
      'The Bank of Canada held rates. The Royal Bank of Canada raised its forecast.',
      ['Bank of Canada', 'Royal Bank of Canada'],
    ],
  ])('keeps other names apart: %s', (text, expected) => {
    expect(names(extractEntities(text), 'organization')).toEqual(expected)
  })
})

describe('appositions and abbreviations', () => {
  it.each([
    [
      'Orders rose at Zakłady Mroźne, a frozen-food maker based in Gdańsk.',
      'Zakłady Mroźne',
      'organization',
    ],
    ['Sterling Banks, a nurse at the clinic, said the fridges failed.', 'Sterling Banks', 'person'],
    // The head of the noun phrase decides, not the first noun in it.
    ['John Smith, a company spokesman, said the plant would close.', 'John Smith', 'person'],
    ['Chegg, a student services company, cut jobs.', 'Chegg', 'organization'],
    [
      'Bexora, the Ocean Data Alliance, said the buoys failed.',
      'Ocean Data Alliance',
      'organization',
    ],
    ['Smith, the Foreign Office minister, said talks would resume.', 'Smith', 'person'],
  ])('%s → %s is a %s', (text, name, type) => {
    expect(find(extractEntities(text), name)?.type).toBe(type)
  })

  it.each([
    [
      'Sanctions came from Canada, the European Union, Japan and Britain.',
      ['Canada', 'European Union', 'Japan', 'Britain'],
    ],
    [
      'Donors were Kestrel, the Ocean Data Alliance, the Harbour Relief Fund, and others.',
      ['Kestrel', 'Ocean Data Alliance', 'Harbour Relief Fund'],
    ],
  ])('reads a list with ", the" items as a list: %s', (text, expected) => {
    const entities = extractEntities(text)
    expect(entities.map((entity) => entity.name).sort()).toEqual([...expected].sort())
  })

  it('reads a "person" whose name ends in an institution word as a body', () => {
    const entities = extractEntities('The Ocean Data Alliance said the buoys failed.')
    expect(names(entities, 'organization')).toEqual(['Ocean Data Alliance'])
  })

  it('makes a name in parentheses after a body one of its names, unless it is a place', () => {
    const agency = find(
      extractEntities(
        'Ayşe Kaya, head of the Turkish Medicines and Medical Devices Agency (TİTCK), spoke in Ankara. TİTCK will publish the rules.',
      ),
      'Turkish Medicines and Medical Devices Agency',
    )
    expect(agency?.aliases).toEqual(['TİTCK'])
    expect(agency?.count).toBe(3)
    const clubs = extractEntities('Bayern Munich (Germany) beat Ajax (Netherlands) 2-1.')
    expect(names(clubs, 'place')).toEqual(['Germany', 'Netherlands'])
  })

  it('makes one entity of a name and its apposition, of the described type', () => {
    const entities = extractEntities(
      'The WHO, Gavi, the Vaccine Alliance, and UNICEF will share the data. Gavi said the first loggers would ship in May.',
    )
    const alliance = find(entities, 'Vaccine Alliance')
    expect(alliance?.type).toBe('organization')
    expect(alliance?.aliases).toEqual(['Gavi'])
    expect(alliance?.count).toBe(3)
    expect(find(entities, 'Gavi')).toBeUndefined()
  })

  it('reads an abbreviation of lower-case words as no name', () => {
    const entities = extractEntities(
      'Debt will peak at 3.1 times earnings before interest, tax, depreciation and amortisation (Ebitda) next year.',
    )
    expect(entities).toEqual([])
  })
})

describe('common words capitalised', () => {
  it('drops a one-word name the text also writes in lower case, and only then', () => {
    const opening = 'Dr. Ana Lopes, the Minister of State for Health, opened the clinic.'
    const common = extractEntities(`${opening} She said health posts need fridges.`)
    expect(common.map((entity) => entity.name)).toEqual(['Ana Lopes'])
    const kept = extractEntities(`${opening} She said fridges were needed.`)
    expect(kept.map((entity) => entity.name)).toEqual(['Ana Lopes', 'Health'])
  })

  it.each([
    ['The WHO said people who travel should be vaccinated.', 'WHO'],
    ['The Labour leader blamed the government for labour shortages, Labour said.', 'Labour'],
  ])('keeps an acronym or a party beside its lower-case word: %s', (text, name) => {
    expect(find(extractEntities(text), name)?.type).toBe('organization')
  })

  it.each([
    ['“Mind you, the tide is free,” said Ana Lopes of Harbour Power.', 'Mind'],
    ['“Trust me, it works,” said Ana Lopes.', 'Trust'],
  ])('drops a sentence-opening verb before an object pronoun: %s', (text, verb) => {
    const entities = extractEntities(text)
    expect(find(entities, verb)).toBeUndefined()
    expect(names(entities, 'person')).toEqual(['Ana Lopes'])
  })

  it('keeps a name before "you" inside a sentence', () => {
    expect(names(extractEntities('I told Maria you would come.'), 'person')).toEqual(['Maria'])
  })

  it('reads a country as a place once an opening word is cut from it', () => {
    const entities = extractEntities('Besides Kenya, the largest commitments came from Vietnam.')
    expect(names(entities, 'place')).toEqual(expect.arrayContaining(['Kenya', 'Vietnam']))
    expect(names(entities, 'organization')).toEqual([])
  })
})

describe('headlines, datelines and tables', () => {
  it('reads an all-caps headline', () => {
    const entities = extractEntities('CHINA AND JAPAN AGREE ON NEW TRADE PACT')
    expect(names(entities, 'place')).toEqual(['CHINA', 'JAPAN'])
  })

  it('prefers the cased form of a name also written in a headline', () => {
    const text = 'SOCCER - BARCELONA WIN AGAIN.\nMADRID 2024-03-05\nBarcelona won 2-1 on Tuesday.'
    const club = find(extractEntities(text), 'Barcelona')
    expect(club?.aliases).toEqual(['BARCELONA'])
  })

  it('reads the place of a dateline', () => {
    const text = 'LONDON 2024-03-05\nThe Bank of England raised interest rates on Thursday.'
    const entities = extractEntities(text)
    expect(names(entities, 'place')).toEqual(['LONDON'])
    expect(names(entities, 'organization')).toEqual(['Bank of England'])
  })

  it.each([
    ['CEDAR RAPIDS, Iowa - The branch reopened on Saturday.', 'Cedar Rapids', ['CEDAR RAPIDS']],
    ['WINSTON-SALEM (Wire) — The plant closed.', 'Winston-Salem', ['WINSTON-SALEM']],
    ['NAIROBI, Kenya — Nairobi rationed water on Wednesday.', 'Nairobi', ['NAIROBI']],
    ['İZMİR, Turkey (Wire) — Ferries stopped on Monday.', 'İzmir', ['İZMİR']],
    ['NEW YORK, March 3 (Reuters) - Stocks rose on Monday.', 'New York', ['NEW YORK']],
    ['LONDON, March 3, 2024 (Reuters) - Shares fell.', 'London', ['LONDON']],
    ['RIO DE JANEIRO, Brazil (Wire) - Rain fell.', 'Rio de Janeiro', ['RIO DE JANEIRO']],
  ])('names a dateline place in its usual case: %s', (text, name, aliases) => {
    const place = find(extractEntities(text), name)
    expect(place?.type).toBe('place')
    expect(place?.aliases).toEqual(aliases)
  })

  it.each([
    ['Officials at NASA said the launch was delayed.', 'NASA', 'organization'],
    ['US, China agree to resume trade talks', 'US', 'place'],
    ['NATO, the Western military alliance, will meet in June.', 'NATO', 'organization'],
    ['NATO, EU to boost defence spending — officials', 'NATO', 'organization'],
  ])('keeps the capitals of an acronym outside a dateline: %s', (text, name, type) => {
    expect(find(extractEntities(text), name)?.type).toBe(type)
  })

  it('reads countries in a results table', () => {
    const entities = extractEntities('Results:\nSpain 3 Italy 1\nGermany 2 Poland 0')
    expect(names(entities, 'place')).toEqual(expect.arrayContaining(['Spain', 'Italy']))
  })
})

describe('initials', () => {
  it.each([
    ['A. B. C. D. A. B. C. D. A. B. C. D.'],
    ['Signed: J. K.'],
    ['Options A. and B. were discussed, then C. was chosen.'],
  ])('names no one with initials alone: %j', (text) => {
    expect(extractEntities(text)).toEqual([])
  })

  it.each([
    ['The novel by J. K. Rowling sold well.', 'J. K. Rowling'],
    ['The judge, Ruth B. Ginsburg, dissented.', 'Ruth B. Ginsburg'],
  ])('keeps initials inside a name: %j', (text, name) => {
    expect(names(extractEntities(text), 'person')).toEqual([name])
  })
})

describe('dates, money and percentages', () => {
  it.each([
    [
      'Sales rose 12.5% to $3.4 billion on March 5, 2024.',
      ['percent:12.5%', 'money:$3.4 billion', 'date:March 5, 2024'],
    ],
    ['The fund paid US$12 million on Tuesday.', ['money:US$12 million', 'date:Tuesday']],
    [
      'Water costs KSh 200 a can, up from 150 shillings in June 2023.',
      ['money:KSh 200', 'money:150 shillings', 'date:June 2023'],
    ],
    [
      'Prices fell 3 per cent, or 4 percent in real terms.',
      ['percent:3 per cent', 'percent:4 percent'],
    ],
  ])('%s', (text, expected) => {
    const found = extractEntities(text, { types: ['date', 'money', 'percent'] })
      .sort((a, b) => a.firstMention - b.firstMention)
      .map((entity) => `${entity.type}:${entity.name}`)
    expect(found).toEqual(expected)
  })

  it('merges repeated amounts', () => {
    const text = 'The deal is worth $5 billion. Critics said $5 billion was too much.'
    expect(find(extractEntities(text, { types: ['money'] }), '$5 billion')?.count).toBe(2)
  })

  it('lists them only when asked for', () => {
    const text = 'Sales at Nordvik Shipping rose 12% on Tuesday.'
    expect(extractEntities(text).map((entity) => entity.type)).toEqual(['organization'])
  })
})

describe('boilerplate yields nothing', () => {
  it.each(['Leave a Comment', 'Share this article\nFollow us on social media', 'Leave a Reply'])(
    '%j',
    (text) => {
      expect(extractEntities(text)).toEqual([])
    },
  )
})

describe('the sample article (Korea and China diplomats)', () => {
  const body = articleBody(article)
  const title = 'Senior Chinese, South Korean diplomats vow closer ties'
  const entities = extractEntities(body, { title })

  it('lists exactly the five people, once each', () => {
    expect(names(entities, 'person').sort()).toEqual(
      ['Nancy Pelosi', 'Park Jin', 'Wang Yi', 'Xi Jinping', 'Yoon Suk Yeol'].sort(),
    )
  })

  it.each([
    ['Park Jin', 'Park'],
    ['Wang Yi', 'Wang'],
    ['Xi Jinping', 'Xi'],
    ['Nancy Pelosi', 'Pelosi'],
    ['Yoon Suk Yeol', 'Yoon'],
  ])('merges %s with %s', (name, surname) => {
    expect(find(entities, name)?.aliases).toContain(surname)
  })

  it('keeps the title as a role', () => {
    expect(find(entities, 'Xi Jinping')?.role).toBe('Chinese President')
  })

  it('finds South Korea through its possessive', () => {
    const korea = find(entities, 'South Korea')
    expect(korea?.type).toBe('place')
    const possessive = body.indexOf('South Korea’s')
    expect(korea?.mentions.some((mention) => mention.start === possessive)).toBe(true)
  })

  it('ranks the most mentioned minister above a one-sentence figure', () => {
    const park = entities.findIndex((entity) => entity.name === 'Park Jin')
    const yoon = entities.findIndex((entity) => entity.name === 'Yoon Suk Yeol')
    expect(park).toBeLessThan(yoon)
  })

  it('ignores a boilerplate line appended to the body', () => {
    const footer = '\nLeave a CommentSenior Chinese, South Korean diplomats vow closer ties'
    const ids = (list: Entity[]) => list.map((entity) => entity.id).sort()
    expect(ids(extractEntities(`${body}${footer}`, { title }))).toEqual(ids(entities))
  })
})

describe('the other sample articles', () => {
  const ARTICLES = { CEDAR, HALVARD, KELSWORTH, ORKNEY, ZURICH }
  it.each([
    ['CEDAR', 'Cedar Rapids Public Library', 'organization'],
    ['CEDAR', 'Cedar Rapids Public Library Foundation', 'organization'],
    ['HALVARD', 'Siemens Mobility', 'organization'],
    ['KELSWORTH', 'North Yorkshire Council', 'organization'],
    ['KELSWORTH', 'Environment Agency', 'organization'],
    ['ORKNEY', 'European Marine Energy Centre', 'organization'],
    ['HALVARD', 'Alstom', 'organization'],
    ['HALVARD', 'Network Rail', 'organization'],
    ['HALVARD', 'J.P. Morgan', 'organization'],
    ['KELSWORTH', 'Bridge Street', 'place'],
    ['ZURICH', 'Africa Centres for Disease Control and Prevention', 'organization'],
    ['ZURICH', 'Deutsche Gesellschaft für Internationale Zusammenarbeit', 'organization'],
    ['ZURICH', 'Universidad de Chile', 'organization'],
    ['ZURICH', 'Chłodnie Polarne', 'organization'],
    ['ZURICH', 'Camila Ñancupil', 'person'],
    ['ZURICH', 'Mekong Delta', 'place'],
    ['ZURICH', 'Cần Thơ', 'place'],
    ['ZURICH', 'Vaccine Alliance', 'organization'],
    ['ZURICH', 'Sóc Trăng', 'place'],
    ['ZURICH', 'São Paulo', 'place'],
    ['ORKNEY', 'Aberdeen', 'place'],
    ['CEDAR', 'Cedar Rapids', 'place'],
    ['ORKNEY', 'Ofgem', 'organization'],
    ['ZURICH', 'Swissmedic', 'organization'],
    ['ORKNEY', 'Eday', 'place'],
  ] as const)('%s: %s is one %s', (id, name, type) => {
    const { body, title } = ARTICLES[id]
    const entities = extractEntities(body, { title })
    expect(entities.filter((entity) => entity.name === name).map((e) => e.type)).toEqual([type])
  })

  it.each([
    ['HALVARD', 'Ebitda'],
    ['HALVARD', 'Network'],
    ['KELSWORTH', 'Bridge'],
    ['KELSWORTH', 'Yorkshire Council'],
    ['KELSWORTH', 'Agency'],
    ['KELSWORTH', 'North'],
    ['ORKNEY', 'European Marine Energy'],
    ['ORKNEY', 'Tidal'],
    ['ORKNEY', 'Orkney islands'],
    ['ZURICH', 'Health'],
    ['ZURICH', 'Gavi'],
    ['ZURICH', 'CDC'],
    ['ZURICH', 'TİTCK'],
    ['ZURICH', 'Araújo'],
    ['ZURICH', 'Ñancupil'],
    ['ORKNEY', 'Mind'],
    ['CEDAR', 'CEDAR RAPIDS'],
  ] as const)('%s: no entity is named %s', (id, name) => {
    const { body, title } = ARTICLES[id]
    expect(find(extractEntities(body, { title }), name)).toBeUndefined()
  })
})

describe('options', () => {
  const text = 'Chinese President Xi Jinping met Park Jin in Beijing. Xi praised Samsung.'

  it('filters by type', () => {
    const entities = extractEntities(text, { types: ['person'] })
    expect(entities.map((entity) => entity.type)).toEqual(['person', 'person'])
  })

  it('limits to the most salient', () => {
    const all = extractEntities(text)
    expect(extractEntities(text, { limit: 2 })).toEqual(all.slice(0, 2))
  })

  it('raises entities named in the title', () => {
    const plain = find(extractEntities(text), 'Samsung')?.salience ?? 0
    const titled = find(
      extractEntities(text, { title: 'Samsung wins praise' }),
      'Samsung',
    )?.salience
    expect(titled).toBeGreaterThan(plain)
  })

  it('ranks a nationality below the places and people the article is about', () => {
    const article = [
      'Chinese officials met Park Jin in Beijing on Monday.',
      'Chinese state media said the talks with the Chinese foreign ministry went well.',
      'Park said Beijing and Seoul would meet again, and Chinese firms welcomed it.',
    ].join(' ')
    const entities = extractEntities(article)
    const rank = (name: string) => entities.findIndex((entity) => entity.name === name)
    expect(find(entities, 'Chinese')?.type).toBe('misc')
    expect(find(entities, 'Chinese')?.count).toBeGreaterThan(find(entities, 'Beijing')?.count ?? 0)
    expect(rank('Chinese')).toBeGreaterThan(rank('Beijing'))
    expect(rank('Chinese')).toBeGreaterThan(rank('Park Jin'))
  })

  it('accepts a document already split into sentences', () => {
    const first = 'Xi Jinping visited Seoul.'
    const second = 'Xi met Yoon Suk Yeol.'
    const document = {
      text: `${first} ${second}`,
      sentences: [
        { start: 0, end: first.length, index: 0, paragraph: 0, text: first },
        {
          start: first.length + 1,
          end: first.length + 1 + second.length,
          index: 1,
          paragraph: 0,
          text: second,
        },
      ],
    }
    expect(extractEntitiesFromDocument(document)).toEqual(extractEntities(document.text))
  })
})

describe('invariants on arbitrary text', () => {
  const words = fc.constantFrom(
    'Park',
    'Jin',
    'said',
    'the',
    'U.S.',
    'São',
    'Paulo',
    'Ministry',
    '’s',
    "'s",
    'BEIJING',
    '1996-08-30',
    '“',
    '”',
    '.',
    ',',
    '\n',
    ' ',
    'Zürich',
    'Okonjo-Iweala',
    'and',
    '—',
    '$',
  )
  const texts = fc.oneof(
    fc.string(),
    fc.array(words, { maxLength: 60 }).map((parts) => parts.join(' ')),
  )

  it('never throws, and every mention slices to its text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const entity of extractEntities(text)) {
          expect(entity.salience).toBeGreaterThanOrEqual(0)
          expect(entity.salience).toBeLessThanOrEqual(1)
          expect(entity.count).toBe(entity.mentions.length)
          for (const mention of entity.mentions) {
            expect(text.slice(mention.start, mention.end)).toBe(mention.text)
            expect(mention.text).toBe(mention.text.trim())
            expect(mention.text).not.toMatch(/[,;:!?"”’'(]$|^[,;:!?"“‘'(]/u)
            expect(mention.text).not.toMatch(/['’]s$/u)
          }
        }
      }),
      { numRuns: 300 },
    )
  })

  it('is deterministic and sorted by salience', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const first = extractEntities(text)
        expect(extractEntities(text)).toEqual(first)
        for (let i = 1; i < first.length; i++) {
          expect((first[i - 1] as Entity).salience).toBeGreaterThanOrEqual(
            (first[i] as Entity).salience,
          )
        }
        expect(new Set(first.map((entity) => entity.id)).size).toBe(first.length)
      }),
      { numRuns: 200 },
    )
  })
})

describe('training pipeline', () => {
  // A tiny corpus of our own, in IOB1 with document separators, as CoNLL-2003 ships it.
  const corpus = [
    '-DOCSTART- -X- O O',
    '',
    'Maria NNP I-NP I-PER',
    'Lopez NNP I-NP I-PER',
    'visited VBD I-VP O',
    'Lima NNP I-NP I-LOC',
    '. . O O',
    '',
    'Acme NNP I-NP I-ORG',
    'Mining NNP I-NP I-ORG',
    'hired VBD I-VP O',
    'Maria NNP I-NP I-PER',
    'Lopez NNP I-NP I-PER',
    '. . O O',
    '',
    '-DOCSTART- -X- O O',
    '',
    'Oslo NNP I-NP I-LOC',
    'welcomed VBD I-VP O',
    'Kwame NNP I-NP I-PER',
    'Mensah NNP I-NP B-PER',
    '. . O O',
    '',
  ].join('\n')

  it('reads IOB1 into BIO and splits documents', () => {
    const documents = parseConll(corpus)
    expect(documents.map((document) => document.sequences.length)).toEqual([2, 1])
    // IOB1 "I-PER B-PER" is two people: the B- opens the second.
    expect(documents[1]?.tags[0]).toEqual([3, 0, 1, 1, 0])
    expect(documents[0]?.tags[1]).toEqual([5, 6, 0, 1, 2, 0])
  })

  it('rejects an unknown label', () => {
    expect(() => parseConll('Word NNP I-NP I-FOO\n')).toThrow(/FOO/)
  })

  it('trains deterministically, and the trained model tags its training text', () => {
    const documents = parseConll(corpus)
    const options = { epochs: 5, hashBits: 12, seed: 7 }
    const weights = trainPerceptron(documents, options)
    const again = trainPerceptron(documents, options)
    const file = encodeModel(weights, 12, 5, toBase64)
    expect(encodeModel(again, 12, 5, toBase64)).toEqual(file)
    const model = decodeModel(JSON.parse(JSON.stringify(file)) as ModelFile)
    const tagged = tagText('Acme Mining hired Maria Lopez.', undefined, model)
    expect(tagged.mentions.map((mention) => [mention.text, mention.type])).toEqual([
      ['Acme Mining', 'ORG'],
      ['Maria Lopez', 'PER'],
    ])
  })

  it('refuses a model of another format', () => {
    expect(() =>
      decodeModel({
        format: 'precis-ner',
        version: 1,
        tags: ['O'],
        hashBits: 4,
        epochs: 1,
        data: '',
      }),
    ).toThrow(/tag set/)
  })
})
