/**
 * Entities: people, places, organisations and other names of a news text, merged per real-world
 * entity and ranked by salience, found by an averaged-perceptron tagger trained on CoNLL-2003
 * (tagger.ts; retrain with scripts/train-ner.ts) and repaired by a pipeline of named passes
 * (pipeline.ts lists them in order).
 */

export { extractEntities, extractEntitiesFromDocument } from './entities'
export type { Entity, EntityMention, EntityOptions, EntityType, SplitDocument } from './entities'
export { loadModel, tagText } from './tagger'
export type { ConllType, TaggedMention, TaggedText } from './tagger'
