/**
 * Sentence term vectors for lexical similarity: content words (stop words removed), light-stemmed,
 * weighted by tf-idf where the idf is taken over the sentences of the same document (Salton &
 * Buckley 1988), and L2-normalised so that a dot product is a cosine. Terms are interned to integer
 * ids per document and a vector is a pair of arrays sorted by id; one-against-many similarities
 * scatter one vector into a dense scratch array, so each further similarity costs one array read
 * per term of the other sentence, never the size of the vocabulary.
 */
import { stem } from '../text/stem'
import { STOPWORDS } from '../text/stopwords'
import { isWordCharAt } from '../text/chars'

export interface TermVector {
  ids: Int32Array
  weights: Float64Array
}

/** Shortest word kept as a term: single letters are initials or tokenizer debris. */
const MIN_TERM_LENGTH = 2

/**
 * Content terms of `text`, in order, with repeats: maximal runs of letters and digits (so
 * "well-known" gives well, known, as ROUGE tokenizes), lower-cased, stop words and single
 * characters dropped, stemmed. `stems` caches stems across the sentences of one document.
 *
 * @example
 * contentTerms("The ministers' talks ended.") // ['minister', 'talk', 'end']
 */
export function contentTerms(text: string, stems: Map<string, string> = new Map()): string[] {
  const terms: string[] = []
  const lower = text.toLowerCase()
  let i = 0
  while (i < lower.length) {
    if (!isWordCharAt(lower, i)) {
      i++
      continue
    }
    const start = i
    while (i < lower.length && isWordCharAt(lower, i)) i++
    if (i - start < MIN_TERM_LENGTH) continue
    const part = lower.slice(start, i)
    if (STOPWORDS.has(part)) continue
    let stemmed = stems.get(part)
    if (stemmed === undefined) {
      stemmed = stem(part)
      stems.set(part, stemmed)
    }
    terms.push(stemmed)
  }
  return terms
}

/**
 * L2-normalised tf-idf vectors for the sentences of one document, with a smoothed in-document idf,
 * log((N + 1) / df), where N is the number of sentences and df the number holding the term.
 */
export function tfidfVectors(sentenceTerms: readonly (readonly string[])[]): TermVector[] {
  const ids = new Map<string, number>()
  const frequencies: number[] = []
  // Each sentence as its sorted term ids; repeats of an id are adjacent.
  const idLists = sentenceTerms.map((terms) => {
    const list = new Int32Array(terms.length)
    terms.forEach((term, k) => {
      let id = ids.get(term)
      if (id === undefined) {
        id = ids.size
        ids.set(term, id)
        frequencies.push(0)
      }
      list[k] = id
    })
    list.sort()
    for (let k = 0; k < list.length; k++) {
      const id = list[k] as number
      if (k === 0 || id !== list[k - 1]) frequencies[id] = (frequencies[id] as number) + 1
    }
    return list
  })
  const sentenceCount = sentenceTerms.length
  return idLists.map((list) => {
    let distinct = 0
    for (let k = 0; k < list.length; k++) if (k === 0 || list[k] !== list[k - 1]) distinct++
    const vectorIds = new Int32Array(distinct)
    const weights = new Float64Array(distinct)
    let slot = -1
    for (let k = 0; k < list.length; k++) {
      const id = list[k] as number
      if (k === 0 || id !== list[k - 1]) {
        slot++
        vectorIds[slot] = id
      }
      weights[slot] = (weights[slot] as number) + 1
    }
    let norm = 0
    for (let k = 0; k < distinct; k++) {
      const df = frequencies[vectorIds[k] as number] as number
      const weight = (weights[k] as number) * Math.log((sentenceCount + 1) / df)
      weights[k] = weight
      norm += weight * weight
    }
    if (norm > 0) {
      const scale = 1 / Math.sqrt(norm)
      for (let k = 0; k < distinct; k++) weights[k] = (weights[k] as number) * scale
    }
    return { ids: vectorIds, weights }
  })
}

/** A vector with no terms (for sentences left out of the graph). */
export const EMPTY_VECTOR: TermVector = { ids: new Int32Array(0), weights: new Float64Array(0) }

/**
 * Dense scratch space for one-against-many similarities: `scatter` a vector into a zeroed array
 * indexed by term id, take `denseDot` with each of the others (one array read per term of the
 * other sentence, no merge), then `clear` it again for the next vector.
 */
export function scratchFor(vectors: readonly TermVector[]): Float64Array {
  let size = 0
  for (const vector of vectors) {
    const last = vector.ids[vector.ids.length - 1]
    if (last !== undefined && last + 1 > size) size = last + 1
  }
  return new Float64Array(size)
}

export function scatter(vector: TermVector, scratch: Float64Array): void {
  for (let k = 0; k < vector.ids.length; k++) {
    scratch[vector.ids[k] as number] = vector.weights[k] as number
  }
}

export function clear(vector: TermVector, scratch: Float64Array): void {
  for (let k = 0; k < vector.ids.length; k++) scratch[vector.ids[k] as number] = 0
}

/** Cosine of `vector` with the vector scattered in `scratch`. */
export function denseDot(vector: TermVector, scratch: Float64Array): number {
  let sum = 0
  for (let k = 0; k < vector.ids.length; k++) {
    sum += (vector.weights[k] as number) * (scratch[vector.ids[k] as number] as number)
  }
  return sum
}
