import { describe, expect, it } from 'vitest'
import { speaksAt } from '../../../src/engine/entities/speech'
import { tokensOf } from './helpers'

describe('speech cues: whether a mention names a speaker', () => {
  it.each([
    // The verb after its speaker, past adverbs, auxiliaries, an apposition or an affiliation.
    ['Ingrid Vik said the quota was unfair.', 'Ingrid Vik'],
    ['Ingrid Vik has repeatedly warned of cuts.', 'Ingrid Vik'],
    ['Tomas Brenn, a fisherman from Tromsø, said the boats would stay.', 'Tomas Brenn'],
    ['Brenn, 61, told reporters the port was empty.', 'Brenn'],
    ['Senator Ada Holm of Nordland quickly accused the minister of lying.', 'Ada Holm'],
    ['Brenn, who said he was tired, left early.', 'Brenn'],
    // The verb before its speaker, after a quote or a comma; "according to".
    ['“We will march,” said Ms. Vik.', 'Vik'],
    ['“It is over,” says Brenn, who fished for forty years.', 'Brenn'],
    ['The boats will stay in port, said Justice Secretary Ada Holm.', 'Ada Holm'],
    ['According to Brenn, the boats were late.', 'Brenn'],
    ['The fleet shrank by half, according to the Harbour Board.', 'Harbour Board'],
    // A body speaks through its officials or its statement.
    ['Halvard Freight officials said the port would close.', 'Halvard Freight'],
    ['Halvard’s spokeswoman said the port would close.', 'Halvard'],
  ])('%s: %s speaks', (text, name) => {
    const { tokens, first, last } = tokensOf(text, name)
    expect(speaksAt(tokens, first, last)).toBe(true)
  })

  it.each([
    // The subject of the reported clause, not its speaker.
    ['Officials said Brenn had left the port.', 'Brenn'],
    ['Vik said Brenn would resign.', 'Brenn'],
    // The one spoken to.
    ['Vik told Brenn the boats were late.', 'Brenn'],
    ['Vik asked Brenn about the quota.', 'Brenn'],
    // A name that only describes or owns what follows.
    ['The Brenn family said the boat was lost.', 'Brenn'],
    ['Brenn’s boat sank near Tromsø.', 'Brenn'],
    ['Brenn, a fisherman, drowned last year.', 'Brenn'],
    ['In Tromsø, Brenn said the boats were late, and left.', 'Tromsø'],
  ])('%s: %s does not speak', (text, name) => {
    const { tokens, first, last } = tokensOf(text, name)
    expect(speaksAt(tokens, first, last)).toBe(false)
  })
})
