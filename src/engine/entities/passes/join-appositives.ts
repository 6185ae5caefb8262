/**
 * Pass join-appositives: a name and the name an apposition gives it are one entity ("Gavi, the
 * Vaccine Alliance,"); chains join whole through union-find.
 */

import type { Cluster } from '../candidate'
import { absorb } from '../candidate'

/**
 * A name and the name an apposition gives it are one entity: "Gavi, the Vaccine Alliance," joins
 * the entity of the Vaccine Alliance to that of Gavi.
 */
export function withAppositives(clusters: readonly Cluster[]): Cluster[] {
  const linking = clusters.some((group) =>
    group.candidates.some((candidate) => candidate.appositive !== undefined),
  )
  if (!linking) return [...clusters]
  // Union-find over the clusters, so that chains ("A, the B Alliance, the C Fund") join whole.
  const clusterAt = new Map<number, number>()
  clusters.forEach((group, i) => {
    for (const candidate of group.candidates) clusterAt.set(candidate.mention.start, i)
  })
  const parent = clusters.map((_, i) => i)
  const root = (i: number): number => {
    let r = i
    while (parent[r] !== r) r = parent[r] as number
    return r
  }
  for (let i = 0; i < clusters.length; i++) {
    for (const candidate of (clusters[i] as Cluster).candidates) {
      const j = candidate.appositive === undefined ? undefined : clusterAt.get(candidate.appositive)
      if (j === undefined) continue
      const head = root(i)
      const other = root(j)
      if (head !== other) parent[other] = head
    }
  }
  const kept: Cluster[] = []
  clusters.forEach((group, i) => {
    const r = root(i)
    if (r === i) {
      kept.push(group)
      return
    }
    absorb(clusters[r] as Cluster, group)
  })
  return kept
}
