import { describe, expect, it } from 'vitest'
import { entityDocument } from '../../../src/engine/entities/pipeline'
import { isAboutFiction } from '../../../src/engine/entities/passes/fiction-types'
import { aroundClusterPass } from './helpers'

/** A page of an invented fan wiki: the words of a story, its characters and its works. */
const WIKI = [
  'Velmora Thane is a character in the Glasswick novels. The character appears in every novel of the trilogy.',
  'In the first chapter, Quillon meets Velmora at the gate; Quillon appears again in the sequel.',
  'The character was cut from the film, but the second film restored her, and fans of the film franchise cheered.',
  'Her spells include the Ember Ward. Later episodes gave the villain Morrowgast a larger plot, and the episodes ended the canon.',
  'Morrowgast appears in the third film and in the comics. Thane Studios made the film.',
].join(' ')

/** A news story on a studio: "film" a few times in a page of other words. */
const NEWS = [
  'Harwick Pictures said on Monday that its new film would open in March.',
  'The studio, based in Leeds, employs 400 people and had record sales last year.',
  'Chief executive Dana Wells told reporters that costs had risen and that the board would meet.',
  'Analysts said the company might sell its cinemas, and shares rose two percent in London trading.',
].join(' ')

/** A news story about one film: "film" and "starring" often, but the people are real. */
const FILM_NEWS = [
  'Director Oren Malick says the film cost him more sleep than any film before it.',
  'The film, starring Tomas Brenner and Ilse Varga, opens the Lisbon film festival on Friday.',
  'Malick wrote the film himself. The film follows a rebel leader, and its film rights were sold twice.',
  'Brenner said the film was the hardest of his career; Varga said the film would divide critics.',
].join(' ')

describe('pass fiction-types', () => {
  it.each([
    [WIKI, true],
    [NEWS, false],
    [FILM_NEWS, false],
    // Few words of fiction in all: a short note.
    ['The film opens Friday. The sequel follows in May.', false],
  ])('reads whether a text is about fiction: %s', (text, fiction) => {
    expect(isAboutFiction(entityDocument(text))).toBe(fiction)
  })

  it.each([
    // A character with no person's evidence, a spell read as a body: the story's things.
    [WIKI, 'Velmora Thane|Velmora/MISC'],
    [WIKI, 'Ember Ward/MISC'],
    // A studio read as a person: its last word makes it a body.
    [WIKI, 'Thane Studios/ORG'],
    // Counter-examples: a given name, a title, an age are a person's evidence in a story too.
    [`${WIKI} Maria Sollen wrote the novels.`, 'Maria Sollen/PER'],
    [`${WIKI} The film was directed by Mr. Orvane in Leeds.`, 'Orvane/PER'],
    [`${WIKI} Judge Harrowby appears in the sequel.`, 'Harrowby/PER'],
    [`${WIKI} Kessick, 45, played Morrowgast.`, 'Kessick/PER'],
  ])('types by the evidence on a page about fiction: %s → %s', (text, expected) => {
    const { before, after } = aroundClusterPass('fiction-types', text)
    expect(after).toContain(expected)
    // The tagger's reading was a person or a body: the pass is what changed it, if anything.
    const name = expected.slice(0, expected.lastIndexOf('/'))
    expect(before.find((cluster) => cluster.startsWith(`${name}/`))).toMatch(/\/(PER|ORG)$/)
  })

  it.each([NEWS, FILM_NEWS])('leaves a news text alone, about a film too: %s', (text) => {
    const { before, after } = aroundClusterPass('fiction-types', text)
    expect(after).toEqual(before)
  })
})
