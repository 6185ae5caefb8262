/**
 * Pass merge-places-and-bodies: a name the text writes as a place (place-names.ts) is that place,
 * and its mentions read as a body ("Orkney", "Zürich" tagged as organisations) join it.
 */

import type { Cluster } from '../candidate'
import { absorb, majority } from '../candidate'
import { placeNames } from '../place-names'

/** Otherwise a place and a body may share a name (a city and its team). */
export function mergePlacesAndBodies(clusters: readonly Cluster[]): Cluster[] {
  const written = placeNames(clusters.flatMap((group) => group.candidates)).landscapeKeys
  const kept: Cluster[] = []
  const byKey = new Map<string, Cluster>()
  for (const group of clusters) {
    const type = majority(group)
    const place = written.has(group.key) && (type === 'LOC' || type === 'ORG')
    if (place) group.forcedType = 'LOC'
    const same = place ? byKey.get(group.key) : undefined
    if (!same) {
      if (place) byKey.set(group.key, group)
      kept.push(group)
      continue
    }
    absorb(same, group)
  }
  return kept
}
