import { describe, expect, it } from 'vitest'
import { namesIn, runMentionPass } from './helpers'

describe('pass join-split-names', () => {
  it.each([
    // Two names of one type side by side are one name the tagger split.
    [
      'Recruiters post to Harbour Lane Jobs every week.',
      ['Harbour/PER', 'Lane Jobs/PER'],
      ['Harbour Lane Jobs/PER'],
    ],
    [
      'Shares of Quillon Fenwick Holdings rose.',
      ['Quillon/ORG', 'Fenwick Holdings/ORG'],
      ['Quillon Fenwick Holdings/ORG'],
    ],
    // Names that fill a pair of quote marks are one title, of a work if a part was read as one.
    [
      'The studio announced “Rapid Otter Dash,” its first game for phones.',
      ['Rapid/MISC', 'Otter Dash/PER'],
      ['Rapid Otter Dash/MISC'],
    ],
    [
      'Fans waited for "Moonlit Harbour Tales" all year.',
      ['Moonlit/ORG', 'Harbour Tales/PER'],
      ['Moonlit Harbour Tales/ORG'],
    ],
    // Counter-examples: different types outside quotes, a comma between, two lines, a MISC pair.
    ['The Australian Tom Brindle won the final.', ['Australian/MISC', 'Tom Brindle/PER'], null],
    ['Talks in Chicago NAPM figures were due.', ['Chicago/LOC', 'NAPM/ORG'], null],
    ['They met Ana Ruiz, Paul Okafor and others.', ['Ana Ruiz/PER', 'Paul Okafor/PER'], null],
    ['He thanked Ana Ruiz\nPaul Okafor replied.', ['Ana Ruiz/PER', 'Paul Okafor/PER'], null],
    ['A Brazilian-born Spanish rider won.', ['Brazilian-born/MISC', 'Spanish/MISC'], null],
    // A quote mark on one side only is no title.
    ['He said “Rapid Otter Dash is fun.', ['Rapid/MISC', 'Otter Dash/PER'], null],
  ])('%s', (text, given, expected) => {
    expect(runMentionPass('join-split-names', text, given)).toEqual(expected ?? given)
  })

  it.each([
    // A camel-case brand opens the name after it.
    ['It runs on the zPhone Max and more.', ['Max/ORG'], ['zPhone Max/ORG']],
    // The text tags the two words together elsewhere: one name, also where the tagger cut it.
    [
      'It was the Velvet Spring. After the Velvet Spring ended, protests went on.',
      ['Velvet/MISC', 'Velvet Spring/MISC'],
      ['Velvet Spring/MISC', 'Velvet Spring/MISC'],
    ],
    [
      'Staff of Orla Pike Group met. Pike Group shares fell.',
      ['Orla Pike Group/ORG', 'Pike Group/ORG'],
      ['Orla Pike Group/ORG', 'Pike Group/ORG'],
    ],
    // Counter-examples: "The" opening a sentence is no part of the name elsewhere.
    [
      'The Velvet Republic voted. Leaders of Velvet Republic met.',
      ['The Velvet Republic/LOC', 'Velvet Republic/LOC'],
      null,
    ],
    // Not attested together: the word beside stays out.
    ['It was the Velvet Spring.', ['Velvet/MISC'], null],
  ])('%s', (text, given, expected) => {
    expect(runMentionPass('join-split-names', text, given)).toEqual(expected ?? given)
  })

  it.each([
    ['The zPhone XS and the qOS 14 update came out.', ['zPhone XS', 'qOS 14']],
    ['Sellers on eBay said so.', ['eBay']],
  ])('reads the camel-case brands the tagger passed over in %s', (text, brands) => {
    for (const brand of brands) expect(namesIn(text, 'misc')).toContain(brand)
  })

  it.each(['Keep the pH of the soil low.', 'The mRNA vaccine was approved.'])(
    'takes no unit or molecule for a brand: %s',
    (text) => {
      expect(namesIn(text, 'misc')).toEqual([])
    },
  )
})
