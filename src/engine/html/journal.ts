/**
 * A journal of the changes the content passes make to a tree, so that a retry can undo them
 * instead of parsing the page again.
 *
 * Method: after parsing, the passes change a tree in two ways only, both through this journal:
 * an element's children list is replaced by a new one (dom.ts removeAll), and an element gets a
 * new parent (detached, or moved under the article root). Each change records the value it
 * replaced; `undo` puts them back, newest first, in time linear in the number of changes.
 */
import type { Element, Node } from './dom'

export class Journal {
  private readonly children: [Element, Node[]][] = []
  private readonly parents: [Element, Element | null][] = []

  setChildren(element: Element, children: Node[]): void {
    this.children.push([element, element.children])
    element.children = children
  }

  setParent(element: Element, parent: Element | null): void {
    this.parents.push([element, element.parent])
    element.parent = parent
  }

  /** Restores every recorded change and empties the journal. */
  undo(): void {
    for (let index = this.children.length - 1; index >= 0; index--) {
      const entry = this.children[index]
      if (entry) entry[0].children = entry[1]
    }
    for (let index = this.parents.length - 1; index >= 0; index--) {
      const entry = this.parents[index]
      if (entry) entry[0].parent = entry[1]
    }
    this.children.length = 0
    this.parents.length = 0
  }
}
