import { describe, expect, it } from 'vitest'
import { workCuesAround } from '../../../src/engine/entities/work-cues'
import { aroundClusterPass, tokensOf } from './helpers'

/** The product, work, shop and region cues around `name` in `text`, as "TYPE weight". */
function cuesOf(text: string, name: string): string[] {
  const { tokens, first, last } = tokensOf(text, name)
  return workCuesAround(tokens, first, last).map((cue) => `${cue.type} ${String(cue.weight)}`)
}

describe('product, work, shop and region cues around a mention', () => {
  it.each([
    // An item of a brand: an indefinite article, then nothing the name qualifies.
    ['Bars charge $9 for a Fizzle Lite, or more.', 'Fizzle Lite', 'MISC 3'],
    ['He drove a Varlan.', 'Varlan', 'MISC 3'],
    ['She ordered an Ostrava and a salad.', 'Ostrava', 'MISC 3'],
    // A product's noun or a verb of drinking before it.
    ['Regulators approved the drug Ostvane on Monday.', 'Ostvane', 'MISC 3'],
    ['He sipped Fizzle Lite all day.', 'Fizzle Lite', 'MISC 3'],
    ['The Brask sequel opens in May.', 'Brask', 'MISC 3'],
    // A possessive with nothing after it: a shop.
    ['They would rather go to Harrowgate’s, she said.', 'Harrowgate', 'ORG 3'],
    ["We met at Tolland's.", 'Tolland', 'ORG 3'],
    // A town, then its county.
    ['A fitter from Radwick, Ambershire, was fined.', 'Ambershire', 'LOC 3'],
    ['The house in Bishops Norton, Ambershire.', 'Ambershire', 'LOC 3'],
  ])('%s (%s) → %s', (text, name, expected) => {
    expect(cuesOf(text, name)).toEqual([expected])
  })

  // Counter-examples: an article before a name that qualifies a noun, a person's possessive
  // thing, a possessive in brackets, a date before the comma, a list with no place link, a
  // director's or a subject's film, a comparison, a list of firms after "from".
  it.each([
    ['He met a Varlan executive.', 'Varlan'],
    ["Brask's car was stolen.", 'Brask'],
    ["The view on (Brask's) refusal is clear.", 'Brask'],
    ['The plant opened in March, Brask, 45, said.', 'Brask'],
    ['Rivals Ostrow, Brask, and Halvard cut prices.', 'Brask'],
    ['It is a Spielberg film.', 'Spielberg'],
    // A comparison before an elliptical possessive: a person's thing, no shop.
    ['Her cuts were deeper than Edda Brask’s.', 'Edda Brask'],
    ['His plan is as bold as Brask’s, aides said.', 'Brask'],
    // A list of firms after "from": the second name is no county.
    ['Cards come from Kellix, Varlan, Ostrow and Kestrix.', 'Varlan'],
    ['The Brask film was banned.', 'Brask'],
  ])('no cue: %s (%s)', (text, name) => {
    expect(cuesOf(text, name)).toEqual([])
  })
})

describe('the cues retype entities in pass context-types', () => {
  it.each([
    ['Hotels charge $10 for a Fizzle Lite, the guests said.', 'Fizzle Lite/MISC'],
    ['Women would go to the library instead of Harrowgate’s, one line read.', 'Harrowgate/ORG'],
    ['Garrow, 37, from Radwick, Ambershire, did the job.', 'Ambershire/LOC'],
  ])('%s → %s', (text, expected) => {
    const { before, after } = aroundClusterPass('context-types', text)
    expect(before).not.toContain(expected)
    expect(after).toContain(expected)
  })
})
