/**
 * Helpers of the entity tests: read the output by name and type, and run one pass of the pipeline
 * on what the passes before it made, so that a table test shows what that pass alone changes.
 */
import { extractEntities } from '../../../src/engine/entities/entities'
import type { Entity, EntityType } from '../../../src/engine/entities/entities'
import { majority, plainCandidate } from '../../../src/engine/entities/candidate'
import type { Cluster } from '../../../src/engine/entities/candidate'
import type { MentionType } from '../../../src/engine/entities/types'
import { candidatesOf } from '../../../src/engine/entities/passes/read-candidates'
import { groupMentions } from '../../../src/engine/entities/passes/group-mentions'
import {
  CLUSTER_PASSES,
  MENTION_PASSES,
  entityDocument,
} from '../../../src/engine/entities/pipeline'
import type { ConllType, TaggedMention } from '../../../src/engine/entities/tagger'
import { tokenize } from '../../../src/engine/entities/tokenize'

export function find(entities: Entity[], name: string): Entity | undefined {
  return entities.find((entity) => entity.name === name)
}

export function names(entities: Entity[], type: EntityType): string[] {
  return entities.filter((entity) => entity.type === type).map((entity) => entity.name)
}

/** The names of `text`'s entities of `type`. */
export function namesIn(text: string, type: EntityType): string[] {
  return names(extractEntities(text), type)
}

const show = (mention: TaggedMention): string => `${mention.text}/${mention.type}`

/**
 * The mentions (as "text/TYPE") right before and right after the mention pass `name`, the passes
 * before it having run.
 */
export function aroundMentionPass(
  name: string,
  text: string,
): { before: string[]; after: string[] } {
  const at = MENTION_PASSES.findIndex((pass) => pass.name === name)
  if (at < 0) throw new Error(`no mention pass ${name}`)
  const doc = entityDocument(text)
  let mentions = doc.tagged.mentions
  for (const pass of MENTION_PASSES.slice(0, at)) mentions = pass.run(mentions, doc)
  const before = mentions.map(show)
  const after = (MENTION_PASSES[at] as (typeof MENTION_PASSES)[number]).run(mentions, doc)
  return { before, after: after.map(show) }
}

/** A cluster as "form|form/TYPE", its forms in text order. */
function showCluster(group: Cluster): string {
  const forms = [...group.candidates]
    .sort((a, b) => a.mention.start - b.mention.start)
    .map((candidate) => candidate.mention.text)
  return `${[...new Set(forms)].join('|')}/${majority(group)}`
}

/**
 * The clusters (as "form|form/TYPE") right before and right after the cluster pass `name`, the
 * stages before it having run. Clusters are copied first, as passes may retype them in place.
 */
export function aroundClusterPass(
  name: string,
  text: string,
): { before: string[]; after: string[] } {
  const at = CLUSTER_PASSES.findIndex((pass) => pass.name === name)
  if (at < 0) throw new Error(`no cluster pass ${name}`)
  const doc = entityDocument(text)
  let mentions = doc.tagged.mentions
  for (const pass of MENTION_PASSES) mentions = pass.run(mentions, doc)
  let clusters = groupMentions(candidatesOf(mentions, doc))
  for (const pass of CLUSTER_PASSES.slice(0, at)) clusters = pass.run(clusters, doc)
  const before = clusters.map(showCluster)
  const after = (CLUSTER_PASSES[at] as (typeof CLUSTER_PASSES)[number]).run(clusters, doc)
  return { before, after: after.map(showCluster) }
}

/**
 * Runs the mention pass `name` alone on mentions given by hand ("text/TYPE", each the first
 * occurrence of its text after the previous one), so that a table states exactly what the pass
 * receives, whatever the tagger would make of the text.
 */
export function runMentionPass(name: string, text: string, given: readonly string[]): string[] {
  const pass = MENTION_PASSES.find((candidate) => candidate.name === name)
  if (pass === undefined) throw new Error(`no mention pass ${name}`)
  const doc = entityDocument(text)
  const { tokens, sequences } = doc.tagged
  let from = 0
  const mentions = given.map((spec): TaggedMention => {
    const cut = spec.lastIndexOf('/')
    const mentionText = spec.slice(0, cut)
    const start = text.indexOf(mentionText, from)
    if (start < 0) throw new Error(`${mentionText} not in ${text}`)
    const end = start + mentionText.length
    from = end
    const firstToken = tokens.findIndex((token) => token.start === start)
    const lastToken = tokens.findIndex((token) => token.end === end)
    if (firstToken < 0 || lastToken < 0) throw new Error(`${mentionText} is not whole tokens`)
    const sentence = sequences.findIndex(
      (span) => span.start <= firstToken && firstToken < span.end,
    )
    const type = spec.slice(cut + 1) as ConllType
    return { start, end, text: mentionText, type, sentence, firstToken, lastToken }
  })
  return pass.run(mentions, doc).map(show)
}

/** The tokens of `text`, and the indices of the first and last tokens of `name` in it. */
export function tokensOf(text: string, name: string) {
  const tokens = tokenize(text)
  const start = text.indexOf(name)
  const first = tokens.findIndex((token) => token.start === start)
  const last = tokens.findIndex((token) => token.end === start + name.length)
  return { tokens, first, last }
}

/**
 * A cluster made by hand: `name` mentioned once per entry of `types`, each mention typed so, as
 * the tagger and the grouping stage would leave it. Offsets follow one another from `at`.
 */
export function handCluster(name: string, types: readonly MentionType[], at = 0): Cluster {
  const votes = new Map<MentionType, number>()
  const candidates = types.map((type, k) => {
    votes.set(type, (votes.get(type) ?? 0) + 1)
    const start = at + k * (name.length + 1)
    return plainCandidate({ start, end: start + name.length, text: name }, type)
  })
  return { key: name.toLowerCase(), candidates, votes, forcedType: undefined }
}

/** Clusters made by hand from "Name/TYPE" specs, a type per mention ("Vantio/ORG ORG"). */
export function handClusters(specs: readonly string[]): Cluster[] {
  return specs.map((spec, k) => {
    const cut = spec.lastIndexOf('/')
    const types = spec.slice(cut + 1).split(' ') as MentionType[]
    return handCluster(spec.slice(0, cut), types, k * 100)
  })
}

/** Clusters as "form/TYPE (count)". */
export function showClusters(clusters: readonly Cluster[]): string[] {
  return clusters.map(
    (group) =>
      `${(group.candidates[0] as Cluster['candidates'][number]).mention.text}/${majority(group)} (${group.candidates.length})`,
  )
}
