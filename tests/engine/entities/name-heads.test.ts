import { describe, expect, it } from 'vitest'
import { typeCuesOfName } from '../../../src/engine/entities/name-heads'

describe('type cues in a name (head-noun rules)', () => {
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
    // An institution word with its link names a body, wherever it stands in the name.
    ['Centre on Ageing and Care', 'ORG'],
    ['Ostvik Department of Water', 'ORG'],
    ['Brask Institute for Tidal Studies', 'ORG'],
    // Built places: a station, a strip, a busway, a borough.
    ['Brask Central Station', 'LOC'],
    ['Ostvik Strip', 'LOC'],
    ['North Harlow Transitway', 'LOC'],
    ['Royal Borough', 'LOC'],
    // Events and periods.
    ['Brask Music Festival', 'MISC'],
    ['Ostvik Cup', 'MISC'],
    ['Harvest Day', 'MISC'],
    ['Mega Wednesday', 'MISC'],
    ['Great Slump Depression', 'MISC'],
    // Islands.
    ['Harrow Islands', 'LOC'],
    ['Brask Isles', 'LOC'],
    // A product's part, a technical unit, a standard, a game.
    ['Block Place Packet', 'MISC'],
    ['Creative Stack Action', 'MISC'],
    ['Night Reading Mode', 'MISC'],
    ['Eye Contact Correction', 'MISC'],
    ['Gold Standard', 'MISC'],
    ['Super Brask Run', 'MISC'],
    ['Brask Deluxe Edition', 'MISC'],
    // A brand's online service.
    ['Ostvik Maps', 'MISC'],
    ['Halvard Pay', 'MISC'],
    // A district: a place, or a body after a service's word.
    ['Central Business District', 'LOC'],
    ['Ostvik District', 'LOC'],
    ['Brask Unified School District', 'ORG'],
    ['Harlow Water District', 'ORG'],
  ])('%s → %s', (name, type) => {
    expect(typeCuesOfName(name.split(' ')).map((cue) => cue.type)).toEqual([type])
  })

  // Counter-examples: one word, a surname that is a landform elsewhere, "Port" (a club's name),
  // a firm of two names, a law word that opens the name, a club named for its county, a paper
  // named for a weekday, an institution word with no link, a link that ends the name.
  it.each([
    'Head',
    'Tiger Woods',
    'Port Vale',
    'Harlow & Frey',
    'Code Brask',
    'Brask County',
    'Courier on Sunday',
    'Brask Office Supplies',
    'Station Brask',
    'Cup Brask',
    'Brask Centre of',
    // A product word that opens a name, or stands alone.
    'Standard Chartered',
    'Packet',
    'Mode Brask',
    // A surname the gazetteer's given names may miss ("Steve"), a road.
    'Steve Jobs',
    'Rodeo Drive',
  ])('no cue: %s', (name) => {
    expect(typeCuesOfName(name.split(' '))).toEqual([])
  })
})
