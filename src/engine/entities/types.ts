/**
 * The entity stage's types: the public entity list (Entity and its options) and the document
 * every pass reads (the text and the tagger's tokens, sequences and mentions).
 */

import type { Sentence } from '../types'
import type { QuantityType } from './quantities'
import type { ConllType, TaggedText } from './tagger'
import type { Token } from './tokenize'

export type EntityType = 'person' | 'place' | 'organization' | 'misc' | 'date' | 'money' | 'percent'

/** Type of a mention before merging: a tagger type or a pattern-found quantity. */
export type MentionType = ConllType | QuantityType

export interface EntityMention {
  start: number
  end: number
  text: string
}

export interface Entity {
  /** Slug of the name and the type, e.g. `xi-jinping-person`; stable for the same text. */
  id: string
  /** Fullest form used in the text. */
  name: string
  type: EntityType
  /** Other forms used in the text, in order of first use. */
  aliases: string[]
  mentions: EntityMention[]
  count: number
  /** In [0, 1], 4 decimals. */
  salience: number
  /** UTF-16 offset of the first mention. */
  firstMention: number
  /** Title or office written before a person's name, e.g. "Chinese President". */
  role?: string
}

export interface EntityOptions {
  /**
   * Keep only these types. Default: the names (person, place, organization, misc); dates, money
   * and percentages are listed only when asked for here.
   */
  types?: readonly EntityType[]
  /** Keep at most this many entities, the most salient (default: all). */
  limit?: number
  /** Headline of the article: entities named in it gain salience. */
  title?: string
  /**
   * Who speaks in the text, as a quote finder read it (analyze passes the speakers of every
   * quote): each speaker's mention and resolved name. Entities that speak gain salience; without
   * this, the entity stage reads speech cues around its own mentions only (salience.ts).
   */
  speakers?: readonly SpeakerMention[]
}

/** A speaker's mention in the text ("he", "Park") and the name it resolves to ("Park Jin"). */
export interface SpeakerMention {
  start: number
  end: number
  name: string
}

/** A text already split into sentences (by the sentence splitter). */
export interface SplitDocument {
  text: string
  sentences: readonly Sentence[]
}

/** What every pass reads: the text and the tagger's reading of it. */
export interface EntityDocument {
  text: string
  tokens: readonly Token[]
  /**
   * Each token's start offset, in a typed array: the passes find a mention's tokens by offset
   * (tokenIndexIn) many times per mention, and a search here reads one small block of memory
   * instead of a token object per step.
   */
  tokenStarts: Int32Array
  tagged: TaggedText
}
