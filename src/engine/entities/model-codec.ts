/**
 * The tagger's model file (written by scripts/train-ner.ts, read lazily by the tagger). It is
 * JSON:
 *
 *   { "format": "precis-ner", "version": 2, "tags": ["O", "B-PER", ...], "hashBits": 16,
 *     "epochs": 7, "data": "<base64>" }
 *
 * `data` is the weight table in the layout the tagger reads (weight-rows.ts): the index (two
 * little-endian 32-bit words per 32 buckets: the bit set of the buckets with a row, the rows
 * before them), then the rows. Encoding quantises each bucket of the trained float weights to
 * an exponent and signed bytes; decoding checks the header and the length and views the bytes.
 */

import { fromBase64 } from './base64'
import { TAGS, TAG_COUNT } from './features'
import { EXPONENT_STEPS, ROW_BYTES, emptyValues, indexLength, rowCount } from './weight-rows'
import type { WeightRows } from './weight-rows'

/** The parsed JSON; fields are checked when decoding, as a user may supply their own file. */
export interface ModelFile {
  format: string
  version: number
  tags: string[]
  hashBits: number
  epochs: number
  data: string
}

const FORMAT = 'precis-ner'
const VERSION = 2
const LEVELS = 127
/**
 * Buckets whose largest weight is below this are dropped: on CoNLL dev, pruning at 1 halves the
 * file for a few hundredths of a point of F1.
 */
const PRUNE_BELOW = 1

/**
 * The row of one bucket of trained weights (TAG_COUNT from `at`): the exponent that brings its
 * largest weight within LEVELS steps, then each weight in steps. Null if the bucket is pruned or
 * all its weights round to zero.
 */
function quantiseRow(weights: Float32Array, at: number): number[] | null {
  let largest = 0
  for (let t = 0; t < TAG_COUNT; t++)
    largest = Math.max(largest, Math.abs(weights[at + t] as number))
  if (largest === 0 || largest < PRUNE_BELOW) return null
  const exponent = Math.max(-128, Math.ceil(Math.log2(largest / LEVELS) * EXPONENT_STEPS))
  const scale = 2 ** (exponent / EXPONENT_STEPS)
  const row = [exponent]
  for (let t = 0; t < TAG_COUNT; t++) {
    const steps = Math.round((weights[at + t] as number) / scale)
    row.push(Math.max(-LEVELS, Math.min(LEVELS, steps)))
  }
  return row.some((steps, k) => k > 0 && steps !== 0) ? row : null
}

export function encodeModel(
  weights: Float32Array,
  hashBits: number,
  epochs: number,
  toBase64: (bytes: Uint8Array) => string,
): ModelFile {
  const index = new Uint32Array(indexLength(hashBits))
  const rows: number[] = []
  for (let bucket = 0; bucket < 2 ** hashBits; bucket++) {
    const word = (bucket >>> 5) << 1
    if ((bucket & 31) === 0) index[word + 1] = rows.length / ROW_BYTES
    const row = quantiseRow(weights, bucket * TAG_COUNT)
    if (row === null) continue
    index[word] = (index[word] as number) | (1 << (bucket & 31))
    rows.push(...row)
  }
  const bytes = new Uint8Array(index.length * 4 + rows.length)
  const view = new DataView(bytes.buffer)
  index.forEach((value, k) => {
    view.setUint32(k * 4, value, true)
  })
  rows.forEach((value, k) => {
    view.setInt8(index.length * 4 + k, value)
  })
  return {
    format: FORMAT,
    version: VERSION,
    tags: [...TAGS],
    hashBits,
    epochs,
    data: toBase64(bytes),
  }
}

/**
 * Views the file's weight table; throws if the file is of another format or tag set, or if its
 * length is not the one its index announces. Every JavaScript runtime that runs the engine is
 * little-endian, so the index is read through a Uint32Array.
 */
export function decodeModel(file: ModelFile): WeightRows {
  if (file.format !== FORMAT || file.version !== VERSION) {
    throw new Error('entity model: unsupported format')
  }
  if (file.tags.join(' ') !== TAGS.join(' ')) throw new Error('entity model: tag set differs')
  if (!Number.isInteger(file.hashBits) || file.hashBits < 1 || file.hashBits > 24) {
    throw new Error('entity model: unsupported hash size')
  }
  const decoded = fromBase64(file.data)
  // A Uint32Array view needs 4-byte alignment; the native decoders start a fresh buffer.
  const bytes = decoded.byteOffset % 4 === 0 ? decoded : decoded.slice()
  const words = indexLength(file.hashBits)
  if (bytes.length < words * 4) throw new Error('entity model: data cut short')
  const index = new Uint32Array(bytes.buffer, bytes.byteOffset, words)
  const length = words * 4 + rowCount(index) * ROW_BYTES
  if (bytes.length < length) throw new Error('entity model: data cut short')
  if (bytes.length > length) throw new Error('entity model: data longer than its index')
  return {
    index,
    rows: bytes.subarray(words * 4, length),
    ...emptyValues(),
    mask: 2 ** file.hashBits - 1,
  }
}
