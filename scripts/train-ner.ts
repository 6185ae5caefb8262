/**
 * Trains the entity tagger and writes its model file.
 *
 *   npx tsx scripts/train-ner.ts [--epochs N] [--hash-bits B] [--seed S] [--out FILE] <CoNLL files…>
 *
 * Input: CoNLL-2003 column files (token first, entity label last; IOB1 or IOB2 labels over
 * PER, LOC, ORG, MISC; blank lines between sentences, `-DOCSTART-` lines between documents),
 * for example CoNLL-2003 `eng.train`. Output: src/engine/entities/model.json by default (format
 * in src/engine/entities/model-codec.ts). The run is deterministic: the same files and options
 * give the same bytes.
 */

import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseConll } from '../src/engine/entities/conll'
import { encodeModel } from '../src/engine/entities/model-codec'
import type { ModelFile } from '../src/engine/entities/model-codec'
import { trainPerceptron } from '../src/engine/entities/perceptron'

/** Chosen on CoNLL-2003 dev (eng.testa): F1 stops improving after about seven passes. */
const DEFAULT_EPOCHS = 7
/**
 * 2^16 buckets: on dev within half a point of F1 of 2^18 and 2^20, and the table (about half of
 * the buckets keep a row: 346 KB) stays in cache, which makes tagging several times faster than
 * with a larger table.
 */
const DEFAULT_HASH_BITS = 16
const DEFAULT_SEED = 1

const here = dirname(fileURLToPath(import.meta.url))
const DEFAULT_OUT = join(here, '..', 'src', 'engine', 'entities', 'model.json')

/** JSON laid out as Prettier lays it out, so formatting the repository leaves the file alone. */
function formatModel(model: ModelFile): string {
  const fields = Object.entries(model).map(
    ([key, value]) =>
      `  ${JSON.stringify(key)}: ${Array.isArray(value) ? `[${value.map((item) => JSON.stringify(item)).join(', ')}]` : JSON.stringify(value)}`,
  )
  return `{\n${fields.join(',\n')}\n}\n`
}

function main(argv: string[]): void {
  const files: string[] = []
  let epochs = DEFAULT_EPOCHS
  let hashBits = DEFAULT_HASH_BITS
  let seed = DEFAULT_SEED
  let out = DEFAULT_OUT
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    const value = (): string => {
      const next = argv[++i]
      if (next === undefined) throw new Error(`${arg} needs a value`)
      return next
    }
    if (arg === '--epochs') epochs = Number(value())
    else if (arg === '--hash-bits') hashBits = Number(value())
    else if (arg === '--seed') seed = Number(value())
    else if (arg === '--out') out = value()
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`)
    else files.push(arg)
  }
  if (files.length === 0) {
    throw new Error(
      'usage: train-ner.ts [--epochs N] [--hash-bits B] [--seed S] [--out FILE] <CoNLL files…>',
    )
  }
  if (!Number.isInteger(epochs) || epochs < 1)
    throw new Error('--epochs must be a positive integer')
  if (!Number.isInteger(hashBits) || hashBits < 10 || hashBits > 24) {
    throw new Error('--hash-bits must be an integer in [10, 24]')
  }
  const documents = files.flatMap((file) => parseConll(readFileSync(file, 'utf8')))
  const sentences = documents.reduce((sum, document) => sum + document.sequences.length, 0)
  console.error(`training on ${documents.length} documents, ${sentences} sentences`)
  const started = performance.now()
  const weights = trainPerceptron(documents, {
    epochs,
    hashBits,
    seed,
    onEpoch: (epoch) => {
      console.error(`epoch ${epoch}/${epochs}`)
    },
  })
  const model = encodeModel(weights, hashBits, epochs, (bytes) =>
    Buffer.from(bytes).toString('base64'),
  )
  writeFileSync(out, formatModel(model))
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.error(`wrote ${out} (${model.data.length} base64 characters) in ${seconds} s`)
}

main(process.argv.slice(2))
