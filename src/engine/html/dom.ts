/**
 * The light tree the extractor works on: elements with a lower-case tag, their attributes and
 * their children (elements or decoded text). No DOM, no live collections: the passes read and
 * detach nodes, and every walk here is iterative, so a deep page cannot overflow the stack.
 */
import type { Journal } from './journal'

export interface Element {
  tag: string
  /**
   * Attribute names (lower-case, each once) at even indices, their values after them: a flat
   * list costs a fraction of a map, and elements have few attributes. Read-only: elements
   * without attributes share one empty list.
   */
  attrs: readonly string[]
  children: Node[]
  parent: Element | null
  /**
   * The element's number, unique in its page (given in parse order): where per-element figures
   * are kept in arrays (stats.ts) instead of a map.
   */
  index: number
}

export type Node = Element | string

export function isElement(node: Node): node is Element {
  return typeof node !== 'string'
}

/** The attributes of every element that has none (read-only, so sharing it is safe). */
export const NO_ATTRIBUTES: readonly string[] = []

export function createElement(
  tag: string,
  index: number,
  parent: Element | null,
  attrs: readonly string[] = NO_ATTRIBUTES,
): Element {
  return { tag, attrs, children: [], parent, index }
}

/** The value of the attribute `name`, or undefined when the element has none. */
export function attrValue(element: Element, name: string): string | undefined {
  const attrs = element.attrs
  for (let index = 0; index < attrs.length; index += 2) {
    if (attrs[index] === name) return attrs[index + 1]
  }
  return undefined
}

/** The value of the attribute `name`, or '' when the element has none. */
export function attr(element: Element, name: string): string {
  return attrValue(element, name) ?? ''
}

export function hasAttr(element: Element, name: string): boolean {
  return attrValue(element, name) !== undefined
}

/** Class and id, lower-cased and joined: what the vocabulary of likely and unlikely names reads. */
export function classAndId(element: Element): string {
  if (element.attrs.length === 0) return ''
  const cls = attrValue(element, 'class')
  const id = attrValue(element, 'id')
  if (cls === undefined && id === undefined) return ''
  return `${cls ?? ''} ${id ?? ''}`.toLowerCase()
}

/**
 * Calls `visit` on every element under `root` (itself included) in document order, until it
 * returns true; returns the element it stopped at, or null. An explicit stack, not recursion (a
 * deep page cannot overflow the call stack), and not a generator (an object per element).
 */
export function walk(root: Element, visit: (element: Element) => boolean): Element | null {
  const stack: Element[] = [root]
  while (stack.length > 0) {
    const element = stack.pop()
    if (!element) break
    if (visit(element)) return element
    const children = element.children
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index]
      if (child !== undefined && typeof child !== 'string') stack.push(child)
    }
  }
  return null
}

/**
 * Every element under `root` (itself included) in document order, as an array: for the passes
 * that read them all, a plain loop allocates less than the generator above.
 */
export function elementsOf(root: Element): Element[] {
  const list: Element[] = []
  const stack: Element[] = [root]
  while (stack.length > 0) {
    const element = stack.pop()
    if (!element) break
    list.push(element)
    for (let index = element.children.length - 1; index >= 0; index--) {
      const child = element.children[index]
      if (child !== undefined && typeof child !== 'string') stack.push(child)
    }
  }
  return list
}

/** The text under `root`, raw (whitespace as written). */
export function textContent(root: Element): string {
  const parts: string[] = []
  const stack: Node[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()
    if (node === undefined) break
    if (typeof node === 'string') {
      parts.push(node)
      continue
    }
    for (let index = node.children.length - 1; index >= 0; index--) {
      const child = node.children[index]
      if (child !== undefined) stack.push(child)
    }
  }
  return parts.join('')
}

/** Whitespace collapsed to single spaces and trimmed (NBSP included). */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * Detaches every element of `elements` from its parent, each parent's children filtered once;
 * with a journal, so that the detachment can be undone.
 */
export function removeAll(elements: Iterable<Element>, journal?: Journal): void {
  const gone = new Set<Element>()
  const parents = new Set<Element>()
  for (const element of elements) {
    if (!element.parent) continue
    gone.add(element)
    parents.add(element.parent)
  }
  for (const parent of parents) {
    const kept = parent.children.filter((child) => typeof child === 'string' || !gone.has(child))
    if (journal) journal.setChildren(parent, kept)
    else parent.children = kept
  }
  for (const element of gone) {
    if (journal) journal.setParent(element, null)
    else element.parent = null
  }
}

export function childElements(element: Element): Element[] {
  return element.children.filter(isElement)
}

/**
 * The outermost elements under `root` (root excluded) for which `matches` holds: a match's
 * subtree is not visited, so each element is looked at once.
 */
export function outermost(root: Element, matches: (element: Element) => boolean): Element[] {
  const found: Element[] = []
  const stack: Element[] = [...childElements(root)].reverse()
  while (stack.length > 0) {
    const element = stack.pop()
    if (!element) break
    if (matches(element)) {
      found.push(element)
      continue
    }
    for (let index = element.children.length - 1; index >= 0; index--) {
      const child = element.children[index]
      if (child !== undefined && typeof child !== 'string') stack.push(child)
    }
  }
  return found
}
