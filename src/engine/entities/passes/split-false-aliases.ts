/**
 * Pass split-false-aliases: a one-word mention that grouping joined to a longer name as its short
 * form, where the words around it show it names something else, leaves that entity again:
 *   - after an article or a determiner, it is no person and no firm whose name it opens: "the
 *     Bill" (a law) is not Bill Shorten, "the Brask" (a borough) not the Brask Gazette; a
 *     surname keeps its person ("the Brask campaign");
 *   - after "in" or "near", it is a place, not a body it opens: "in Tarrow" is not Tarrow Tea Club;
 *     and where the text writes it so once, every bare mention of it is the place ("Tarrow
 *     voters"): a place is no short form of a body named after it;
 *   - a plural the text also writes in lower case is a common noun, not a body it opens:
 *     "Universities" is not the Universities Pay Council where the text speaks of universities.
 * The mentions it splits off form their own clusters, one per name, which the later passes type
 * and merge with the other mentions of that name; split from a person, they are a thing (misc).
 */

import type { Candidate, Cluster } from '../candidate'
import { majority } from '../candidate'
import { tokenIndexIn } from '../mention-edits'
import { TITLE_CASE } from '../names'
import type { EntityDocument, MentionType } from '../types'

/** Articles and determiners before a name ("the", "a new"; not "that", a conjunction too). */
const ARTICLES = new Set(['the', 'a', 'an', 'this', 'new', 'its', 'their'])

const POSSESSIVES = new Set(["'s", '’s', "'", '’'])

/** Locatives after which a one-word name is a place, not a body it opens ("in Tarrow"). */
const PLACE_LOCATIVES = new Set(['in', 'near'])

/** "Universities" where the text writes "universities" too: a plural common noun. */
function isCommonPlural(word: string, doc: EntityDocument): boolean {
  return TITLE_CASE.test(word) && word.endsWith('s') && doc.tagged.writesLower(word.toLowerCase())
}

/** Whether the one-word `candidate` cannot be the short form of `group`, whose type is `type`. */
function isFalseAlias(
  candidate: Candidate,
  type: MentionType,
  opensName: boolean,
  doc: EntityDocument,
  places: ReadonlySet<string>,
): boolean {
  const at = tokenIndexIn(doc, candidate.mention.start)
  const previous = doc.tokens[at - 1]
  // Only a name's first word: "the Brask campaign" is the person Jo Brask's, "the Bill" no one's.
  if (!opensName) return false
  if (type === 'ORG' && isCommonPlural(candidate.mention.text, doc)) return true
  if (type === 'ORG' && places.has(candidate.key)) return true
  if (previous === undefined) return false
  // "a Brask's staffer": the article goes with the noun the possessive name qualifies.
  if (POSSESSIVES.has(doc.tokens[at + 1]?.text ?? '')) return false
  if (ARTICLES.has(previous.text.toLowerCase())) return true
  return type === 'ORG' && isPlaceMention(candidate, doc)
}

/** "in Tarrow", "near Tarrow": the one-word name is written as a place. */
function isPlaceMention(candidate: Candidate, doc: EntityDocument): boolean {
  const previous = doc.tokens[tokenIndexIn(doc, candidate.mention.start) - 1]
  return previous !== undefined && PLACE_LOCATIVES.has(previous.text) && !candidate.holding
}

function splitGroup(group: Cluster, doc: EntityDocument, places: ReadonlySet<string>): Cluster[] {
  // Only people and bodies take one-word short forms that may be false.
  const type = majority(group)
  if (type !== 'PER' && type !== 'ORG') return [group]
  const full = group.candidates.filter((candidate) => candidate.words.length > 1)
  if (full.length === 0 || full.length === group.candidates.length) return [group]
  const fullKey = (full[0] as Candidate).key.split(' ')
  const kept: Candidate[] = []
  const apart = new Map<string, Candidate[]>()
  for (const candidate of group.candidates) {
    const opensName = fullKey[0] === candidate.key
    if (candidate.words.length === 1 && isFalseAlias(candidate, type, opensName, doc, places)) {
      const same = apart.get(candidate.key)
      if (same) same.push(candidate)
      else apart.set(candidate.key, [candidate])
    } else kept.push(candidate)
  }
  if (apart.size === 0) return [group]
  const votesOf = (candidates: readonly Candidate[]): Map<MentionType, number> => {
    const votes = new Map<MentionType, number>()
    for (const c of candidates) votes.set(c.type, (votes.get(c.type) ?? 0) + 1)
    return votes
  }
  const rest: Cluster = { ...group, candidates: kept, votes: votesOf(kept) }
  const split = [...apart].map(([key, candidates]): Cluster => ({
    key,
    candidates,
    votes: votesOf(candidates),
    // A person's given name after an article names a thing: "the Bill" is a law, misc; a name
    // the text writes as a place is one.
    forcedType: type === 'PER' ? 'MISC' : places.has(key) ? 'LOC' : undefined,
  }))
  return [rest, ...split]
}

export function splitFalseAliases(clusters: readonly Cluster[], doc: EntityDocument): Cluster[] {
  const places = new Set<string>()
  for (const group of clusters) {
    for (const candidate of group.candidates) {
      if (candidate.words.length === 1 && isPlaceMention(candidate, doc)) places.add(candidate.key)
    }
  }
  return clusters.flatMap((group) => splitGroup(group, doc, places))
}
