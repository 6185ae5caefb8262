/**
 * Pass coordination-types: names listed together are of one kind, read after the cues have typed
 * the entities. "bought Google or Vantio", "Kestrix, Ostwave and Brask": when every name of a
 * coordination that the tagger did not merely guess (tagger-guesses.ts) is a body, and one of
 * them is one for sure (several words, several mentions, or typed by its cues), the guesses are
 * bodies too; the same for works and products (misc). A list with a person or a place of its own
 * evidence is of mixed kinds ("Microsoft and Seattle"), and is left alone. Method: one walk over
 * the coordinations of the text (forEachList, shared with list-types).
 */

import type { Cluster } from '../candidate'
import { majority } from '../candidate'
import { isTaggerGuess } from '../tagger-guesses'
import type { EntityDocument, MentionType } from '../types'
import { forEachList } from './list-types'

/** An entity typed for sure: named in several words, several times, or by a pass's evidence. */
function isSure(group: Cluster): boolean {
  return group.key.includes(' ') || group.candidates.length > 1 || group.forcedType !== undefined
}

export function coordinationTypes(clusters: Cluster[], doc: EntityDocument): Cluster[] {
  forEachList(clusters, doc.text, (list) => {
    let kind: MentionType | undefined
    let anchored = false
    const guesses: Cluster[] = []
    for (const { group } of list) {
      if (isTaggerGuess(group)) {
        guesses.push(group)
        continue
      }
      const type = majority(group)
      if ((type !== 'ORG' && type !== 'MISC') || (kind !== undefined && kind !== type)) return
      kind = type
      anchored ||= isSure(group)
    }
    if (kind === undefined || !anchored) return
    for (const group of guesses) group.forcedType = kind
  })
  return clusters
}
