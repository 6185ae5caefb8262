/**
 * Compact encoding of the tagger's weight table (written by scripts/train-ner.ts, read lazily by
 * the tagger). The model file is JSON:
 *
 *   { "format": "precis-ner", "version": 1, "tags": ["O", "B-PER", ...], "hashBits": 20,
 *     "epochs": 8, "data": "<base64>" }
 *
 * `data` is a byte stream of records, one per kept bucket of the hashed weight table, in bucket
 * order: varint(bucket - previous bucket), varint(bit set of the tags with a non-zero weight),
 * one signed byte e (the bucket's scale is 2^(e/8)), then one signed byte q per such tag; the
 * weight is q × scale. This is block floating point: every weight of a bucket is stored relative
 * to the bucket's largest, which is what decides between the tags when that feature fires.
 * Decoding rebuilds a dense Float32Array of 2^hashBits × tags (2.4 MB for 2^16 buckets).
 */

import { TAGS, TAG_COUNT } from './features'

/** The parsed JSON; fields are checked when decoding, as a user may supply their own file. */
export interface ModelFile {
  format: string
  version: number
  tags: string[]
  hashBits: number
  epochs: number
  data: string
}

export interface DecodedModel {
  weights: Float32Array
  mask: number
}

/** Per-bucket scales are powers of 2^(1/EXPONENT_STEPS). */
const EXPONENT_STEPS = 8
const LEVELS = 127
/**
 * Buckets whose largest weight is below this are dropped: on CoNLL dev, pruning at 1 halves the
 * file for a few hundredths of a point of F1.
 */
const PRUNE_BELOW = 1

export function encodeModel(
  weights: Float32Array,
  hashBits: number,
  epochs: number,
  toBase64: (bytes: Uint8Array) => string,
): ModelFile {
  const bytes: number[] = []
  const pushVarint = (value: number): void => {
    let rest = value
    while (rest >= 0x80) {
      bytes.push((rest & 0x7f) | 0x80)
      rest = Math.floor(rest / 128)
    }
    bytes.push(rest)
  }
  let previous = 0
  const buckets = 1 << hashBits
  const quantised = new Int8Array(TAG_COUNT)
  for (let bucket = 0; bucket < buckets; bucket++) {
    let largest = 0
    for (let t = 0; t < TAG_COUNT; t++) {
      largest = Math.max(largest, Math.abs(weights[bucket * TAG_COUNT + t] as number))
    }
    if (largest === 0 || largest < PRUNE_BELOW) continue
    const exponent = Math.max(-128, Math.ceil(Math.log2(largest / LEVELS) * EXPONENT_STEPS))
    const scale = 2 ** (exponent / EXPONENT_STEPS)
    let present = 0
    for (let t = 0; t < TAG_COUNT; t++) {
      const value = Math.round((weights[bucket * TAG_COUNT + t] as number) / scale)
      quantised[t] = Math.max(-LEVELS, Math.min(LEVELS, value))
      if (quantised[t] !== 0) present |= 1 << t
    }
    if (present === 0) continue
    pushVarint(bucket - previous)
    pushVarint(present)
    bytes.push(exponent & 0xff)
    for (let t = 0; t < TAG_COUNT; t++) {
      if (present & (1 << t)) bytes.push((quantised[t] as number) & 0xff)
    }
    previous = bucket
  }
  return {
    format: 'precis-ner',
    version: 1,
    tags: [...TAGS],
    hashBits,
    epochs,
    data: toBase64(Uint8Array.from(bytes)),
  }
}

interface Base64Decoder {
  fromBase64?: (text: string) => Uint8Array
}

function fromBase64(text: string): Uint8Array {
  // Native where the runtime has it (TC39 proposal-arraybuffer-base64), else through atob.
  const native = (Uint8Array as Base64Decoder).fromBase64
  if (native) return native(text)
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/**
 * Rebuilds the dense weight table; throws if the file does not match this tagger's tags. Written
 * as one flat loop because it runs cold, on the first request an isolate serves.
 */
export function decodeModel(file: ModelFile): DecodedModel {
  if (file.format !== 'precis-ner' || file.version !== 1) {
    throw new Error('entity model: unsupported format')
  }
  if (file.tags.join(' ') !== TAGS.join(' ')) throw new Error('entity model: tag set differs')
  const bytes = fromBase64(file.data)
  const weights = new Float32Array((1 << file.hashBits) * TAG_COUNT)
  const scales = new Float32Array(256)
  for (let e = 0; e < 256; e++) scales[e] = 2 ** (((e << 24) >> 24) / EXPONENT_STEPS)
  const length = bytes.length
  let position = 0
  let bucket = 0
  while (position < length) {
    let byte = bytes[position++] ?? 0
    let delta = byte & 0x7f
    for (let shift = 7; byte >= 0x80; shift += 7) {
      byte = bytes[position++] ?? 0
      delta += (byte & 0x7f) * 2 ** shift
    }
    byte = bytes[position++] ?? 0
    let present = byte & 0x7f
    for (let shift = 7; byte >= 0x80; shift += 7) {
      byte = bytes[position++] ?? 0
      present += (byte & 0x7f) << shift
    }
    bucket += delta
    const scale = scales[bytes[position++] ?? 0] ?? 0
    const row = bucket * TAG_COUNT
    for (let t = 0; t < TAG_COUNT; t++) {
      if (present & (1 << t)) weights[row + t] = (((bytes[position++] ?? 0) << 24) >> 24) * scale
    }
  }
  return { weights, mask: (1 << file.hashBits) - 1 }
}
