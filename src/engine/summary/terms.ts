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

/** Stop words (and words too short) have no term id. */
const NO_TERM = -1

/**
 * The terms of one document, interned to integer ids in order of first occurrence. Words are not
 * cached as written: in an article most are seen once, and a stop word costs one lookup either way.
 */
export interface TermVocabulary {
  byStem: Map<string, number>
}

export function termVocabulary(): TermVocabulary {
  return { byStem: new Map() }
}

/**
 * Content term ids of `text`, in order, with repeats: maximal runs of letters and digits (so
 * "well-known" gives well, known, as ROUGE tokenizes), lower-cased, stop words and single
 * characters dropped, stemmed, each stem interned in `vocabulary`.
 *
 * @example
 * contentTermIds("The ministers' talks ended.", termVocabulary()) // [0, 1, 2]: minister, talk, end
 */
export function contentTermIds(text: string, vocabulary: TermVocabulary): number[] {
  const ids: number[] = []
  let i = 0
  while (i < text.length) {
    if (!isWordCharAt(text, i)) {
      i++
      continue
    }
    const start = i
    // Lower-case ASCII words (most) are their own lower case.
    let lower = true
    for (; i < text.length && isWordCharAt(text, i); i++) {
      const code = text.charCodeAt(i)
      if (code >= 0x80 || (code >= 0x41 && code <= 0x5a)) lower = false
    }
    if (i - start < MIN_TERM_LENGTH) continue
    const written = text.slice(start, i)
    const id = termId(lower ? written : written.toLowerCase(), vocabulary.byStem)
    if (id !== NO_TERM) ids.push(id)
  }
  return ids
}

function termId(word: string, byStem: Map<string, number>): number {
  if (STOPWORDS.has(word)) return NO_TERM
  const stemmed = stem(word)
  let id = byStem.get(stemmed)
  if (id === undefined) {
    id = byStem.size
    byStem.set(stemmed, id)
  }
  return id
}

/**
 * L2-normalised tf-idf vectors for the sentences of one document, with a smoothed in-document idf,
 * log((N + 1) / df), where N is the number of sentences and df the number holding the term.
 * `sentenceTerms` are term ids from 0 to `vocabulary` - 1.
 */
export function tfidfMatrix(
  sentenceTerms: readonly (readonly number[])[],
  vocabulary: number,
): TermMatrix {
  const n = sentenceTerms.length
  let total = 0
  for (const terms of sentenceTerms) total += terms.length
  // Every occurrence as a term id, sentence by sentence, each sentence's ids sorted.
  const occurrences = new Int32Array(total)
  const occurrenceOffsets = new Int32Array(n + 1)
  let at = 0
  sentenceTerms.forEach((terms, i) => {
    const rowStart = at
    for (const id of terms) occurrences[at++] = id
    // Typed-array sort is numeric and native: cheap even for a sentence of a megabyte.
    if (at - rowStart > 1) occurrences.subarray(rowStart, at).sort()
    occurrenceOffsets[i + 1] = at
  })
  const frequencies = new Int32Array(vocabulary)
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
  return { offsets, ids, weights, vocabulary }
}

/**
 * The matrix by term (its transpose, in compressed sparse columns): the rows holding term t are
 * `rows[starts[t]]` to `rows[starts[t + 1] - 1]`, ascending, with their `weights`.
 */
export interface TermPostings {
  starts: Int32Array
  rows: Int32Array
  weights: Float64Array
}

export function termPostings(matrix: TermMatrix): TermPostings {
  const { offsets, ids } = matrix
  const total = ids.length
  const starts = new Int32Array(matrix.vocabulary + 1)
  for (let k = 0; k < total; k++) {
    const id = ids[k] as number
    starts[id + 1] = (starts[id + 1] as number) + 1
  }
  for (let t = 0; t < matrix.vocabulary; t++) {
    starts[t + 1] = (starts[t + 1] as number) + (starts[t] as number)
  }
  const fill = starts.slice(0, matrix.vocabulary)
  const rows = new Int32Array(total)
  const weights = new Float64Array(total)
  const n = offsets.length - 1
  for (let row = 0; row < n; row++) {
    const end = offsets[row + 1] as number
    for (let k = offsets[row] as number; k < end; k++) {
      const id = ids[k] as number
      const at = fill[id] as number
      rows[at] = row
      weights[at] = matrix.weights[k] as number
      fill[id] = at + 1
    }
  }
  return { starts, rows, weights }
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
