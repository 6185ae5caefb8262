import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../../src/engine/entities/entities'
import { runMentionPass } from './helpers'

describe('pass drop-credentials', () => {
  it.each([
    // Degrees and honours after a person's name.
    ['says Katie Roe, MD, PhD. She', ['Katie Roe/PER', 'MD/LOC', 'PhD/ORG'], ['Katie Roe/PER']],
    [
      'led by Sam Lee, Ph.D, of Leeds',
      ['Sam Lee/PER', 'Ph.D/PER', 'Leeds/LOC'],
      ['Sam Lee/PER', 'Leeds/LOC'],
    ],
    ['Judge Neil Ash QC said', ['Neil Ash QC/PER'], ['Neil Ash/PER']],
    ['Dame Ada Moss DBE said', ['Ada Moss DBE/PER'], ['Ada Moss/PER']],
    // A judge's style the tagger read as a body: the title shows the person.
    [
      'His Honour Judge Owen Pike QC sentenced him',
      ['Honour Judge Owen Pike QC/ORG'],
      ['Honour Judge Owen Pike/ORG'],
    ],
    ['a PhD from Leeds', ['PhD/MISC', 'Leeds/LOC'], ['Leeds/LOC']],
    // Counter-examples: the state after a city, Quebec's letters, a name holding the letters.
    ['in Baltimore, MD, with', ['Baltimore/LOC', 'MD/LOC'], ['Baltimore/LOC', 'MD/LOC']],
    [
      'Montreal, QC and Ottawa',
      ['Montreal/LOC', 'QC/LOC', 'Ottawa/LOC'],
      ['Montreal/LOC', 'QC/LOC', 'Ottawa/LOC'],
    ],
    ['the Frederick MD bank', ['Frederick MD/ORG'], ['Frederick MD/ORG']],
    ['the Quebec City QC office', ['Quebec City QC/ORG'], ['Quebec City QC/ORG']],
    ['the PhD Project said', ['PhD Project/ORG'], ['PhD Project/ORG']],
  ])('%j', (text, given, expected) => {
    expect(runMentionPass('drop-credentials', text, given)).toEqual(expected)
  })

  it('lists the judge by name, his style and honour cut off', () => {
    const text = 'His Honour Judge Owen Pike QC sentenced Hartley. Judge Pike said it was grave.'
    const judge = extractEntities(text).find((entity) => entity.name === 'Owen Pike')
    expect(judge?.type).toBe('person')
    expect(judge?.aliases).toEqual(['Pike'])
  })

  it('lists the scientist, not her degrees', () => {
    const text = 'The trial was led by Ines Maroto, MD, PhD, of Halden University.'
    const names = extractEntities(text).map((entity) => entity.name)
    expect(names).toEqual(expect.arrayContaining(['Ines Maroto', 'Halden University']))
    expect(names).not.toEqual(expect.arrayContaining(['MD']))
    expect(names).not.toEqual(expect.arrayContaining(['PhD']))
  })
})
