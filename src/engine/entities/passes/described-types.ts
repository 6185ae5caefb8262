/**
 * Pass described-types: what appositions say a name is ("Chłodnie Polarne, a refrigeration
 * company") outweighs the tagger and the locative rule; the majority of them decides.
 */

import type { Cluster } from '../candidate'

/** What an apposition says a name is outweighs the tagger and the locative rule. */
function withDescribedType(group: Cluster): Cluster {
  let person = 0
  let body = 0
  for (const candidate of group.candidates) {
    if (candidate.described === 'PER') person++
    else if (candidate.described === 'ORG') body++
  }
  if (person > body) group.forcedType = 'PER'
  else if (body > person) group.forcedType = 'ORG'
  return group
}

export function describedTypes(clusters: Cluster[]): Cluster[] {
  return clusters.map(withDescribedType)
}
