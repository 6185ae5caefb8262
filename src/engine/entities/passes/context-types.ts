/**
 * Pass context-types: an entity's type is decided once for all its mentions, by a vote in which
 * the words around each mention weigh more than the tagger's label of it. The tagger reads a name
 * from a few words on either side and often types a company as a place ("the sale to Halvard") or
 * a person; the text around its other mentions says what it is. Method: each mention adds the
 * weights of its cues (type-cues.ts: "Halvard's shareholders", "the city of Brask", "Brask, 45,"),
 * and a given name or title adds a person's when the tagger read one; the tagger's labels share a
 * vote of TAGGER_WEIGHT between them. Another type wins only with more evidence than the tagger's
 * reading. An apposition's type (described-types) is kept, a country stays a place ("France says
 * it", which CoNLL-2003 and an editor list as the country), and capitals of a headline give no cue.
 */

import type { Candidate, Cluster } from '../candidate'
import { majority } from '../candidate'
import { GAZETTEER_BITS } from '../gazetteer'
import { bitsOf, endsBody, isCountry, opensWithGivenName } from '../lexicon'
import { tokenIndexIn } from '../mention-edits'
import { isAllCaps, isCapitalised } from '../names'
import { typeCuesOfName } from '../name-heads'
import { personCuesAround } from '../person-cues'
import { STRONG_CUE, typeCuesAround } from '../type-cues'
import type { Token } from '../tokenize'
import { workCuesAround } from '../work-cues'
import { workLinksAround } from '../work-links'
import type { EntityDocument, MentionType } from '../types'
import { propertyPattern } from '../../text/patterns'

/** The weight of all the tagger's labels of an entity together, shared by their counts. */
const TAGGER_WEIGHT = 2

/**
 * The weight of a "person" of one word the text gives no sign of being one (no given name, title,
 * age or "he said"): the tagger reads most unknown capitalised words as people, so any cue of
 * another type outweighs it ("Halvard acquired", "uses Brask").
 */
const LONE_PERSON_WEIGHT = 1

/**
 * Titles that make a person of the name right after them, when capitalised ("President-elect
 * Brask", "Senator Ost"). Not the words that open a body's name too ("General", "Chief").
 */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'president',
  'president-elect',
  'vice-president',
  'senator',
  'sen.',
  'governor',
  'gov.',
  'mayor',
  'rep.',
  'congressman',
  'congresswoman',
  'chancellor',
  'premier',
  'ambassador',
  'judge',
  'justice',
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'dr',
  'dr.',
])

type Evidence = Map<MentionType, number>

function addTo(evidence: Evidence, type: MentionType, weight: number): void {
  evidence.set(type, (evidence.get(type) ?? 0) + weight)
}

/** The cues of one mention: the words around it, and a given name or title for a person. */
function cuesOf(
  doc: EntityDocument,
  candidate: Candidate,
  evidence: Evidence,
  inName: Evidence,
): void {
  const first = tokenIndexIn(doc, candidate.mention.start)
  const last = tokenIndexIn(doc, candidate.mention.end) - 1
  for (const cue of typeCuesAround(doc.tokens, first, last)) addTo(evidence, cue.type, cue.weight)
  for (const cue of workCuesAround(doc.tokens, first, last)) addTo(evidence, cue.type, cue.weight)
  for (const cue of workLinksAround(doc.tokens, first, last)) addTo(evidence, cue.type, cue.weight)
  for (const cue of personCuesAround(doc.tokens, first, last)) addTo(evidence, cue.type, cue.weight)
  const title = doc.tokens[first - 1]
  if (title !== undefined && isCapitalised(title.text)) {
    if (PERSON_TITLES.has(title.lower)) addTo(evidence, 'PER', STRONG_CUE)
  }
  const { words } = candidate
  if (!opensWithGivenName(words) && !endsBody((words[words.length - 1] as string).toLowerCase())) {
    for (const cue of typeCuesOfName(words)) addTo(inName, cue.type, cue.weight)
  }
  // A given name or a title confirms a person the tagger read, against a body's cues; it does not
  // make one of a firm named after its founder ("Daniels Pharmaceuticals").
  if (
    candidate.type === 'PER' &&
    (candidate.role !== undefined || (words.length > 1 && opensWithGivenName(words)))
  ) {
    addTo(evidence, 'PER', STRONG_CUE)
  }
}

/** A word of two letters or more, all capitals: "COACH", "NICE". */
const CAPITALS_WORD = propertyPattern(String.raw`^\p{Lu}[\p{Lu}\d'\u2019.&-]+$`)

/**
 * Whether a mention stands in a line of capitals: a name of several words all in capitals, or an
 * all-caps word next to another all-caps word on its line. An acronym alone is not.
 */
function inCapitals(doc: EntityDocument, candidate: Candidate): boolean {
  const { text } = candidate.mention
  if (!isAllCaps(text)) return false
  if (candidate.words.length > 1) return true
  const first = tokenIndexIn(doc, candidate.mention.start)
  const line = (doc.tokens[first] as Token).line
  return [doc.tokens[first - 1], doc.tokens[first + 1]].some(
    (token) => token !== undefined && token.line === line && CAPITALS_WORD.test(token.text),
  )
}

/** A cluster whose every mention is one word with no title: a "person" the tagger alone saw. */
function isLonePerson(named: readonly Cluster[]): boolean {
  return named.every((group) =>
    group.candidates.every(
      (candidate) =>
        candidate.words.length === 1 &&
        candidate.role === undefined &&
        !opensWithGivenName(candidate.words),
    ),
  )
}

/**
 * The type the evidence of all mentions of a name gives `group`, or undefined when no cue was
 * seen. The mentions of every cluster of the name (`named`) count, so that a name the tagger split
 * into a place and a body ("the town of Brask", "between Orlak and Brask") is typed once.
 */
function votedType(
  group: Cluster,
  named: readonly Cluster[],
  doc: EntityDocument,
): MentionType | undefined {
  const cues: Evidence = new Map()
  const inName: Evidence = new Map()
  let countries = true
  for (const same of named) {
    for (const candidate of same.candidates) {
      countries &&= isCountry(candidate.mention.text)
      // A headline's capitals ("COACH NICE") say little of what the words are; an acronym in
      // a sentence ("uses HAMR technology") has the cues of any name.
      if (!inCapitals(doc, candidate)) cuesOf(doc, candidate, cues, inName)
    }
  }
  // A country is a place: "France says it" speaks for its government, which CoNLL-2003 and an
  // editor list as the country; one the tagger read as a person is the country too.
  // A misc name where a place would stand is an adjective of place ("the eastern Mediterranean",
  // "central Transylvanian towns"): only its own words make it a place.
  if (majority(group) === 'MISC') cues.delete('LOC')
  for (const [type, weight] of inName) addTo(cues, type, weight)
  if (countries) {
    cues.delete('ORG')
    if (named.some((same) => same.votes.has('PER'))) addTo(cues, 'LOC', STRONG_CUE)
  }
  // Most entities have no cue: the tagger's votes are only counted for those that have.
  if (cues.size === 0) return undefined
  const votes: Evidence = new Map()
  let labels = 0
  for (const same of named) {
    for (const [type, count] of same.votes) addTo(votes, type, count)
    labels += same.candidates.length
  }
  const evidence = cues
  const lone = majority(group) === 'PER' && !cues.has('PER') && isLonePerson(named)
  const weight = lone ? LONE_PERSON_WEIGHT : TAGGER_WEIGHT
  for (const [type, count] of votes) addTo(evidence, type, (weight * count) / labels)
  // The tagger's reading stands unless another has more evidence: a tie changes nothing.
  let best = majority(group)
  let bestWeight = evidence.get(best) ?? 0
  for (const [type, weight] of evidence) {
    if (weight > bestWeight) {
      best = type
      bestWeight = weight
    }
  }
  return best
}

const NAME_TYPES = new Set<MentionType>(['PER', 'ORG', 'LOC', 'MISC'])

/**
 * Whether a one-word key ends in "s" after a letter and its stem is a nationality or faith, or
 * names a misc entity of the text.
 */
function isPluralOfMisc(key: string, byKey: ReadonlyMap<string, Cluster[]>): boolean {
  if (key.length < 4 || !key.endsWith('s') || key.endsWith('ss') || key.includes(' ')) return false
  const stem = key.slice(0, -1)
  if ((bitsOf(stem) & GAZETTEER_BITS.nationality) !== 0) return true
  return byKey.get(stem)?.some((group) => majority(group) === 'MISC') === true
}

export function contextTypes(clusters: Cluster[], doc: EntityDocument): Cluster[] {
  const byKey = new Map<string, Cluster[]>()
  for (const group of clusters) {
    const same = byKey.get(group.key)
    if (same) same.push(group)
    else byKey.set(group.key, [group])
  }
  for (const group of clusters) {
    const current = majority(group)
    if (!NAME_TYPES.has(current)) continue
    // The plural of a misc name is its people ("Brasklander" and "Brasklanders"): misc too.
    if (current !== 'MISC' && isPluralOfMisc(group.key, byKey)) {
      group.forcedType = 'MISC'
      continue
    }
    // A nationality is misc, wherever it stands ("northern Iraqi towns").
    if (group.key.indexOf(' ') < 0 && (bitsOf(group.key) & GAZETTEER_BITS.nationality) !== 0) {
      continue
    }
    // An apposition says what the name is ("Halvard, a logistics firm,"): it outweighs every cue.
    if (group.candidates.some((candidate) => candidate.described !== undefined)) continue
    const voted = votedType(group, byKey.get(group.key) ?? [group], doc)
    if (voted !== undefined && voted !== current) group.forcedType = voted
  }
  return clusters
}
