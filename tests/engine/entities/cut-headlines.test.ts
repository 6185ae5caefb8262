import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { runMentionPass } from './helpers'

const BODY =
  'Kestrel Bank said on Monday it launched a plan to sell its branches in Hull, which leaves ' +
  'savers little say and which it is using less.'

describe('pass cut-headlines', () => {
  it.each([
    // A title-case headline: cut at its common words, kept only where the body names it too.
    [
      `Kestrel Bank Leaves Savers With Little Say\n${BODY}`,
      ['Kestrel Bank Leaves Savers With Little Say/ORG', 'Kestrel Bank/ORG', 'Hull/LOC'],
      ['Kestrel Bank/ORG', 'Kestrel Bank/ORG', 'Hull/LOC'],
    ],
    [
      `Orvane Is Using Water to Cool Its Data Halls\n${BODY}`,
      ['Orvane Is Using Water/ORG', 'Data Halls/ORG', 'Kestrel Bank/ORG', 'Hull/LOC'],
      ['Kestrel Bank/ORG', 'Hull/LOC'],
    ],
    [
      `${BODY}\nRelated\nTarnwell Launches a Faster Branch Network\nHull Is Selling Its Old Docks`,
      ['Kestrel Bank/ORG', 'Hull/LOC', 'Tarnwell Launches/ORG', 'Hull/LOC'],
      ['Kestrel Bank/ORG', 'Hull/LOC', 'Hull/LOC'],
    ],
    // A long line with one capitalised common word and a small word in lower case; not a fixture
    // whose only common word opens it ("May").
    [
      `${BODY}\nVestry 'Lantern Hall' Launches Record Number of Tours`,
      ['Kestrel Bank/ORG', 'Hull/LOC', 'Vestry/LOC', 'Lantern Hall/ORG'],
      ['Kestrel Bank/ORG', 'Hull/LOC'],
    ],
    [
      `May 15 v Ostmar Rovers (at Hull)\n${BODY}`,
      ['Ostmar Rovers/ORG', 'Hull/LOC', 'Kestrel Bank/ORG', 'Hull/LOC'],
      ['Ostmar Rovers/ORG', 'Hull/LOC', 'Kestrel Bank/ORG', 'Hull/LOC'],
    ],
    // Counter-examples: a line of names, a sentence, a table row, a fixture, a line in capitals.
    [
      `Ana Lopes and Tom Ash\n${BODY}`,
      ['Ana Lopes/PER', 'Tom Ash/PER', 'Kestrel Bank/ORG'],
      ['Ana Lopes/PER', 'Tom Ash/PER', 'Kestrel Bank/ORG'],
    ],
    [
      `Tom Ash Is With Kestrel Bank In Hull.\n${BODY}`,
      ['Tom Ash/PER', 'Kestrel Bank/ORG', 'Hull/LOC'],
      ['Tom Ash/PER', 'Kestrel Bank/ORG', 'Hull/LOC'],
    ],
    [
      `Hull 3 New York 2\nLeeds 1 Is Out 0\n${BODY}`,
      ['Hull/LOC', 'New York/LOC', 'Leeds/LOC'],
      ['Hull/LOC', 'New York/LOC', 'Leeds/LOC'],
    ],
    [
      `TARNWELL IS SELLING ITS DOCKS\n${BODY}`,
      ['TARNWELL/ORG', 'Kestrel Bank/ORG'],
      ['TARNWELL/ORG', 'Kestrel Bank/ORG'],
    ],
  ])('%j', (text, given, expected) => {
    expect(runMentionPass('cut-headlines', text, given)).toEqual(expected)
  })

  it('keeps a headline from gluing onto the name it opens with', () => {
    const text = `Kestrel Bank Leaves Savers With Little Say\n\n${BODY} Kestrel Bank is in Hull.`
    const names = extractEntities(text).map((entity) => entity.name)
    expect(names).toContain('Kestrel Bank')
    expect(names.filter((name) => name.includes('Leaves'))).toEqual([])
  })
})
