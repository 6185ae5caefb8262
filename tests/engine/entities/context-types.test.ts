import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { aroundClusterPass } from './helpers'

describe('pass context-types', () => {
  it.each([
    // A transaction's other party is a firm, whatever the tagger read.
    [
      'Investors cheered the sale to Quillo. The board approved the sale to Quillo on Monday.',
      'Quillo/ORG',
    ],
    // Its drivers and its spokesman make a firm of a "person".
    [
      "Drivers for Pellucid were not paid. Pellucid drivers protested. Pellucid's spokesman declined to comment.",
      'Pellucid/ORG',
    ],
    // Buying and "said it": weak cues, enough together against a misc reading.
    [
      'Talks with Brennick went on all week. Brennick acquired a rival last year and Brennick said it would hire 200 people.',
      'Brennick/ORG',
    ],
    // A list a plural body noun opens: every item is a body.
    ['Grocers such as Fennimore, Caldrow and Ostby cut prices.', 'Caldrow/ORG'],
    ['Grocers such as Fennimore, Caldrow and Ostby cut prices.', 'Ostby/ORG'],
    // A body noun right before the name.
    ['The taxi service Vantor raised prices.', 'Vantor/ORG'],
    // A landform's last word, with a lighthouse on it.
    [
      'She climbed the steps of the Skellan Head lighthouse. The keeper at Skellan Head left.',
      'Skellan Head/LOC',
    ],
    // A capitalised title before the name is a person's evidence against a body's cue.
    [
      'President-elect Vorlan met donors. Vorlan supporters cheered and Vorlan thanked them.',
      'Vorlan/PER',
    ],
    // An acronym in a sentence has the cues of any name.
    ['Drives that use QTX technology ship soon. The makers say QTX doubles capacity.', 'QTX/MISC'],
    // A one-word "person" with no sign of being one yields to any other cue, a weak one too.
    ['Ops teams now deploy Kestrix on every server, and Kestrix runs well.', 'Kestrix/MISC'],
    [
      'Coders ranked Dravel among the most dreaded tools, though Dravel is still used.',
      'Dravel/MISC',
    ],
    ['Last year Quorin acquired a rival.', 'Quorin/ORG'],
    // The nouns of a people after its name.
    [
      'Many came for the Taranui people and their Taranui design, said Taranui elders.',
      'Taranui/MISC',
    ],
  ])('%s → %s', (text, expected) => {
    const { before, after } = aroundClusterPass('context-types', text)
    expect(before).not.toContain(expected)
    expect(after).toContain(expected)
  })

  it.each([
    // Counter-examples: a country speaking for its government stays the country.
    'France says it welcomes the move.',
    // A city's stock market is the city's.
    'Tokyo stock prices rose. Traders in Tokyo were calm.',
    // A firm named after its founder keeps its legal form's type.
    'Daniels Pharmaceuticals Inc makes pills.',
    // A person with a given name, though a deal is made with him.
    'Kofi Mensah signed a deal with Tullow. Mensah said he was pleased.',
    // "posted on" a site the tagger already reads as a body: nothing to change.
    'The photo was posted on Gristle and shared by thousands.',
    // A nationality in a place's slot stays misc.
    'Troops moved into the eastern Zorvanian border town.',
    // A person with a title keeps the person's type against a weak cue.
    'Ms Halvey use a stick. Halvey founded it.',
  ])('leaves alone: %s', (text) => {
    const { before, after } = aroundClusterPass('context-types', text)
    expect(before).not.toEqual([])
    expect(after).toEqual(before)
  })
})

describe('one name, one type', () => {
  const text =
    'Teams searched the town of Besagash on Sunday. A bridge fell on the road between Orlak and Besagash.'

  it('types every cluster of a name from the cues of all its mentions', () => {
    const { before, after } = aroundClusterPass('context-types', text)
    expect(before).toContain('Besagash/ORG')
    expect(after).toEqual(['Besagash/LOC', 'Orlak/LOC', 'Besagash/LOC'])
  })

  it('then lists the name once', () => {
    expect(extractEntities(text).filter((entity) => entity.name === 'Besagash')).toHaveLength(1)
  })
})
