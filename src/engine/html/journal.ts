/**
 * A journal of the changes the content passes make to a tree, so that a retry can undo them
 * instead of parsing the page again.
 *
 * Method: after parsing, the passes change a tree only by detaching and appending nodes, and
 * both only set links (dom.ts `setLink`: parent, first and last child, next and previous
 * sibling). Each set records the link, the node and the value it replaced, three numbers in one
 * flat list; `undo` puts them back, newest first, in time linear in the number of changes.
 */
import type { Link, Tree } from './dom'

export class Journal {
  private readonly entries: number[] = []

  record(link: Link, node: number, previous: number): void {
    this.entries.push(link, node, previous)
  }

  /** Restores every recorded change and empties the journal. */
  undo(tree: Tree): void {
    const entries = this.entries
    for (let index = entries.length - 3; index >= 0; index -= 3) {
      tree.setLink((entries[index] ?? 0) as Link, entries[index + 1] ?? 0, entries[index + 2] ?? 0)
    }
    entries.length = 0
  }
}
