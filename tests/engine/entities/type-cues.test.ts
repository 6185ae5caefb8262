import { describe, expect, it } from 'vitest'
import { typeCuesAround } from '../../../src/engine/entities/type-cues'
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
    // Software, tools and technologies: what is done to them, what they are said to be, the
    // noun they qualify after a quote or an abbreviation in brackets, the list they close.
    ['Ops teams deploy Brask on every host.', 'Brask', 'MISC 3'],
    ['The service is written in Brask and C.', 'Brask', 'MISC 3'],
    ['Brask is a popular scripting language.', 'Brask', 'MISC 3'],
    ['It stores maps in a file format known as Halvard Tree Tag.', 'Halvard Tree Tag', 'MISC 3'],
    ['The new “Brask Gaze” feature fixes eye contact.', 'Brask Gaze', 'MISC 3'],
    ['It adds Heat Aided Storage (HAS) technology to drives.', 'Heat Aided Storage', 'MISC 3'],
    ['Drives with HAS technology ship soon.', 'HAS', 'MISC 3'],
    ['Jobs ask for Brask, Ost, and other technologies.', 'Brask', 'MISC 3'],
    ['Coders list jQuery, Brask and Ost among their tools.', 'Ost', 'MISC 3'],
    ['Readers ranked Brask among the most dreaded tools.', 'Brask', 'MISC 3'],
    ['Open the Brask app and tap Share.', 'Brask', 'MISC 3'],
    ['The Halvard code base is mostly C.', 'Halvard', 'MISC 3'],
    // Bodies and places said to be so, or named as a kind.
    ['Halvard is a logistics company based in Ostvik.', 'Halvard', 'ORG 3'],
    ['She founded a firm called Halvard in 2009.', 'Halvard', 'ORG 3'],
    ['They grew up in a town called Brask.', 'Brask', 'LOC 3'],
    ['Ann Ost, the Labour MP for Brask Central, spoke.', 'Brask Central', 'LOC 3'],
    // A group of people named by a capitalised plural.
    ['In the end many Ostvikers voted early.', 'Ostvikers', 'MISC 3'],
    ['She thanked fellow Brasklanders at once.', 'Brasklanders', 'MISC 3'],
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
    // Counter-examples: a person written in a letter, a person said to be a member of a body,
    // an official (no kind) who called, one name after "many", "files" as a verb, "as a" with
    // no kind noun, a list of people closed by "other leaders".
    ['A letter to Brask was found.', 'Brask'],
    ['Brask is a member of the language board.', 'Brask'],
    ['A town official called Brask at home.', 'Brask'],
    ['Many Brask fans came.', 'Brask'],
    ['Halvard files for bankruptcy.', 'Halvard'],
    ['She served Brask as a young aide.', 'Brask'],
    ['Mayors like Brask, Ost and other leaders came.', 'Brask'],
  ])('no cue: %s (%s)', (text, name) => {
    expect(cuesOf(text, name)).toEqual([])
  })
})
