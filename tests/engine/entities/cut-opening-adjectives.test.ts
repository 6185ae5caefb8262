import { describe, expect, it } from 'vitest'
import { runMentionPass } from './helpers'

describe('pass cut-opening-adjectives', () => {
  it.each([
    // A word capitalised only by its place at a sentence start, glued to a name named alone too.
    [
      'Wary Republicans in the Senate balked. Republicans have held it since 2015.',
      ['Wary Republicans/PER', 'Senate/ORG', 'Republicans/MISC'],
      ['Republicans/MISC', 'Senate/ORG', 'Republicans/MISC'],
    ],
    [
      'Angry Greens wrote in. Greens said sorry.',
      ['Angry Greens/ORG', 'Greens/ORG'],
      ['Greens/ORG', 'Greens/ORG'],
    ],
    // Counter-examples: the rest is no plural (a firm, a surname); a place, a compass word or a given name
    // opens the name; the whole is repeated; the rest is a person's surname; not at an opening.
    ['Wary Republicans balked on Monday.', ['Wary Republicans/PER'], ['Wary Republicans/PER']],
    [
      'South Africa won. Africa cheered.',
      ['South Africa/LOC', 'Africa/LOC'],
      ['South Africa/LOC', 'Africa/LOC'],
    ],
    [
      'Paul Rendle spoke first. Rendle was brief.',
      ['Paul Rendle/PER', 'Rendle/PER'],
      ['Paul Rendle/PER', 'Rendle/PER'],
    ],
    [
      'Aston Villa won. Aston Villa fans cheered, and Villa led the table.',
      ['Aston Villa/ORG', 'Aston Villa/ORG', 'Villa/ORG'],
      ['Aston Villa/ORG', 'Aston Villa/ORG', 'Villa/ORG'],
    ],
    [
      'Hana Park, a lawyer, spoke later. Park said she was pleased.',
      ['Hana Park/PER', 'Park/PER'],
      ['Hana Park/PER', 'Park/PER'],
    ],
    [
      'Angry Zentrix customers wrote in. Zentrix said sorry.',
      ['Angry Zentrix/ORG', 'Zentrix/ORG'],
      ['Angry Zentrix/ORG', 'Zentrix/ORG'],
    ],
    [
      'Camila Ostrova spoke first. Ostrova runs the lab.',
      ['Camila Ostrova/PER', 'Ostrova/ORG'],
      ['Camila Ostrova/PER', 'Ostrova/ORG'],
    ],
    [
      'They met Wary Republicans there. Republicans came.',
      ['Wary Republicans/ORG', 'Republicans/MISC'],
      ['Wary Republicans/ORG', 'Republicans/MISC'],
    ],
  ])('%j', (text, given, expected) => {
    expect(runMentionPass('cut-opening-adjectives', text, given)).toEqual(expected)
  })
})
