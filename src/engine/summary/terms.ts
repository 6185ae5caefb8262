/**
 * Sentence term vectors for lexical similarity: content words (stop words removed), light-stemmed,
 * weighted by tf-idf where the idf is taken over the sentences of the same document (Salton &
 * Buckley 1988), and L2-normalised so that a dot product is a cosine. Vectors are sparse `Map`s, so
 * a similarity costs the size of the smaller sentence, not of the vocabulary.
 */
import { stem } from '../text/stem'
import { STOPWORDS } from '../text/stopwords'
import { tokenizeWords } from '../text/words'

export type TermVector = ReadonlyMap<string, number>

/** Shortest word kept as a term: single letters are initials or tokenizer debris. */
const MIN_TERM_LENGTH = 2

/**
 * Content terms of `text[start, end)`, in order, with repeats.
 *
 * @example
 * contentTerms("The ministers' talks ended.") // ['minister', 'talk', 'end']
 */
export function contentTerms(text: string, start = 0, end = text.length): string[] {
  const terms: string[] = []
  for (const word of tokenizeWords(text, start, end)) {
    // Inner joiners split further: "well-known" -> well, known; "Park’s" -> park, s.
    for (const part of word.text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
      if (part.length < MIN_TERM_LENGTH || STOPWORDS.has(part)) continue
      terms.push(stem(part))
    }
  }
  return terms
}

/** Number of sentences each term occurs in. */
export function documentFrequencies(sentenceTerms: readonly string[][]): Map<string, number> {
  const frequencies = new Map<string, number>()
  for (const terms of sentenceTerms) {
    for (const term of new Set(terms)) frequencies.set(term, (frequencies.get(term) ?? 0) + 1)
  }
  return frequencies
}

/** L2-normalised tf-idf vector with a smoothed in-document idf, log((N + 1) / df). */
export function tfidfVector(
  terms: readonly string[],
  frequencies: ReadonlyMap<string, number>,
  sentenceCount: number,
): TermVector {
  const counts = new Map<string, number>()
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1)
  const vector = new Map<string, number>()
  let norm = 0
  for (const [term, count] of counts) {
    const weight = count * Math.log((sentenceCount + 1) / (frequencies.get(term) ?? 1))
    if (weight <= 0) continue
    vector.set(term, weight)
    norm += weight * weight
  }
  if (norm === 0) return vector
  const scale = 1 / Math.sqrt(norm)
  for (const [term, weight] of vector) vector.set(term, weight * scale)
  return vector
}

/** Cosine of two normalised vectors. */
export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let sum = 0
  for (const [term, weight] of small) {
    const other = large.get(term)
    if (other !== undefined) sum += weight * other
  }
  return sum
}
