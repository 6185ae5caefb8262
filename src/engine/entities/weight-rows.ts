/**
 * The tagger's weight table in the layout it ships in, read where it lies: loading it is a base64
 * decode and two typed-array views, with no loop over the weights.
 *
 * Of the 2^hashBits buckets of the hashed features only those with a weight have a row. A bit set
 * (one bit per bucket) says which, and beside each 32-bit word of it sits the number of rows
 * before that word (a rank directory, Jacobson 1989): a bucket's row is that count plus the set
 * bits below its own. A row is ROW_BYTES bytes, an exponent e then one signed byte q per tag, and
 * the weight is q × 2^(e/8) (the scale rounded to float32, then the product; block floating point: every weight of a bucket is
 * stored relative to the largest). Rounded as the dense Float32Array of earlier versions stored
 * it, each weight is bit-identical to it, so scores and tags are too.
 */

/** Bytes of a row: the exponent, then one weight per tag. */
export const ROW_BYTES = 10
/** Per-row scales are powers of 2^(1/EXPONENT_STEPS). */
export const EXPONENT_STEPS = 8

/** The decoded model: read-only views over the model file's bytes. */
export interface WeightRows {
  /** Per 32 buckets: the bit set of those with a row, then the number of rows before them. */
  index: Uint32Array
  /** ROW_BYTES per kept bucket, in bucket order. */
  rows: Int8Array
  /** scales[e + 128] = 2^(e / EXPONENT_STEPS) for each exponent byte e, in float32. */
  scales: Float32Array
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

/** In float32 as the trained table's decoder held them: the weights depend on their rounding. */
export function exponentScales(): Float32Array {
  const scales = new Float32Array(256)
  for (let e = 0; e < 256; e++) scales[e] = 2 ** ((e - 128) / EXPONENT_STEPS)
  return scales
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
  const scale = table.scales[(table.rows[row] as number) + 128] as number
  return Math.fround((table.rows[row + 1 + tag] as number) * scale)
}

/**
 * Adds the weight rows of the feature hashes `hashes[from..to)` to the nine scores at `at`.
 * Unrolled over the nine tags: this loop is most of the tagging time, and the unrolled form keeps
 * the sums in registers. Each weight is rounded to float32 as `weightAt` does.
 */
export function addRows(
  table: WeightRows,
  hashes: Uint32Array,
  from: number,
  to: number,
  scores: Float64Array,
  at: number,
): void {
  const { rows, scales } = table
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
    const scale = scales[(rows[row] as number) + 128] as number
    s0 += Math.fround((rows[row + 1] as number) * scale)
    s1 += Math.fround((rows[row + 2] as number) * scale)
    s2 += Math.fround((rows[row + 3] as number) * scale)
    s3 += Math.fround((rows[row + 4] as number) * scale)
    s4 += Math.fround((rows[row + 5] as number) * scale)
    s5 += Math.fround((rows[row + 6] as number) * scale)
    s6 += Math.fround((rows[row + 7] as number) * scale)
    s7 += Math.fround((rows[row + 8] as number) * scale)
    s8 += Math.fround((rows[row + 9] as number) * scale)
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
