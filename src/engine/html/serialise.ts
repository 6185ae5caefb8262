/**
 * Writes the cleaned article as text with its structure: one block per paragraph, heading, list
 * item, block quote, pre-formatted block or table row, blocks separated by a blank line, each
 * with its kind and UTF-16 offsets into the text (half-open).
 *
 * Method: one walk in document order; inline text gathers in a buffer that a block boundary
 * flushes. Whitespace collapses to one space (NBSP included) except inside `pre`; `<br>` is a line
 * break inside a block and two or more in a row end the block; table cells are separated by a
 * space. A block's kind is the nearest kind-giving element around it (a `p` in a `blockquote` is
 * a block quote, an `li` in a `td` a list item).
 */
import type { BlockKind, TextBlock } from '../types'
import { NONE, type Element, type Tree } from './dom'
import { BLOCK_TAGS } from './stats'
import { HEADING_TAGS } from './vocabulary'

function kindOf(tag: string): BlockKind | null {
  if (HEADING_TAGS.has(tag)) return 'heading'
  switch (tag) {
    case 'li':
    case 'dt':
    case 'dd':
      return 'list-item'
    case 'blockquote':
      return 'blockquote'
    case 'pre':
      return 'pre'
    case 'tr':
      return 'table-row'
    default:
      return null
  }
}

/** Elements that end the block before them and after them (table cells only add a space). */
const BREAKING = new Set([...BLOCK_TAGS].filter((tag) => tag !== 'td' && tag !== 'th'))
const SPACES = /[^\S\n]+/g

class Writer {
  private text = ''
  private buffer = ''
  private breaks = 0
  readonly blocks: TextBlock[] = []
  readonly kinds: BlockKind[] = []
  preDepth = 0

  get kind(): BlockKind {
    return this.kinds[this.kinds.length - 1] ?? 'paragraph'
  }

  add(value: string): void {
    if (this.preDepth > 0) {
      this.buffer += value
    } else {
      this.buffer += value.replace(/\s+/g, ' ')
    }
    if (/\S/.test(value)) this.breaks = 0
  }

  lineBreak(): void {
    this.breaks++
    if (this.breaks >= 2) this.flush()
    else this.buffer += '\n'
  }

  flush(): void {
    const raw = this.buffer
    this.buffer = ''
    this.breaks = 0
    const block =
      this.kind === 'pre' && this.preDepth > 0
        ? raw.replace(/^\n+|\s+$/g, '')
        : raw
            .split('\n')
            .map((line) => line.replace(SPACES, ' ').trim())
            .filter((line) => line.length > 0)
            .join('\n')
    if (block.length === 0) return
    if (this.text.length > 0) this.text += '\n\n'
    const start = this.text.length
    this.text += block
    this.blocks.push({ start, end: this.text.length, kind: this.kind })
  }

  result(): { text: string; blocks: TextBlock[] } {
    this.flush()
    return { text: this.text, blocks: this.blocks }
  }
}

/** Opens an element's block, kind and pre-formatting; false for the elements with no content. */
function enter(writer: Writer, tag: string): boolean {
  if (tag === 'br') {
    writer.lineBreak()
    return false
  }
  if (tag === 'img' || tag === 'hr') {
    if (tag === 'hr') writer.flush()
    return false
  }
  if (BREAKING.has(tag)) writer.flush()
  const kind = kindOf(tag)
  // The innermost kind wins, except that everything inside a quote is quoted.
  if (kind) writer.kinds.push(writer.kind === 'blockquote' ? 'blockquote' : kind)
  if (tag === 'pre') writer.preDepth++
  return true
}

function exit(writer: Writer, tag: string): void {
  if (BREAKING.has(tag)) writer.flush()
  if (kindOf(tag)) writer.kinds.pop()
  if (tag === 'pre') writer.preDepth--
  else if (tag === 'td' || tag === 'th') writer.add(' ')
}

/**
 * The text and blocks of the tree under `root`: a walk along the links, an element entered on
 * the way down and left on the way up (no stack, however deep the page).
 */
export function serialise(tree: Tree, root: Element): { text: string; blocks: TextBlock[] } {
  const writer = new Writer()
  let node = root
  for (;;) {
    if (tree.isText(node)) writer.add(tree.text(node))
    else if (enter(writer, tree.tagName(node))) {
      const first = tree.firstChild(node)
      if (first !== NONE) {
        node = first
        continue
      }
      exit(writer, tree.tagName(node))
    }
    // Up to the nearest ancestor with a next sibling, leaving each element on the way.
    for (;;) {
      if (node === root) return writer.result()
      const next = tree.nextSibling(node)
      if (next !== NONE) {
        node = next
        break
      }
      node = tree.parent(node)
      if (node === NONE) return writer.result()
      exit(writer, tree.tagName(node))
    }
  }
}
