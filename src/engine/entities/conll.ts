/**
 * Reader for the CoNLL-2003 column format (Tjong Kim Sang & De Meulder 2003): one token per line,
 * the token first and its entity label last, blank lines between sentences, `-DOCSTART-` lines
 * between documents (before or after each one; both are accepted). Labels may be IOB1 (I-X opens
 * an entity unless it follows X; B-X only splits two adjacent X) or IOB2 (every entity opens with
 * B-X); both are read into BIO (IOB2) tag indices.
 */

import { TAGS } from './features'
import type { TrainingDocument } from './perceptron'

const TAG_INDEX = new Map<string, number>(TAGS.map((tag, index) => [tag, index]))

/** Parses CoNLL text into documents; throws on a label outside PER/LOC/ORG/MISC BIO tags. */
export function parseConll(text: string): TrainingDocument[] {
  const documents: TrainingDocument[] = []
  let current: TrainingDocument = { sequences: [], tags: [] }
  let words: string[] = []
  let labels: string[] = []
  const closeSentence = (): void => {
    if (words.length > 0) {
      current.sequences.push(words)
      current.tags.push(toBio(labels))
    }
    words = []
    labels = []
  }
  const closeDocument = (): void => {
    closeSentence()
    if (current.sequences.length > 0) documents.push(current)
    current = { sequences: [], tags: [] }
  }
  const lines = text.split(/\r?\n/)
  lines.forEach((raw, lineIndex) => {
    const line = raw.trim()
    if (line === '') {
      closeSentence()
      return
    }
    const columns = line.split(/\s+/)
    if (columns[0] === '-DOCSTART-') {
      closeDocument()
      return
    }
    if (columns.length < 2) throw new Error(`line ${lineIndex + 1}: expected token and label`)
    words.push(columns[0] as string)
    labels.push(columns[columns.length - 1] as string)
  })
  closeDocument()
  return documents
}

function toBio(labels: readonly string[]): number[] {
  const tags: number[] = []
  let previousType = ''
  for (const label of labels) {
    if (label === 'O') {
      tags.push(0)
      previousType = ''
      continue
    }
    const match = /^([BI])-(\w+)$/.exec(label)
    if (!match) throw new Error(`unknown label ${label}`)
    const [, prefix, type] = match as unknown as [string, string, string]
    const opens = prefix === 'B' || type !== previousType
    const tag = TAG_INDEX.get(`${opens ? 'B' : 'I'}-${type}`)
    if (tag === undefined) throw new Error(`unknown entity type ${type}`)
    tags.push(tag)
    previousType = type
  }
  return tags
}
