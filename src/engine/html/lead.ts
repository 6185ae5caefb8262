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
import { normaliseSpace, outermost, textContent, type Element } from './dom'
import { BLOCK_TAGS } from './stats'

const MIN_LEAD_CHARS = 60
const CUT_SHORT = /\s*(\.\.\.|…)$/

function isParagraph(element: Element): boolean {
  if (element.tag === 'p') return true
  return (
    element.tag === 'div' &&
    !element.children.some((child) => typeof child !== 'string' && BLOCK_TAGS.has(child.tag))
  )
}

export function findLead(body: Element, description: string | null): Element | null {
  if (!description) return null
  const wanted = normaliseSpace(description)
  if (wanted.length < MIN_LEAD_CHARS) return null
  const prefix = CUT_SHORT.test(wanted) ? wanted.replace(CUT_SHORT, '') : null
  for (const block of outermost(body, isParagraph)) {
    const text = normaliseSpace(textContent(block))
    if (text === wanted || (prefix !== null && text.startsWith(prefix))) return block
  }
  return null
}

/** Whether `element` is one of `parts` or lies inside one. */
export function isWithin(element: Element, parts: Element[]): boolean {
  const set = new Set(parts)
  for (let node: Element | null = element; node; node = node.parent) if (set.has(node)) return true
  return false
}
