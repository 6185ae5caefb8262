/**
 * The tagger's weight table in the layout it ships in, read where it lies: loading it is a base64
 * decode and two typed-array views, with no loop over the weights.
 *
 * Of the 2^hashBits buckets of the hashed features only those with a weight have a row. A bit set
 * (one bit per bucket) says which, and beside each 32-bit word of it sits the number of rows
 * before that word (a rank directory, Jacobson 1989): a bucket's row is that count plus the set
 * bits below its own. A row is ROW_BYTES bytes, an exponent e then one signed byte q per tag, and
 * the weight is q × 2^(e/8) (block floating point: every weight of a bucket is stored relative to
 * the largest). Each weight is rounded to float32 as the dense Float32Array of earlier versions
 * stored it, so weights, scores and tags are bit-identical to theirs.
 */

/** Bytes of a row: the exponent, then one weight per tag. */
export const ROW_BYTES = 10
/** Per-row scales are powers of 2^(1/EXPONENT_STEPS). */
export const EXPONENT_STEPS = 8

/** The decoded model: read-only views over the model file's bytes, and a table of values. */
export interface WeightRows {
  /** Per 32 buckets: the bit set of those with a row, then the number of rows before them. */
  index: Uint32Array
  /** ROW_BYTES per kept bucket, in bucket order; every byte read unsigned. */
  rows: Uint8Array
  /**
   * values[e × 256 + q] is the weight of step byte q under exponent byte e, as float32. A
   * lookup, not a multiplication rounded by Math.fround: on an isolate's first texts the tagger
   * runs in V8's interpreter and baseline tiers, where each Math.fround is a call.
   */
  values: Float32Array
  /** Per exponent byte: 1 once its 256 values are in `values` (filled on first use). */
  filled: Uint8Array
  /** Bucket count - 1. */
  mask: number
}

/** Set bits of a 32-bit integer (the classic SWAR count: JavaScript has no popcount). */
export function popcount(bits: number): number {
  let x = bits - ((bits >>> 1) & 0x55555555)
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  x = (x + (x >>> 4)) & 0x0f0f0f0f
  return Math.imul(x, 0x01010101) >>> 24
}

/** Index entries (two per 32 buckets, at least one word) of a table of 2^hashBits buckets. */
export function indexLength(hashBits: number): number {
  return 2 * Math.max(1, 2 ** hashBits / 32)
}

/** Rows a complete index announces: the last word's rank plus its set bits. */
export function rowCount(index: Uint32Array): number {
  const last = index.length - 2
  return (index[last + 1] as number) + popcount(index[last] as number)
}

export function emptyValues(): { values: Float32Array; filled: Uint8Array } {
  return { values: new Float32Array(256 * 256), filled: new Uint8Array(256) }
}

/**
 * Fills the values of exponent byte e: step × scale, the scale rounded to float32 first and the
 * product then, as the trained table's decoder did, so the weights are bit-identical to it. The
 * model uses about 80 of the 256 exponents, so this runs about 80 times per isolate.
 */
function fillExponent(table: WeightRows, e: number): void {
  const scale = Math.fround(2 ** (((e << 24) >> 24) / EXPONENT_STEPS))
  const base = e << 8
  for (let q = 0; q < 256; q++) table.values[base + q] = ((q << 24) >> 24) * scale
  table.filled[e] = 1
}

/** Byte offset in `rows` of the row of a feature hash's bucket, or -1 if it has none. */
export function rowOffset(table: WeightRows, hash: number): number {
  const bucket = hash & table.mask
  const word = (bucket >>> 5) << 1
  const bits = table.index[word] as number
  const bit = bucket & 31
  if (((bits >>> bit) & 1) === 0) return -1
  // (1 << 31) - 1 is 2^31 - 1 once the & truncates it: every bit below bit 31.
  return ((table.index[word + 1] as number) + popcount(bits & ((1 << bit) - 1))) * ROW_BYTES
}

/** The weight of `tag` in the row at byte offset `row`. */
export function weightAt(table: WeightRows, row: number, tag: number): number {
  const e = table.rows[row] as number
  if (table.filled[e] === 0) fillExponent(table, e)
  return table.values[(e << 8) + (table.rows[row + 1 + tag] as number)] as number
}

/**
 * Adds the weight rows of the feature hashes `hashes[from..to)` to the nine scores at `at`.
 * Unrolled over the nine tags: this loop is most of the tagging time, and the unrolled form keeps
 * the sums in registers.
 */
export function addRows(
  table: WeightRows,
  hashes: Uint32Array,
  from: number,
  to: number,
  scores: Float64Array,
  at: number,
): void {
  const { rows, values, filled } = table
  let s0 = scores[at] as number
  let s1 = scores[at + 1] as number
  let s2 = scores[at + 2] as number
  let s3 = scores[at + 3] as number
  let s4 = scores[at + 4] as number
  let s5 = scores[at + 5] as number
  let s6 = scores[at + 6] as number
  let s7 = scores[at + 7] as number
  let s8 = scores[at + 8] as number
  for (let k = from; k < to; k++) {
    const row = rowOffset(table, hashes[k] as number)
    if (row < 0) continue
    const e = rows[row] as number
    if (filled[e] === 0) fillExponent(table, e)
    const base = e << 8
    s0 += values[base + (rows[row + 1] as number)] as number
    s1 += values[base + (rows[row + 2] as number)] as number
    s2 += values[base + (rows[row + 3] as number)] as number
    s3 += values[base + (rows[row + 4] as number)] as number
    s4 += values[base + (rows[row + 5] as number)] as number
    s5 += values[base + (rows[row + 6] as number)] as number
    s6 += values[base + (rows[row + 7] as number)] as number
    s7 += values[base + (rows[row + 8] as number)] as number
    s8 += values[base + (rows[row + 9] as number)] as number
  }
  scores[at] = s0
  scores[at + 1] = s1
  scores[at + 2] = s2
  scores[at + 3] = s3
  scores[at + 4] = s4
  scores[at + 5] = s5
  scores[at + 6] = s6
  scores[at + 7] = s7
  scores[at + 8] = s8
}
