/**
 * Text statistics of every element under a root, measured bottom-up in one walk: characters of
 * text (whitespace runs counted once), characters inside links, commas, and the counts the
 * clean-up pass weighs (paragraphs, images, list items, inputs, embeds, heading text). A pass
 * that removes an element calls `subtract` so its ancestors' figures stay right.
 *
 * Storage: the figures of all elements sit in one Int32Array, FIELDS numbers per element at the
 * element's number (dom.ts). Measuring a page of many small elements then allocates nothing per
 * element and looks nothing up in a map, and text is counted where it lies in the page.
 */
import { HEADING_TAGS } from './vocabulary'
import { NONE, type Element, type Tree } from './dom'

export const BLOCK_TAGS = new Set(
  'address article aside blockquote center details dialog dir div dl dd dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section table tbody thead tfoot tr td th ul'.split(
    ' ',
  ),
)

// Offsets of the figures in an element's slot; the first SUMMED are added up from the children.
const CHARS = 0
const LINK_CHARS = 1
const COMMAS = 2
const PARAGRAPHS = 3
const IMAGES = 4
const LIST_ITEMS = 5
const INPUTS = 6
const EMBEDS = 7
const HEADING_CHARS = 8
const SUMMED = 9
/** 1 when a block-level element is among its children (a div of text alone is a paragraph). */
const HAS_BLOCK_CHILD = 9
/** 1 once the element is measured: a later `measure` takes its figures as they are. */
const MEASURED = 10
const FIELDS = 11

/** Roles of a tag in close(): the field its elements count, or LINK or HEADING; 0 for none. */
const LINK = 16
const HEADING = 17
/** Set in a role when the tag is block-level. */
const BLOCK = 32

function roleOf(tag: string): number {
  const block = BLOCK_TAGS.has(tag) ? BLOCK : 0
  if (tag === 'a') return LINK | block
  if (tag === 'p') return PARAGRAPHS | block
  if (tag === 'img' || tag === 'picture') return IMAGES | block
  if (tag === 'li') return LIST_ITEMS | block
  if (tag === 'input' || tag === 'select' || tag === 'textarea' || tag === 'button')
    return INPUTS | block
  if (tag === 'iframe' || tag === 'embed' || tag === 'object' || tag === 'video')
    return EMBEDS | block
  if (HEADING_TAGS.has(tag)) return HEADING | block
  return block
}

/** The figures of the elements numbered below `size`; all zero until measured. */
export class Stats {
  private readonly data: Int32Array
  /** Tag roles by tag id (roleOf), filled on first sight. */
  private readonly roles: number[] = []

  constructor(
    readonly tree: Tree,
    size: number,
    data?: Int32Array,
  ) {
    this.data = data ?? new Int32Array(size * FIELDS)
  }

  /** A copy of the figures, for a retry to start from what was measured once. */
  copy(): Stats {
    return new Stats(this.tree, 0, this.data.slice())
  }

  /** Takes the figures of `other` (of the same tree), in place: no new memory for a retry. */
  copyFrom(other: Stats): void {
    this.data.set(other.data)
  }

  private read(element: Element, field: number): number {
    return this.data[element * FIELDS + field] ?? 0
  }

  chars(element: Element): number {
    return this.read(element, CHARS)
  }

  linkChars(element: Element): number {
    return this.read(element, LINK_CHARS)
  }

  commas(element: Element): number {
    return this.read(element, COMMAS)
  }

  paragraphs(element: Element): number {
    return this.read(element, PARAGRAPHS)
  }

  images(element: Element): number {
    return this.read(element, IMAGES)
  }

  listItems(element: Element): number {
    return this.read(element, LIST_ITEMS)
  }

  inputs(element: Element): number {
    return this.read(element, INPUTS)
  }

  embeds(element: Element): number {
    return this.read(element, EMBEDS)
  }

  headingChars(element: Element): number {
    return this.read(element, HEADING_CHARS)
  }

  hasBlockChild(element: Element): boolean {
    return this.read(element, HAS_BLOCK_CHILD) === 1
  }

  isMeasured(element: Element): boolean {
    return this.read(element, MEASURED) === 1
  }

  /** Share of the element's characters inside links, 0 to 1. */
  linkDensity(element: Element): number {
    const chars = this.chars(element)
    return chars === 0 ? 0 : Math.min(1, this.linkChars(element) / chars)
  }

  /** Adds a child element's figures to its parent's. */
  addChild(parent: Element, child: Element): void {
    const data = this.data
    const to = parent * FIELDS
    const from = child * FIELDS
    for (let field = 0; field < SUMMED; field++)
      data[to + field] = (data[to + field] ?? 0) + (data[from + field] ?? 0)
    if ((this.role(child) & BLOCK) !== 0) data[to + HAS_BLOCK_CHILD] = 1
  }

  /** Takes a removed element's figures from an ancestor's. */
  subtractFrom(ancestor: Element, gone: Element): void {
    const data = this.data
    const to = ancestor * FIELDS
    const from = gone * FIELDS
    for (let field = 0; field < SUMMED; field++)
      data[to + field] = (data[to + field] ?? 0) - (data[from + field] ?? 0)
  }

  /**
   * Adds the characters of the text node `text` (each whitespace run counted once) and its commas
   * to the element's figures, read where the text lies.
   */
  addText(element: Element, text: Element): void {
    const tree = this.tree
    const source = tree.isDecodedText(text) ? tree.decoded : tree.html
    const end = tree.textEnd(text)
    let chars = 0
    let commas = 0
    let inSpace = false
    for (let index = tree.textStart(text); index < end; index++) {
      const code = source.charCodeAt(index)
      // Printable ASCII, most of any page's text: a character, a comma or not, never a space.
      if (code > 32 && code < 127) {
        inSpace = false
        chars++
        if (code === 44) commas++
        continue
      }
      if (isSpaceCode(code)) {
        if (!inSpace) chars++
        inSpace = true
        continue
      }
      inSpace = false
      chars++
      if (code === 44 || code === 0xff0c || code === 0x3001) commas++
    }
    const slot = element * FIELDS
    this.data[slot + CHARS] = this.read(element, CHARS) + (chars === 1 && inSpace ? 0 : chars)
    this.data[slot + COMMAS] = this.read(element, COMMAS) + commas
  }

  /** Adds the figures an element's own tag gives, once its children's are in; marks it measured. */
  close(element: Element): void {
    const slot = element * FIELDS
    const data = this.data
    const role = this.role(element) & ~BLOCK
    if (role === LINK) data[slot + LINK_CHARS] = data[slot + CHARS] ?? 0
    else if (role === HEADING) data[slot + HEADING_CHARS] = data[slot + CHARS] ?? 0
    else if (role !== 0) data[slot + role] = (data[slot + role] ?? 0) + 1
    data[slot + MEASURED] = 1
  }

  /** The element's role (roleOf), worked out once per tag. */
  private role(element: Element): number {
    const id = this.tree.tagId(element)
    let role = this.roles[id]
    if (role === undefined) {
      role = roleOf(this.tree.tagName(element))
      this.roles[id] = role
    }
    return role
  }
}

function isSpaceCode(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 160 || (code >= 0x2000 && code <= 0x200a)
  )
}

/**
 * Measures every element under `root` (itself included) into `stats`, and returns the elements
 * it measured in document order (the scoring pass reads them: no second walk). Elements already
 * measured are taken as they are, subtree and all (the article root is measured from its parts'
 * figures).
 *
 * Method: one walk along the links; a text adds to its parent when it is passed, and an element,
 * complete when the walk leaves it, hands its figures to its parent.
 */
export function measure(root: Element, stats: Stats): Int32Array {
  const tree = stats.tree
  // At most every node of the tree: no array that grows element by element.
  const order = new Int32Array(tree.size)
  order[0] = root
  let count = 1
  let parent = root
  let node = tree.firstChild(root)
  while (node !== NONE) {
    if (tree.isText(node)) stats.addText(parent, node)
    else if (stats.isMeasured(node)) stats.addChild(parent, node)
    else {
      order[count++] = node
      const first = tree.firstChild(node)
      if (first !== NONE) {
        parent = node
        node = first
        continue
      }
      stats.close(node)
      stats.addChild(parent, node)
    }
    // On to the next sibling, leaving (and completing) each parent that has none.
    let next = tree.nextSibling(node)
    while (next === NONE && parent !== root) {
      stats.close(parent)
      node = parent
      parent = tree.parent(node)
      stats.addChild(parent, node)
      next = tree.nextSibling(node)
    }
    node = next
  }
  stats.close(root)
  return order.subarray(0, count)
}

/** Removes `element`'s figures from its ancestors up to `root` (its subtree is being removed). */
export function subtract(stats: Stats, element: Element, root: Element): void {
  if (!stats.isMeasured(element)) return
  const tree = stats.tree
  for (let ancestor = tree.parent(element); ancestor !== NONE; ancestor = tree.parent(ancestor)) {
    if (stats.isMeasured(ancestor)) stats.subtractFrom(ancestor, element)
    if (ancestor === root) break
  }
}
