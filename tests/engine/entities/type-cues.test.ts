import { describe, expect, it } from 'vitest'
import { typeCuesAround, typeCuesOfName } from '../../../src/engine/entities/type-cues'
import { tokensOf } from './helpers'

/** The cues around `name` in `text`, as "TYPE weight". */
function cuesOf(text: string, name: string): string[] {
  const { tokens, first, last } = tokensOf(text, name)
  return typeCuesAround(tokens, first, last).map((cue) => `${cue.type} ${String(cue.weight)}`)
}

describe('type cues around a mention', () => {
  it.each([
    ["Halvard's shareholders voted it down.", 'Halvard', 'ORG 3'],
    ["Halvard's chief executive resigned.", 'Halvard', 'ORG 3'],
    ['Halvard Inc. makes pumps.', 'Halvard', 'ORG 3'],
    ['Many Halvard users complained.', 'Halvard', 'ORG 3'],
    ['The sale to Halvard closed.', 'Halvard', 'ORG 3'],
    ['The buyout of Halvard closed.', 'Halvard', 'ORG 3'],
    ['She posted on Halvard at night.', 'Halvard', 'ORG 3'],
    ['The retailer Halvard cut prices.', 'Halvard', 'ORG 3'],
    ['Rivals such as Brask, Halvard and Ost cut prices.', 'Halvard', 'ORG 3'],
    ['Rivals, including Halvard, cut prices.', 'Halvard', 'ORG 3'],
    ['Halvard acquired a rival.', 'Halvard', 'ORG 2'],
    ['Halvard said it would hire.', 'Halvard', 'ORG 2'],
    ['They bought Halvard in May.', 'Halvard', 'ORG 2'],
    ['A deal with Halvard was signed.', 'Halvard', 'ORG 2'],
    ["Brask's mayor resigned.", 'Brask', 'LOC 3'],
    ['The city of Brask flooded.', 'Brask', 'LOC 3'],
    ['Brask said he would stay.', 'Brask', 'PER 3'],
    ['Brask, 45, was hurt.', 'Brask', 'PER 3'],
    ['Halvard, the maker of pumps, grew.', 'Halvard', 'ORG 3'],
    ['It was announced by his publisher, Halvard, on Monday.', 'Halvard', 'ORG 3'],
    ['Shares in Halvard fell.', 'Halvard', 'ORG 3'],
    ['She moved to Brask in 1975.', 'Brask', 'LOC 3'],
    ['Floods hit eastern Brask on Sunday.', 'Brask', 'LOC 3'],
    ['Sensors sit along the Brask and its streams.', 'Brask', 'LOC 3'],
    ['Festivals run across Brask this weekend.', 'Brask', 'LOC 2'],
    ["Halvard's acquisition of a rival closed.", 'Halvard', 'ORG 3'],
    ['The Halvard protocol leaks memory.', 'Halvard', 'MISC 3'],
    ['She wrote to Halvard developer Ost.', 'Halvard', 'MISC 3'],
    ['It shows in the online game Halvard.', 'Halvard', 'MISC 3'],
    ['They saw the musical Brask twice.', 'Brask', 'MISC 3'],
    ['Children download Halvard after school.', 'Halvard', 'MISC 3'],
    ['He found a bug in Halvard last year.', 'Halvard', 'MISC 3'],
    ['Older versions of Halvard crash.', 'Halvard', 'MISC 3'],
    ['Tools like Brask, Halvard and Ost are in demand.', 'Halvard', 'MISC 3'],
    ['Firms like Brask and Halvard hire.', 'Halvard', 'ORG 3'],
    ['The Brask cabaret in Ostvik opened.', 'Brask', 'LOC 3'],
    ['Halvard officials said the lines held.', 'Halvard', 'ORG 2'],
    ["Halvard's buyout ended the feud.", 'Halvard', 'ORG 3'],
    ["Open Halvard's settings first.", 'Halvard', 'MISC 3'],
    ['Games like "Brask," "Halvard" and "Ost" sell well.', 'Halvard', 'MISC 3'],
    ['The camera app uses Halvard to map faces.', 'Halvard', 'MISC 2'],
    ['Pipes belong to Halvard, which maintains them.', 'Halvard', 'ORG 2'],
  ])('%s: %s gives %s', (text, name, cue) => {
    expect(cuesOf(text, name)).toEqual([cue])
  })

  it.each([
    // Counter-examples: a person's campaign, a capitalised body word, a list of no kind,
    // a town's stock market, a year after a comma, "said it" with no link before.
    ["Brask's campaign raised money.", 'Brask'],
    ['The Retailer Halvard Group grew.', 'Halvard'],
    ['Visitors such as Brask liked it.', 'Brask'],
    ['Brask stock prices fell.', 'Brask'],
    ['Brask, 2019, was a good year.', 'Brask'],
    ['She met Brask in May.', 'Brask'],
    ['She moved to Brask Holdings in 2020.', 'Holdings'],
    ['His friend, Brask, came.', 'Brask'],
    // A product noun before "of" without a version ("the game of Brask's life"), a player of a
    // sport named after the person ("Brask played"), a capitalised "Game" opening a name.
    ['It was the game of Brask and his team.', 'Brask'],
    ['Brask played well on Sunday.', 'Brask'],
    ['The team will play Brask on Saturday.', 'Brask'],
    ['Fans threw bottles at Brask players.', 'Brask'],
    ['The Game Halvard Trophy was won.', 'Halvard'],
    ['People like Brask never give up.', 'Brask'],
  ])('no cue: %s (%s)', (text, name) => {
    expect(cuesOf(text, name)).toEqual([])
  })
})

describe('type cues in a name', () => {
  it.each([
    ['Harlow & Sons', 'ORG'],
    ['Brask and Daughters', 'ORG'],
    ['Monte Sarro', 'LOC'],
    ['Mount Orla', 'LOC'],
    ['Skellan Head', 'LOC'],
    ['Raven Crag', 'LOC'],
    ['Lower Brask', 'LOC'],
    ['Brask Flag Code', 'MISC'],
    ['Seventh Amendment', 'MISC'],
    ['Data Sharing Bill', 'MISC'],
  ])('%s → %s', (name, type) => {
    expect(typeCuesOfName(name.split(' ')).map((cue) => cue.type)).toEqual([type])
  })

  // Counter-examples: one word, a surname that is a landform elsewhere, "Port" (a club's name),
  // a firm of two names, a law word that opens the name.
  it.each(['Head', 'Tiger Woods', 'Port Vale', 'Harlow & Frey', 'Code Brask'])(
    'no cue: %s',
    (name) => {
      expect(typeCuesOfName(name.split(' '))).toEqual([])
    },
  )
})
