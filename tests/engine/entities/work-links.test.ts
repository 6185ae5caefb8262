import { describe, expect, it } from 'vitest'
import { workLinksAround } from '../../../src/engine/entities/work-links'
import { aroundClusterPass, tokensOf } from './helpers'

/** The work and publication cues around `name` in `text`, as "TYPE weight". */
function cuesOf(text: string, name: string): string[] {
  const { tokens, first, last } = tokensOf(text, name)
  return workLinksAround(tokens, first, last).map((cue) => `${cue.type} ${String(cue.weight)}`)
}

describe('work and publication cues around a mention', () => {
  it.each([
    // A verb of acting or appearing, then "in".
    ['She starred in Gallow Point before her debut album.', 'Gallow Point', 'MISC 3'],
    ['The detective appears in Ostmarch and two later books.', 'Ostmarch', 'MISC 3'],
    ['He had a cameo in Brasklight.', 'Brasklight', 'MISC 3'],
    // A work's kin and its link.
    ['The sequel to Velder Run sold well.', 'Velder Run', 'MISC 3'],
    ['The final episode of Harrowmere aired in May.', 'Harrowmere', 'MISC 3'],
    ['It is a remake of Ostlund.', 'Ostlund', 'MISC 3'],
    // A work's noun in an apposition after the name.
    ['Fenwater, the 2019 film, won prizes.', 'Fenwater', 'MISC 3'],
    ['Tallow Street, a television series, was renewed.', 'Tallow Street', 'MISC 3'],
    // A publication's noun before the name: a body.
    ['The study appeared in the journal Cortexa last week.', 'Cortexa', 'ORG 3'],
    ['She edits the magazine Brightline.', 'Brightline', 'ORG 3'],
    // Watching: a weak cue, people are watched too.
    ['Millions watched Harrowmere on Sunday.', 'Harrowmere', 'MISC 2'],
  ])('%s (%s) → %s', (text, name, expected) => {
    expect(cuesOf(text, name)).toEqual([expected])
  })

  // Counter-examples: a place or a court after "appeared in", "in" after a verb of living, an
  // apposition of a person, a publication's noun after the name, a season of sport.
  it.each([
    ['He appeared in Brask Crown Court on Monday.', 'Brask Crown Court'],
    ['The band appeared in London twice.', 'London'],
    ['She lived in Ostmarch for years.', 'Ostmarch'],
    ['Fenwater, the director of the film, spoke.', 'Fenwater'],
    ['Cortexa journal editors resigned.', 'Cortexa'],
    ['Fenwater, a film critic, spoke.', 'Fenwater'],
    // A person after "told the newspaper": the sentence's subject, not the paper.
    ['A source told the newspaper Aldo Ferraro had signed.', 'Aldo Ferraro'],
  ])('no cue: %s (%s)', (text, name) => {
    expect(cuesOf(text, name)).toEqual([])
  })
})

describe('the cues retype entities in pass context-types', () => {
  it.each([
    ['Aldo Ferraro starred in Ember Tide. Ember Tide was shot in Wales.', 'Ember Tide/MISC'],
    [
      'The final episode of Harrowmere aired. Harrowmere drew 4 million viewers.',
      'Harrowmere/MISC',
    ],
  ])('%s → %s', (text, expected) => {
    expect(aroundClusterPass('context-types', text).after).toContain(expected)
  })
})
