/**
 * The article's lead (standfirst) when it sits outside the picked container: many pages print it
 * beside the headline, in the page header, and repeat it word for word as their meta description.
 *
 * Method: the outermost paragraph-like blocks (a `p`, or a `div` of inline content) are compared
 * with the description, whitespace collapsed; the first whose text is the description, or begins
 * with a description cut short by an ellipsis, is the lead. Blocks do not nest in this walk, so
 * each character is read once. A description shorter than MIN_LEAD_CHARS is a tagline, not a
 * lead.
 */
import { NONE, normaliseSpace, type Element, type Tree } from './dom'
import { BLOCK_TAGS } from './stats'

const MIN_LEAD_CHARS = 60
const CUT_SHORT = /\s*(\.\.\.|\u2026)$/

function isParagraph(tree: Tree, element: Element): boolean {
  const tag = tree.tagName(element)
  if (tag === 'p') return true
  if (tag !== 'div') return false
  for (let child = tree.firstChild(element); child !== NONE; child = tree.nextSibling(child))
    if (BLOCK_TAGS.has(tree.tagName(child))) return false
  return true
}

export function findLead(tree: Tree, body: Element, description: string | null): Element {
  if (!description) return NONE
  const wanted = normaliseSpace(description)
  if (wanted.length < MIN_LEAD_CHARS) return NONE
  const prefix = CUT_SHORT.test(wanted) ? wanted.replace(CUT_SHORT, '') : null
  for (const block of tree.outermost(body, (element) => isParagraph(tree, element))) {
    const text = normaliseSpace(tree.textContent(block))
    if (text === wanted || (prefix !== null && text.startsWith(prefix))) return block
  }
  return NONE
}

/** Whether `element` is one of `parts` or lies inside one. */
export function isWithin(tree: Tree, element: Element, parts: Element[]): boolean {
  const set = new Set(parts)
  for (let node = element; node !== NONE; node = tree.parent(node)) if (set.has(node)) return true
  return false
}
