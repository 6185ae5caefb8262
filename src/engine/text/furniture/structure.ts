/**
 * Marks from the page's markup, when an HTML extractor supplied it: a sentence in a heading block
 * is a heading, one in a list item or table row a list row; a sentence that repeats a text the
 * extractor removed as furniture (a caption, a byline, a related headline) takes that kind.
 */
import type { FurnitureKind, Sentence, TextBlock } from '../../types'
import type { BoilerplateKind } from './kinds'
import type { DocumentPass } from './pass'

/** Removed texts shorter than this are too common to recognise ("Share", "By"). */
const MIN_REMOVED_CHARS = 12

const REMOVED_KINDS: Record<FurnitureKind, BoilerplateKind> = {
  caption: 'caption',
  credit: 'credit',
  navigation: 'label',
  share: 'call-to-action',
  related: 'related',
  comments: 'call-to-action',
  ad: 'ad',
  prompt: 'call-to-action',
  byline: 'byline',
  'author-box': 'byline',
  chrome: 'label',
  hidden: 'label',
}

const BLOCK_KINDS: Partial<Record<TextBlock['kind'], BoilerplateKind>> = {
  heading: 'heading',
  'list-item': 'list-row',
  'table-row': 'list-row',
}

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase()

/** The block holding `sentence`, by binary search over blocks sorted by start. */
function blockOf(blocks: readonly TextBlock[], sentence: Sentence): TextBlock | undefined {
  let low = 0
  let high = blocks.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const block = blocks[middle] as TextBlock
    if (sentence.start < block.start) high = middle - 1
    else if (sentence.start >= block.end) low = middle + 1
    else return block
  }
  return undefined
}

export const structure: DocumentPass = {
  name: 'structure',
  run({ split, kinds, structure: given }) {
    if (given === undefined) return
    const blocks = [...given.blocks].sort((a, b) => a.start - b.start)
    const removed = given.removed
      .map((entry) => ({ kind: REMOVED_KINDS[entry.kind], text: normalise(entry.text) }))
      .filter((entry) => entry.text.length >= MIN_REMOVED_CHARS)
    split.sentences.forEach((sentence, i) => {
      if (kinds[i] !== null) return
      const text = normalise(sentence.text)
      const match =
        text.length >= MIN_REMOVED_CHARS
          ? removed.find((entry) => entry.text === text || entry.text.includes(text))
          : undefined
      if (match) {
        kinds[i] = match.kind
        return
      }
      const block = blockOf(blocks, sentence)
      kinds[i] = block === undefined ? null : (BLOCK_KINDS[block.kind] ?? null)
    })
  },
}
