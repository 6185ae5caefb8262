/**
 * Pass fiction-types: in a document about a fictional world (a fan wiki's page, a guide to a
 * game's or a novel's story), the tagger reads the capitalised names of characters, spells,
 * works and studios as people and bodies, as it would in news. There a name is a person only with
 * a person's evidence and a body only with a body's; else it is misc, as CoNLL-2003 types works
 * and the things of a story. Method: the document is about fiction when the words of fiction
 * ("character", "episode", "sequel", "appears") make FICTION_DENSITY of its words and at least
 * MIN_FICTION_WORDS in all (one linear walk over the tokens). Then each person or body is read
 * once more: a person's evidence is a title or role, a given name opening a name of several
 * words, or a person's title before a mention ("Dr. Brask") or a strong person's cue around it ("Brask, 45,", "his wife Brask", "said he"); a body's
 * is a body's or a studio's last word ("Brask Studios", where a person is a body) or a strong body's cue ("Brask's shareholders"): the
 * weak ones ("Brask, which …") fit a story's things as well.
 */

import type { Candidate, Cluster } from '../candidate'
import { majority } from '../candidate'
import { isCapitalised } from '../names'
import { endsBody, isBodyName, opensWithGivenName } from '../lexicon'
import { tokenIndexIn } from '../mention-edits'
import { personCuesAround } from '../person-cues'
import { STRONG_CUE, typeCuesAround } from '../type-cues'
import type { EntityDocument, MentionType } from '../types'
import { PERSON_TITLES } from './context-types'

/**
 * Words that a text about a story's world uses and news about the real world rarely. Not "film",
 * "movie" or "starring": a news story about one film names the real people who made it, and
 * uses those words as often as a fan wiki does.
 */
const FICTION_WORDS = new Set([
  'character',
  'characters',
  'episode',
  'episodes',
  'sequel',
  'sequels',
  'franchise',
  'novel',
  'novels',
  'chapter',
  'chapters',
  'appears',
  'appearance',
  'appearances',
  'fandom',
  'wiki',
  'spell',
  'spells',
  'villain',
  'villains',
  'protagonist',
  'protagonists',
  'canon',
  'gameplay',
  'storyline',
  'plot',
  'trilogy',
  'comic',
  'comics',
  'fictional',
])

/**
 * Fiction words per word of the document above which it is about fiction: 15 in 1,000. A review
 * of one film or a news story on a studio stays under it; a fan wiki's page is well over it.
 */
const FICTION_DENSITY = 0.015
/** And at least this many in all, so that a short note that says "sequel" twice is not fiction. */
const MIN_FICTION_WORDS = 10

/** Opens with an ASCII letter, read by character code: this runs on every token. */
function opensWithLetter(text: string): boolean {
  const code = text.charCodeAt(0) | 32
  return code >= 97 && code <= 122
}

/** Last words of the name of a maker of films, games or comics: "Thane Studios", "Orla Pictures". */
const STUDIO_ENDINGS = new Set([
  'studio',
  'studios',
  'pictures',
  'productions',
  'entertainment',
  'animation',
  'films',
  'comics',
  'games',
])

/** Whether the document's words are a story's world's (see FICTION_DENSITY). */
export function isAboutFiction(doc: EntityDocument): boolean {
  let words = 0
  let fiction = 0
  for (const token of doc.tokens) {
    if (!opensWithLetter(token.text)) continue
    words++
    if (FICTION_WORDS.has(token.lower)) fiction++
  }
  return fiction >= MIN_FICTION_WORDS && fiction >= FICTION_DENSITY * words
}

/** Whether the words around one mention give it the type `type` with a strong cue. */
function hasCue(doc: EntityDocument, candidate: Candidate, type: MentionType): boolean {
  const first = tokenIndexIn(doc, candidate.mention.start)
  const last = tokenIndexIn(doc, candidate.mention.end) - 1
  const title = doc.tokens[first - 1]?.text ?? ''
  if (type === 'PER' && isCapitalised(title) && PERSON_TITLES.has(title.toLowerCase())) return true
  const cues = [
    ...typeCuesAround(doc.tokens, first, last),
    ...personCuesAround(doc.tokens, first, last),
  ]
  return cues.some((cue) => cue.type === type && cue.weight >= STRONG_CUE)
}

/** A person's own evidence: a role, a given name opening a longer name, or a person's cue. */
function hasPersonEvidence(group: Cluster, doc: EntityDocument): boolean {
  return group.candidates.some(
    (candidate) =>
      candidate.role !== undefined ||
      candidate.described === 'PER' ||
      (candidate.words.length > 1 && opensWithGivenName(candidate.words)) ||
      hasCue(doc, candidate, 'PER'),
  )
}

/** A body's own evidence: a body's or a studio's last word, an apposition, or a body's cue. */
function hasBodyEvidence(group: Cluster, doc: EntityDocument): boolean {
  return group.candidates.some((candidate) => {
    const last = (candidate.words[candidate.words.length - 1] as string).toLowerCase()
    return (
      candidate.described === 'ORG' ||
      isBodyName(candidate.mention.text) ||
      endsBody(last) ||
      (candidate.words.length > 1 && STUDIO_ENDINGS.has(last)) ||
      hasCue(doc, candidate, 'ORG')
    )
  })
}

export function fictionTypes(clusters: Cluster[], doc: EntityDocument): Cluster[] {
  if (!isAboutFiction(doc)) return clusters
  for (const group of clusters) {
    const type = majority(group)
    if (type !== 'PER' && type !== 'ORG') continue
    if (type === 'PER' && hasPersonEvidence(group, doc)) continue
    // A studio the tagger read as a person is a body; a person is never made of a body.
    const body = hasBodyEvidence(group, doc)
    if (type === 'PER' && body) group.forcedType = 'ORG'
    else if (!body) group.forcedType = 'MISC'
  }
  return clusters
}
