/**
 * Sentence term vectors for lexical similarity: content words (stop words removed), light-stemmed,
 * weighted by tf-idf where the idf is taken over the sentences of the same document (Salton &
 * Buckley 1988), and L2-normalised so that a dot product is a cosine. Terms are interned to integer
 * ids per document and a vector is a pair of arrays sorted by id, so a similarity is one merge of
 * two short arrays: the cost is the size of the two sentences, not of the vocabulary.
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
  const counted = sentenceTerms.map((terms) => {
    const counts = new Map<number, number>()
    for (const term of terms) {
      let id = ids.get(term)
      if (id === undefined) {
        id = ids.size
        ids.set(term, id)
        frequencies.push(0)
      }
      const count = counts.get(id)
      if (count === undefined) frequencies[id] = (frequencies[id] ?? 0) + 1
      counts.set(id, (count ?? 0) + 1)
    }
    return counts
  })
  const sentenceCount = sentenceTerms.length
  return counted.map((counts) => {
    const sorted = [...counts.keys()].sort((a, b) => a - b)
    const weights = new Float64Array(sorted.length)
    let norm = 0
    sorted.forEach((id, k) => {
      const weight = (counts.get(id) ?? 0) * Math.log((sentenceCount + 1) / (frequencies[id] ?? 1))
      weights[k] = weight
      norm += weight * weight
    })
    if (norm > 0) {
      const scale = 1 / Math.sqrt(norm)
      for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] ?? 0) * scale
    }
    return { ids: Int32Array.from(sorted), weights }
  })
}

/** Cosine of two normalised vectors: a merge over their sorted term ids. */
export function cosine(a: TermVector, b: TermVector): number {
  const ai = a.ids
  const bi = b.ids
  let i = 0
  let j = 0
  let sum = 0
  while (i < ai.length && j < bi.length) {
    const x = ai[i] as number
    const y = bi[j] as number
    if (x === y) {
      sum += (a.weights[i] as number) * (b.weights[j] as number)
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return sum
}

/** A vector with no terms (for sentences left out of the graph). */
export const EMPTY_VECTOR: TermVector = { ids: new Int32Array(0), weights: new Float64Array(0) }
