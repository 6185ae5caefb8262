/**
 * The flat tree the extractor works on. Nodes (elements and text) are numbers, given in parse
 * order; what a DOM keeps in an object per node sits here in typed arrays indexed by that number:
 * the tag, the parent, first and last child, next and previous sibling, and a range of the source
 * (a text's characters, an element's attribute text). No DOM, no object, array or string per node:
 * on a page of 80,000 small elements, the garbage collector copying such a tree was most of the
 * cost. Strings are made only when a pass asks for one (an attribute's value, a block's text).
 *
 * Walks follow the links (first child, next sibling, parent), so they need no stack and a deep
 * page cannot overflow anything. The passes change the tree only by detaching and appending
 * nodes, through `detach` and `append`, which record the links they overwrite in a journal
 * (journal.ts) when given one, so that a retry can undo them.
 */
import { decodeCharacterReferences } from './character-references'
import type { Journal } from './journal'
import type { TagTable } from './tags'

/** A node of the tree: its number. */
export type Element = number
/** No node (a missing parent, child or sibling). */
export const NONE = -1
/** Tag values of text nodes: characters of the page itself, or of the decoded-text store. */
export const TEXT_IN_SOURCE = -1
export const TEXT_DECODED = -2

/**
 * A node's fields, STRIDE numbers per node in one Int32Array: its tag (a tag id, tags.ts, or
 * TEXT_IN_SOURCE / TEXT_DECODED), its links, the range of its source it stands for (a text's
 * characters; an element's attribute text, start = end when it has none) and, for an element,
 * a mask of its attribute names (attributeBit), so that most lookups of an attribute the element
 * does not have read nothing.
 */
const TAG = 0
export const PARENT = 1
export const FIRST = 2
export const LAST = 3
export const NEXT = 4
export const PREVIOUS = 5
const START = 6
const END = 7
const NAMES = 8
const STRIDE = 9
/** What a `scan` does after visiting an element. */
export const SCAN_INTO = 0
export const SCAN_PAST = 1
export const SCAN_STOP = 2
export type ScanStep = typeof SCAN_INTO | typeof SCAN_PAST | typeof SCAN_STOP
export type Link = typeof PARENT | typeof FIRST | typeof LAST | typeof NEXT | typeof PREVIOUS

/** The bit of an attribute name (lower-case first letter and length) in an element's mask. */
function nameBit(first: number, length: number): number {
  return 1 << ((first * 7 + length) & 31)
}

/** The mask of attribute names (lower-case): an element with none of them has a mask without these bits. */
export function attributeMask(...names: string[]): number {
  let mask = 0
  for (const name of names) mask |= nameBit(name.charCodeAt(0), name.length)
  return mask
}

/** The mask bit of the attribute name the page holds from `start` to `end`. */
export function attributeBit(html: string, start: number, end: number): number {
  const code = html.charCodeAt(start)
  return nameBit(code >= 65 && code <= 90 ? code + 32 : code, end - start)
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13
}

/**
 * Reads the attributes of a tag one by one, from just after its name to its `>`: each `next()`
 * sets the bounds of a name and its value (valueStart < 0 when it has none); `end` is then where
 * the tag ends (after its `>`, or the end of the input). The tree builder reads each tag with it
 * once, to find its end; attribute lookups read the same text again the same way, so both see the
 * same attributes. One cursor serves a whole parse: no object or closure per tag.
 */
export class AttributeCursor {
  nameStart = 0
  nameEnd = 0
  valueStart = -1
  valueEnd = -1
  /** Where the tag ends, once `next()` has returned false. */
  end = 0
  selfClosing = false
  private index = 0

  constructor(private readonly html: string) {}

  reset(start: number): void {
    this.index = start
    this.selfClosing = false
    this.end = this.html.length
  }

  /** Reads the next attribute; false at the end of the tag. */
  next(): boolean {
    const html = this.html
    let index = this.index
    let selfClosing = false
    while (index < html.length) {
      let code = html.charCodeAt(index)
      if (code === 62) {
        this.selfClosing = selfClosing
        this.end = index + 1
        this.index = index + 1
        return false
      }
      if (isSpace(code) || code === 47) {
        selfClosing = code === 47
        index++
        continue
      }
      this.nameStart = index
      index++
      while (index < html.length) {
        code = html.charCodeAt(index)
        if (isSpace(code) || code === 47 || code === 62 || code === 61) break
        index++
      }
      this.nameEnd = index
      while (index < html.length && isSpace(html.charCodeAt(index))) index++
      this.valueStart = -1
      this.valueEnd = -1
      if (html.charCodeAt(index) === 61) {
        index++
        while (index < html.length && isSpace(html.charCodeAt(index))) index++
        const quote = html.charCodeAt(index)
        if (quote === 34 || quote === 39) {
          const close = html.indexOf(quote === 34 ? '"' : "'", index + 1)
          this.valueEnd = close < 0 ? html.length : close
          this.valueStart = index + 1
          index = this.valueEnd + 1
        } else {
          this.valueStart = index
          while (index < html.length) {
            code = html.charCodeAt(index)
            if (isSpace(code) || code === 62) break
            index++
          }
          this.valueEnd = index
        }
      }
      this.index = index
      return true
    }
    this.selfClosing = selfClosing
    this.end = html.length
    this.index = html.length
    return false
  }
}

/** Whether `html` from `start` to `end` is `name` (lower-case), ignoring ASCII case. */
function isName(html: string, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false
  for (let index = 0; index < name.length; index++) {
    let code = html.charCodeAt(start + index)
    if (code >= 65 && code <= 90) code += 32
    if (code !== name.charCodeAt(index)) return false
  }
  return true
}

export class Tree {
  /** The number of nodes: each node is a number below it. */
  size = 0
  /** The fields of every node (see STRIDE). */
  private data: Int32Array
  /** Decoded text (text with character references), its nodes' ranges index it. */
  decoded = ''
  /** Attributes a second html, head or body added to the first (rare): their tags' ranges. */
  private readonly extraAttributes = new Map<Element, number[]>()
  private readonly cursor: AttributeCursor

  constructor(
    readonly html: string,
    readonly tags: TagTable,
    capacity: number,
  ) {
    this.cursor = new AttributeCursor(html)
    this.data = new Int32Array(capacity * STRIDE)
  }

  private field(node: Element, field: number): number {
    return this.data[node * STRIDE + field] ?? 0
  }

  /** A new node, linked to nothing yet; `names` is its mask of attribute names. */
  add(tag: number, start: number, end: number, names = 0): Element {
    if ((this.size + 1) * STRIDE > this.data.length) {
      const bigger = new Int32Array(this.data.length * 2 + STRIDE * 16)
      bigger.set(this.data)
      this.data = bigger
    }
    const node = this.size++
    const slot = node * STRIDE
    const data = this.data
    data[slot + TAG] = tag
    data[slot + PARENT] = NONE
    data[slot + FIRST] = NONE
    data[slot + LAST] = NONE
    data[slot + NEXT] = NONE
    data[slot + PREVIOUS] = NONE
    data[slot + START] = start
    data[slot + END] = end
    data[slot + NAMES] = names
    return node
  }

  link(link: Link, node: Element): Element {
    return this.data[node * STRIDE + link] ?? NONE
  }

  parent(node: Element): Element {
    return this.data[node * STRIDE + PARENT] ?? NONE
  }

  firstChild(node: Element): Element {
    return this.data[node * STRIDE + FIRST] ?? NONE
  }

  lastChild(node: Element): Element {
    return this.data[node * STRIDE + LAST] ?? NONE
  }

  nextSibling(node: Element): Element {
    return this.data[node * STRIDE + NEXT] ?? NONE
  }

  /** Sets a link, recording the value it replaces when there is a journal. */
  setLink(link: Link, node: Element, value: Element, journal?: Journal): void {
    const slot = node * STRIDE + link
    if (journal) journal.record(link, node, this.data[slot] ?? NONE)
    this.data[slot] = value
  }

  isText(node: Element): boolean {
    return (this.data[node * STRIDE + TAG] ?? 0) < 0
  }

  /** The tag's id (tags.ts), negative for text. */
  tagId(node: Element): number {
    return this.field(node, TAG)
  }

  /** The tag's name (lower-case, shared by every element of that tag); '' for text. */
  tagName(node: Element): string {
    const tag = this.field(node, TAG)
    return tag < 0 ? '' : this.tags.name(tag)
  }

  /** The text of a text node (the builder may extend or move it while parsing). */
  text(node: Element): string {
    const source = this.isDecodedText(node) ? this.decoded : this.html
    return source.slice(this.field(node, START), this.field(node, END))
  }

  textStart(node: Element): number {
    return this.field(node, START)
  }

  textEnd(node: Element): number {
    return this.field(node, END)
  }

  /** Sets a text node's range, in the page or (`decoded`) in the decoded-text store. */
  setText(node: Element, start: number, end: number, decoded: boolean): void {
    const slot = node * STRIDE
    this.data[slot + TAG] = decoded ? TEXT_DECODED : TEXT_IN_SOURCE
    this.data[slot + START] = start
    this.data[slot + END] = end
  }

  isDecodedText(node: Element): boolean {
    return this.field(node, TAG) === TEXT_DECODED
  }

  /**
   * Gives the element the attributes of another tag too (read from `start`, with the mask
   * `names`), after its own: a second body tag.
   */
  addAttributes(node: Element, start: number, names: number): void {
    const list = this.extraAttributes.get(node) ?? []
    list.push(start)
    this.extraAttributes.set(node, list)
    this.data[node * STRIDE + NAMES] = this.field(node, NAMES) | names
  }

  /** The value of the attribute `name` (lower-case), or undefined when the element has none. */
  attrValue(node: Element, name: string): string | undefined {
    if ((this.field(node, NAMES) & nameBit(name.charCodeAt(0), name.length)) === 0) return undefined
    const start = this.field(node, START)
    if (start !== this.field(node, END)) {
      const value = this.attributeIn(start, name)
      if (value !== undefined) return value
    }
    for (const start of this.extraAttributes.get(node) ?? []) {
      const value = this.attributeIn(start, name)
      if (value !== undefined) return value
    }
    return undefined
  }

  /** The first value of `name` among the attributes of the tag read from `start`. */
  private attributeIn(start: number, name: string): string | undefined {
    const cursor = this.cursor
    const html = this.html
    cursor.reset(start)
    while (cursor.next()) {
      if (!isName(html, cursor.nameStart, cursor.nameEnd, name)) continue
      if (cursor.valueStart < 0) return ''
      return decodeCharacterReferences(html.slice(cursor.valueStart, cursor.valueEnd), true)
    }
    return undefined
  }

  /** The value of the attribute `name`, or '' when the element has none. */
  attr(node: Element, name: string): string {
    return this.attrValue(node, name) ?? ''
  }

  hasAttr(node: Element, name: string): boolean {
    return this.attrValue(node, name) !== undefined
  }

  /** Whether the element may have one of the attributes of `mask` (attributeMask): false is sure. */
  mayHave(node: Element, mask: number): boolean {
    return (this.field(node, NAMES) & mask) !== 0
  }

  /** Whether the element has any attribute. */
  hasAttributes(node: Element): boolean {
    return !this.isText(node) && this.field(node, NAMES) !== 0
  }

  /** Class and id, lower-cased and joined: what the vocabulary of likely and unlikely names reads. */
  classAndId(node: Element): string {
    if (!this.hasAttributes(node)) return ''
    const cls = this.attrValue(node, 'class')
    const id = this.attrValue(node, 'id')
    if (cls === undefined && id === undefined) return ''
    return `${cls ?? ''} ${id ?? ''}`.toLowerCase()
  }

  /**
   * The element after `node` in document order under `root`, skipping `node`'s descendants
   * unless `descend`; NONE at the end of `root`. Text nodes are passed over.
   */
  following(node: Element, root: Element, descend: boolean): Element {
    if (descend) {
      const child = this.elementFrom(this.firstChild(node))
      if (child !== NONE) return child
    }
    for (let at = node; at !== root && at !== NONE; at = this.parent(at)) {
      const sibling = this.elementFrom(this.nextSibling(at))
      if (sibling !== NONE) return sibling
    }
    return NONE
  }

  /** The first element among `node` and its following siblings. */
  private elementFrom(node: Element): Element {
    let at = node
    while (at !== NONE && this.isText(at)) at = this.nextSibling(at)
    return at
  }

  /**
   * Calls `visit` on every element under `root` (itself included) in document order, until it
   * returns true; returns the element it stopped at, or NONE.
   */
  walk(root: Element, visit: (node: Element) => boolean): Element {
    for (let node = root; node !== NONE; node = this.following(node, root, true))
      if (visit(node)) return node
    return NONE
  }

  /** The last node of `node`'s subtree in document order (`node` when it has no children). */
  lastDescendant(node: Element): Element {
    let at = node
    for (let last = this.lastChild(at); last !== NONE; last = this.lastChild(at)) at = last
    return at
  }

  /**
   * Calls `visit` on the elements under `root` (itself included) in document order, as `walk`
   * does, but along the nodes' numbers rather than the links: while no pass has moved a node (the
   * passes before scoring only detach, and a retry's journal puts back what the others did),
   * document order is parse order, and a subtree is a run of numbers. A detached subtree is
   * passed over; `visit` answers SCAN_INTO to go on into the element, SCAN_PAST to pass over its
   * subtree, SCAN_STOP to end the scan.
   */
  scan(root: Element, visit: (node: Element) => ScanStep): void {
    const end = this.lastDescendant(root)
    let node = root
    while (node <= end) {
      if (this.isText(node)) {
        node++
        continue
      }
      if (node !== root && this.parent(node) === NONE) {
        node = this.lastDescendant(node) + 1
        continue
      }
      const step = visit(node)
      if (step === SCAN_STOP) return
      node = step === SCAN_PAST ? this.lastDescendant(node) + 1 : node + 1
    }
  }

  /** Every element under `root` (itself included) in document order. */
  elementsOf(root: Element): Element[] {
    const list: Element[] = []
    for (let node = root; node !== NONE; node = this.following(node, root, true)) list.push(node)
    return list
  }

  /** The element children of `node`. */
  childElements(node: Element): Element[] {
    const list: Element[] = []
    for (let child = this.firstChild(node); child !== NONE; child = this.nextSibling(child))
      if (!this.isText(child)) list.push(child)
    return list
  }

  /** Calls `visit` on every text node under `root`, in document order, until it returns true. */
  eachText(root: Element, visit: (node: Element) => boolean): void {
    let node = this.firstChild(root)
    if (node === NONE) return
    for (;;) {
      if (this.isText(node)) {
        if (visit(node)) return
      } else {
        const first = this.firstChild(node)
        if (first !== NONE) {
          node = first
          continue
        }
      }
      let next = this.nextSibling(node)
      while (next === NONE) {
        node = this.parent(node)
        if (node === root || node === NONE) return
        next = this.nextSibling(node)
      }
      node = next
    }
  }

  /** The text under `root`, raw (whitespace as written). */
  textContent(root: Element): string {
    if (this.isText(root)) return this.text(root)
    const parts: string[] = []
    this.eachText(root, (node) => {
      parts.push(this.text(node))
      return false
    })
    return parts.join('')
  }

  /**
   * The outermost elements under `root` (root excluded) for which `matches` holds: a match's
   * subtree is not visited, so each element is looked at once. A `scan`: only while no node has
   * been moved.
   */
  outermost(root: Element, matches: (node: Element) => boolean): Element[] {
    const found: Element[] = []
    this.scan(root, (node) => {
      if (node === root || !matches(node)) return SCAN_INTO
      found.push(node)
      return SCAN_PAST
    })
    return found
  }

  /** Detaches `node` from its parent (nothing when it has none). */
  detach(node: Element, journal?: Journal): void {
    const parent = this.parent(node)
    if (parent === NONE) return
    const previous = this.link(PREVIOUS, node)
    const next = this.nextSibling(node)
    if (previous === NONE) this.setLink(FIRST, parent, next, journal)
    else this.setLink(NEXT, previous, next, journal)
    if (next === NONE) this.setLink(LAST, parent, previous, journal)
    else this.setLink(PREVIOUS, next, previous, journal)
    this.setLink(PARENT, node, NONE, journal)
    this.setLink(NEXT, node, NONE, journal)
    this.setLink(PREVIOUS, node, NONE, journal)
  }

  /** Makes `node` (detached) the last child of `parent`. */
  append(parent: Element, node: Element, journal?: Journal): void {
    const last = this.lastChild(parent)
    this.setLink(PARENT, node, parent, journal)
    this.setLink(PREVIOUS, node, last, journal)
    if (last === NONE) this.setLink(FIRST, parent, node, journal)
    else this.setLink(NEXT, last, node, journal)
    this.setLink(LAST, parent, node, journal)
  }

  /** Detaches every element of `nodes`. */
  removeAll(nodes: Iterable<Element>, journal?: Journal): void {
    for (const node of nodes) this.detach(node, journal)
  }
}

/** Whitespace collapsed to single spaces and trimmed (NBSP included). */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
