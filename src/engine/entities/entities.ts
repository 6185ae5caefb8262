/**
 * The entity list of an article: one entry per real-world entity, its mentions merged and ranked.
 * The work is a pipeline of named passes, listed in order in pipeline.ts.
 */

import { entityDocument, runPipeline } from './pipeline'
import type { Entity, EntityOptions, SplitDocument } from './types'

export type { Entity, EntityMention, EntityOptions, EntityType, SplitDocument } from './types'

/**
 * Lists the people, places, organisations and other names (`misc`: nationalities, events) of a
 * text, most salient first.
 *
 * @example
 * extractEntities('Chinese President Xi Jinping met Park Jin. Xi said ...')
 * // [{ id: 'xi-jinping-person', name: 'Xi Jinping', type: 'person', role: 'Chinese President',
 * //    aliases: ['Xi'], count: 2, mentions: [...], ... }, ...]
 */
export function extractEntities(text: string, options: EntityOptions = {}): Entity[] {
  return runPipeline(entityDocument(text), options)
}

/** As extractEntities, over a text the sentence splitter has already split. */
export function extractEntitiesFromDocument(
  document: SplitDocument,
  options: EntityOptions = {},
): Entity[] {
  return runPipeline(entityDocument(document.text, document.sentences), options)
}
