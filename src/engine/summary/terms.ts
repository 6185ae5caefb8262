/**
 * Sentence term vectors for lexical similarity: content words (stop words removed), light-stemmed,
 * weighted by tf-idf where the idf is taken over the sentences of the same document (Salton &
 * Buckley 1988), and L2-normalised so that a dot product is a cosine. Terms are interned to integer
 * ids per document and all vectors live in one sparse matrix; one-against-many similarities
 * scatter one row into a dense scratch array, so each further similarity costs one array read per
 * term of the other sentence, never the size of the vocabulary.
 */
import { stem } from '../text/stem'
import { STOPWORDS } from '../text/stopwords'
import { isWordCharAt } from '../text/chars'

/**
 * The tf-idf vectors of all sentences of a document in compressed sparse rows: the terms of
 * sentence i are `ids[offsets[i]]` to `ids[offsets[i + 1] - 1]`, sorted, with their `weights`. One
 * allocation per document instead of several per sentence keeps long texts off the garbage
 * collector.
 */
export interface TermMatrix {
  offsets: Int32Array
  ids: Int32Array
  weights: Float64Array
  /** Number of distinct terms (ids run from 0 to vocabulary - 1). */
  vocabulary: number
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
  // `stems` also remembers stop words, as '', so that a word seen before costs one lookup.
  const terms: string[] = []
  // Words are cut from the text as written and lower-cased one by one (cheaper than a lower-cased
  // copy of every sentence when a text has tens of thousands of them).
  let i = 0
  while (i < text.length) {
    if (!isWordCharAt(text, i)) {
      i++
      continue
    }
    const start = i
    while (i < text.length && isWordCharAt(text, i)) i++
    if (i - start < MIN_TERM_LENGTH) continue
    const part = text.slice(start, i).toLowerCase()
    let stemmed = stems.get(part)
    if (stemmed === undefined) {
      stemmed = STOPWORDS.has(part) ? '' : stem(part)
      stems.set(part, stemmed)
    }
    if (stemmed !== '') terms.push(stemmed)
  }
  return terms
}

/**
 * L2-normalised tf-idf vectors for the sentences of one document, with a smoothed in-document idf,
 * log((N + 1) / df), where N is the number of sentences and df the number holding the term.
 */
export function tfidfMatrix(sentenceTerms: readonly (readonly string[])[]): TermMatrix {
  const n = sentenceTerms.length
  const interned = new Map<string, number>()
  let total = 0
  for (const terms of sentenceTerms) total += terms.length
  // Every occurrence as a term id, sentence by sentence, each sentence's ids sorted.
  const occurrences = new Int32Array(total)
  const occurrenceOffsets = new Int32Array(n + 1)
  let at = 0
  sentenceTerms.forEach((terms, i) => {
    const rowStart = at
    for (const term of terms) {
      let id = interned.get(term)
      if (id === undefined) {
        id = interned.size
        interned.set(term, id)
      }
      occurrences[at++] = id
    }
    // Typed-array sort is numeric and native: cheap even for a sentence of a megabyte.
    if (at - rowStart > 1) occurrences.subarray(rowStart, at).sort()
    occurrenceOffsets[i + 1] = at
  })
  const frequencies = new Int32Array(interned.size)
  let distinctTotal = 0
  for (let i = 0; i < n; i++) {
    const end = occurrenceOffsets[i + 1] as number
    for (let k = occurrenceOffsets[i] as number; k < end; k++) {
      if (k === occurrenceOffsets[i] || occurrences[k] !== occurrences[k - 1]) {
        const id = occurrences[k] as number
        frequencies[id] = (frequencies[id] as number) + 1
        distinctTotal++
      }
    }
  }
  const offsets = new Int32Array(n + 1)
  const ids = new Int32Array(distinctTotal)
  const weights = new Float64Array(distinctTotal)
  let slot = -1
  for (let i = 0; i < n; i++) {
    const rowStart = slot + 1
    const end = occurrenceOffsets[i + 1] as number
    for (let k = occurrenceOffsets[i] as number; k < end; k++) {
      if (k === occurrenceOffsets[i] || occurrences[k] !== occurrences[k - 1]) {
        slot++
        ids[slot] = occurrences[k] as number
      }
      weights[slot] = (weights[slot] as number) + 1
    }
    let norm = 0
    for (let k = rowStart; k <= slot; k++) {
      const weight =
        (weights[k] as number) * Math.log((n + 1) / (frequencies[ids[k] as number] as number))
      weights[k] = weight
      norm += weight * weight
    }
    if (norm > 0) {
      const scale = 1 / Math.sqrt(norm)
      for (let k = rowStart; k <= slot; k++) weights[k] = (weights[k] as number) * scale
    }
    offsets[i + 1] = slot + 1
  }
  return { offsets, ids, weights, vocabulary: interned.size }
}

/**
 * Dense scratch space for one-against-many similarities: `scatterRow` one sentence into a zeroed
 * array indexed by term id, take `dotRow` with each of the others (one array read per term of the
 * other sentence, no merge), then `clearRow` it again for the next sentence.
 */
export function scratchFor(matrix: TermMatrix): Float64Array {
  return new Float64Array(matrix.vocabulary)
}

export function scatterRow(matrix: TermMatrix, row: number, scratch: Float64Array): void {
  const end = matrix.offsets[row + 1] as number
  for (let k = matrix.offsets[row] as number; k < end; k++) {
    scratch[matrix.ids[k] as number] = matrix.weights[k] as number
  }
}

export function clearRow(matrix: TermMatrix, row: number, scratch: Float64Array): void {
  const end = matrix.offsets[row + 1] as number
  for (let k = matrix.offsets[row] as number; k < end; k++) scratch[matrix.ids[k] as number] = 0
}

/** Cosine of sentence `row` with the sentence scattered in `scratch`. */
export function dotRow(matrix: TermMatrix, row: number, scratch: Float64Array): number {
  let sum = 0
  const end = matrix.offsets[row + 1] as number
  for (let k = matrix.offsets[row] as number; k < end; k++) {
    sum += (matrix.weights[k] as number) * (scratch[matrix.ids[k] as number] as number)
  }
  return sum
}
