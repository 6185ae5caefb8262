/**
 * The passes that run before scoring: what can never be article text goes first.
 * - dropInvisible: scripts, styles, templates, forms' controls, embedded media and every element
 *   hidden by `hidden`, `aria-hidden="true"` or an inline `display:none` / `visibility:hidden`.
 * - dropUnlikely: navigation, and containers whose role, class or id says "not content" (a
 *   sidebar, a comment thread, a cookie banner) unless they also say "content" (LIKELY), as
 *   Readability does. Skipped in the retry when this removed too much.
 */
import { attr, attrValue, classAndId, hasAttr, outermost, removeAll, type Element } from './dom'
import type { Journal } from './journal'
import { LIKELY, NON_CONTENT_TAGS, UNLIKELY, UNLIKELY_ROLES } from './vocabulary'

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i

export function isHidden(element: Element): boolean {
  if (element.attrs.length === 0) return false
  if (hasAttr(element, 'hidden')) return true
  if (attr(element, 'aria-hidden') === 'true') return true
  const style = attrValue(element, 'style')
  return style !== undefined && HIDDEN_STYLE.test(style)
}

export function dropInvisible(root: Element): void {
  removeAll(outermost(root, (element) => NON_CONTENT_TAGS.has(element.tag) || isHidden(element)))
}

function isUnlikely(element: Element): boolean {
  const tag = element.tag
  if (tag === 'nav') return true
  if (tag === 'body' || tag === 'html' || tag === 'a' || tag === 'main' || tag === 'article')
    return false
  const role = attr(element, 'role')
  if (role && UNLIKELY_ROLES.has(role)) return true
  const names = classAndId(element)
  return names !== '' && UNLIKELY.test(names) && !LIKELY.test(names)
}

/**
 * Removes the unlikely containers, in the journal, and returns them (their text is recorded as
 * furniture).
 */
export function dropUnlikely(root: Element, journal: Journal): Element[] {
  const unlikely = outermost(root, isUnlikely)
  removeAll(unlikely, journal)
  return unlikely
}
