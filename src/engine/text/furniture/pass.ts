/**
 * The two shapes of a furniture pass. A line pass judges one unit alone (its shape and its words);
 * a document pass judges units by their place among the others (neighbours, repetition, markup).
 */
import type { TextStructure } from '../../types'
import type { SplitText } from '../sentences'
import type { BoilerplateKind } from './kinds'
import type { Unit } from './unit'

export interface LinePass {
  name: string
  /** Cheap pre-test on the raw unit and its lower-cased head word, before it is tokenized. */
  mayMatch(text: string, head: string): boolean
  kindOf(unit: Unit): BoilerplateKind | null
}

export interface DocumentContext {
  split: SplitText
  /** Per sentence: the kind found so far (passes fill in nulls, rarely overrule). */
  kinds: (BoilerplateKind | null)[]
  structure: TextStructure | undefined
  /** Sentence i read as a unit, tokenized once for all passes. */
  unit: (i: number) => Unit
}

export interface DocumentPass {
  name: string
  run(context: DocumentContext): void
}
