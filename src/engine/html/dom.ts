/**
 * The light tree the extractor works on: elements with a lower-case tag, their attributes and
 * their children (elements or decoded text). No DOM, no live collections: the passes read and
 * detach nodes, and every walk here is iterative, so a deep page cannot overflow the stack.
 */

export interface Element {
  tag: string
  attrs: Map<string, string>
  children: Node[]
  parent: Element | null
}

export type Node = Element | string

export function isElement(node: Node): node is Element {
  return typeof node !== 'string'
}

export function createElement(
  tag: string,
  parent: Element | null,
  attrs: Map<string, string> = new Map(),
): Element {
  return { tag, attrs, children: [], parent }
}

export function attr(element: Element, name: string): string {
  return element.attrs.get(name) ?? ''
}

/** Class and id, lower-cased and joined: what the vocabulary of likely and unlikely names reads. */
export function classAndId(element: Element): string {
  const cls = element.attrs.get('class')
  const id = element.attrs.get('id')
  if (cls === undefined && id === undefined) return ''
  return `${cls ?? ''} ${id ?? ''}`.toLowerCase()
}

/** Every element under `root` (itself included) in document order, without recursion. */
export function* descendants(root: Element): Generator<Element> {
  const stack: Element[] = [root]
  while (stack.length > 0) {
    const element = stack.pop()
    if (!element) break
    yield element
    for (let index = element.children.length - 1; index >= 0; index--) {
      const child = element.children[index]
      if (child !== undefined && typeof child !== 'string') stack.push(child)
    }
  }
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

/** Detaches every element of `elements` from its parent, each parent's children filtered once. */
export function removeAll(elements: Iterable<Element>): void {
  const gone = new Set<Element>()
  const parents = new Set<Element>()
  for (const element of elements) {
    if (!element.parent) continue
    gone.add(element)
    parents.add(element.parent)
  }
  for (const parent of parents) {
    parent.children = parent.children.filter(
      (child) => typeof child === 'string' || !gone.has(child),
    )
  }
  for (const element of gone) element.parent = null
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
