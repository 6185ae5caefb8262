import { describe, expect, it } from 'vitest'
import { parseConll } from '../../../src/engine/entities/conll'
import { decodeModel, encodeModel } from '../../../src/engine/entities/model-codec'
import type { ModelFile } from '../../../src/engine/entities/model-codec'
import { trainPerceptron } from '../../../src/engine/entities/perceptron'
import { tagText } from '../../../src/engine/entities/tagger'
import { popcount, rowOffset, weightAt } from '../../../src/engine/entities/weight-rows'

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

describe('training pipeline', () => {
  // A tiny corpus of our own, in IOB1 with document separators, as CoNLL-2003 ships it.
  const corpus = [
    '-DOCSTART- -X- O O',
    '',
    'Maria NNP I-NP I-PER',
    'Lopez NNP I-NP I-PER',
    'visited VBD I-VP O',
    'Lima NNP I-NP I-LOC',
    '. . O O',
    '',
    'Acme NNP I-NP I-ORG',
    'Mining NNP I-NP I-ORG',
    'hired VBD I-VP O',
    'Maria NNP I-NP I-PER',
    'Lopez NNP I-NP I-PER',
    '. . O O',
    '',
    '-DOCSTART- -X- O O',
    '',
    'Oslo NNP I-NP I-LOC',
    'welcomed VBD I-VP O',
    'Kwame NNP I-NP I-PER',
    'Mensah NNP I-NP B-PER',
    '. . O O',
    '',
  ].join('\n')

  it('reads IOB1 into BIO and splits documents', () => {
    const documents = parseConll(corpus)
    expect(documents.map((document) => document.sequences.length)).toEqual([2, 1])
    // IOB1 "I-PER B-PER" is two people: the B- opens the second.
    expect(documents[1]?.tags[0]).toEqual([3, 0, 1, 1, 0])
    expect(documents[0]?.tags[1]).toEqual([5, 6, 0, 1, 2, 0])
  })

  it('rejects an unknown label', () => {
    expect(() => parseConll('Word NNP I-NP I-FOO\n')).toThrow(/FOO/)
  })

  it('trains deterministically, and the trained model tags its training text', () => {
    const documents = parseConll(corpus)
    const options = { epochs: 5, hashBits: 12, seed: 7 }
    const weights = trainPerceptron(documents, options)
    const again = trainPerceptron(documents, options)
    const file = encodeModel(weights, 12, 5, toBase64)
    expect(encodeModel(again, 12, 5, toBase64)).toEqual(file)
    const model = decodeModel(JSON.parse(JSON.stringify(file)) as ModelFile)
    const tagged = tagText('Acme Mining hired Maria Lopez.', undefined, model)
    expect(tagged.mentions.map((mention) => [mention.text, mention.type])).toEqual([
      ['Acme Mining', 'ORG'],
      ['Maria Lopez', 'PER'],
    ])
  })

  it('refuses a model of another format', () => {
    expect(() =>
      decodeModel({
        format: 'precis-ner',
        version: 2,
        tags: ['O'],
        hashBits: 4,
        epochs: 1,
        data: '',
      }),
    ).toThrow(/tag set/)
  })
})

describe('model codec', () => {
  const hashBits = 6
  const tags = 9
  // A weight table of our own: rows of mixed signs and scales, rows below the pruning threshold
  // and empty rows, so that deltas, bit sets and exponents of every size occur.
  const weights = new Float32Array((1 << hashBits) * tags)
  for (let bucket = 0; bucket < 1 << hashBits; bucket++) {
    if (bucket % 5 === 0) continue
    const size = bucket % 7 === 0 ? 0.4 : 2 ** ((bucket % 13) - 2)
    for (let tag = 0; tag < tags; tag++) {
      if ((bucket + tag) % 3 !== 0) weights[bucket * tags + tag] = size * Math.sin(bucket * 9 + tag)
    }
  }
  const file = encodeModel(weights, hashBits, 1, toBase64)

  it('decodes each kept weight to within half a step of its bucket scale', () => {
    const decoded = decodeModel(file)
    for (let bucket = 0; bucket < 1 << hashBits; bucket++) {
      const row = Array.from(weights.subarray(bucket * tags, (bucket + 1) * tags))
      const largest = Math.max(...row.map(Math.abs))
      const offset = rowOffset(decoded, bucket)
      // A pruned or empty bucket has no row; every other one has.
      expect(offset < 0, `bucket ${bucket}`).toBe(largest < 1)
      const got = row.map((_, tag) => (offset < 0 ? 0 : weightAt(decoded, offset, tag)))
      // Pruned rows (largest weight below 1) decode to zeros; kept rows to within a step.
      const step = largest < 1 ? 0 : (largest / 127) * 2 ** (1 / 8)
      row.forEach((weight, tag) => {
        const expected = largest < 1 ? 0 : weight
        expect(
          Math.abs((got[tag] as number) - expected),
          `bucket ${bucket} tag ${tag}`,
        ).toBeLessThanOrEqual(step / 2)
      })
    }
  })

  it('reads a feature hash by its low bits, as the tagger hashes them', () => {
    const decoded = decodeModel(file)
    for (const bucket of [1, 31, 32, 63]) {
      expect(rowOffset(decoded, bucket + (7 << hashBits))).toBe(rowOffset(decoded, bucket))
    }
  })

  it('refuses data cut short or longer than its index says', () => {
    const bytes = Uint8Array.from(atob(file.data), (char) => char.charCodeAt(0))
    const cut = { ...file, data: toBase64(bytes.subarray(0, bytes.length - 1)) }
    expect(() => decodeModel(cut)).toThrow(/cut short/)
    const index = { ...file, data: toBase64(bytes.subarray(0, 8)) }
    expect(() => decodeModel(index)).toThrow(/cut short/)
    const long = { ...file, data: toBase64(Uint8Array.from([...bytes, 0])) }
    expect(() => decodeModel(long)).toThrow(/longer/)
  })

  it('refuses a version 1 file (variable-length records)', () => {
    expect(() => decodeModel({ ...file, version: 1 })).toThrow(/unsupported format/)
  })
})

describe('popcount', () => {
  const cases: [number, number][] = [
    [0, 0],
    [1, 1],
    [0x80000000, 1],
    [0xffffffff, 32],
    [0x7fffffff, 31],
    [0x55555555, 16],
    [0xf0f0f0f0, 16],
    [0x00010001, 2],
    [-1, 32],
  ]
  it.each(cases)('counts the set bits of %i as %i', (bits, count) => {
    expect(popcount(bits)).toBe(count)
  })

  it('agrees with counting bit by bit', () => {
    for (let k = 0; k < 2000; k++) {
      const bits = Math.imul(k, 0x9e3779b1) ^ (k << 7)
      let count = 0
      for (let bit = 0; bit < 32; bit++) count += (bits >>> bit) & 1
      expect(popcount(bits), `bits ${bits >>> 0}`).toBe(count)
    }
  })
})
