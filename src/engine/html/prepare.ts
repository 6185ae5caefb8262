/**
 * The passes that run before scoring: what can never be article text goes first.
 * - dropInvisible: scripts, styles, templates, forms' controls, embedded media and every element
 *   hidden by `hidden`, `aria-hidden="true"` or an inline `display:none` / `visibility:hidden`.
 * - dropUnlikely: navigation, and containers whose role, class or id says "not content" (a
 *   sidebar, a comment thread, a cookie banner) unless they also say "content" (LIKELY), as
 *   Readability does. Skipped in the retry when this removed too much.
 */
import { attributeMask, type Element, type Tree } from './dom'
import type { Journal } from './journal'
import { LIKELY, NON_CONTENT_TAGS, UNLIKELY, UNLIKELY_ROLES } from './vocabulary'

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i

const HIDING = attributeMask('hidden', 'aria-hidden', 'style')
const NAMING = attributeMask('role', 'class', 'id')

export function isHidden(tree: Tree, element: Element): boolean {
  if (!tree.mayHave(element, HIDING)) return false
  if (tree.hasAttr(element, 'hidden')) return true
  if (tree.attr(element, 'aria-hidden') === 'true') return true
  const style = tree.attrValue(element, 'style')
  return style !== undefined && HIDDEN_STYLE.test(style)
}

export function dropInvisible(tree: Tree, root: Element): void {
  tree.removeAll(
    tree.outermost(
      root,
      (element) => NON_CONTENT_TAGS.has(tree.tagName(element)) || isHidden(tree, element),
    ),
  )
}

function isUnlikely(tree: Tree, element: Element): boolean {
  const tag = tree.tagName(element)
  if (tag === 'nav') return true
  if (tag === 'body' || tag === 'html' || tag === 'a' || tag === 'main' || tag === 'article')
    return false
  if (!tree.mayHave(element, NAMING)) return false
  const role = tree.attr(element, 'role')
  if (role && UNLIKELY_ROLES.has(role)) return true
  const names = tree.classAndId(element)
  return names !== '' && UNLIKELY.test(names) && !LIKELY.test(names)
}

/**
 * Removes the unlikely containers, in the journal, and returns them (their text is recorded as
 * furniture).
 */
export function dropUnlikely(tree: Tree, root: Element, journal: Journal): Element[] {
  const unlikely = tree.outermost(root, (element) => isUnlikely(tree, element))
  tree.removeAll(unlikely, journal)
  return unlikely
}
