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
/** The bit set of every tag: a record's other bits are not the tagger's. */
const ALL_TAGS = (1 << TAG_COUNT) - 1

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

interface Base64Runtime {
  /** TC39 proposal-arraybuffer-base64: workerd and current browsers. */
  fromBase64?: (text: string) => Uint8Array
}

interface NodeBuffer {
  from: (text: string, encoding: 'base64') => Uint8Array
}

/**
 * The model's bytes by the runtime's native decoder: `Uint8Array.fromBase64` where the runtime
 * has it, Node's `Buffer` (a Uint8Array) under Node, else `atob` and a copy. The copy is a loop
 * of 280,000 steps that runs cold, in the interpreter, on an isolate's first request: it cost 5
 * to 10 ms of CPU, the native decoders under 1.
 */
function fromBase64(text: string): Uint8Array {
  const native = (Uint8Array as Base64Runtime).fromBase64
  if (native) return native(text)
  const buffer = (globalThis as { Buffer?: NodeBuffer }).Buffer
  if (buffer) return buffer.from(text, 'base64')
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/**
 * Rebuilds the dense weight table; throws if the file does not match this tagger's tags. Written
 * as one flat loop with the common record (one-byte varints) first, because it runs cold, in the
 * interpreter, on the first request an isolate serves, where every bytecode counts.
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
  // Signed bytes over the same memory: the weights are read as they are stored.
  const signed = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length)
  const length = bytes.length
  let position = 0
  let bucket = 0
  while (position < length) {
    let byte = bytes[position++] as number
    let delta = byte & 0x7f
    for (let shift = 7; byte >= 0x80; shift += 7) {
      byte = bytes[position++] as number
      delta += (byte & 0x7f) * 2 ** shift
    }
    byte = bytes[position++] as number
    let present = byte & 0x7f
    for (let shift = 7; byte >= 0x80; shift += 7) {
      byte = bytes[position++] as number
      present += (byte & 0x7f) << shift
    }
    bucket += delta
    present &= ALL_TAGS
    const scale = scales[bytes[position++] as number] as number
    let at = bucket * TAG_COUNT
    // One step per tag with a weight: shift the bit set down until it is empty.
    for (; present !== 0; present >>>= 1, at++) {
      if (present & 1) weights[at] = (signed[position++] as number) * scale
    }
  }
  if (position > length) throw new Error('entity model: data cut short')
  return { weights, mask: (1 << file.hashBits) - 1 }
}
