/**
 * Text statistics of every element under a root, measured bottom-up in one post-order walk:
 * characters of text (whitespace runs counted once), characters inside links, commas, and the
 * counts the clean-up pass weighs (paragraphs, images, list items, inputs, embeds, heading text).
 * A pass that removes an element calls `subtract` so its ancestors' figures stay right.
 */
import { HEADING_TAGS } from './vocabulary'
import type { Element } from './dom'

export interface Stats {
  chars: number
  linkChars: number
  commas: number
  paragraphs: number
  images: number
  listItems: number
  inputs: number
  embeds: number
  headingChars: number
  /** Whether a block-level element is among its children (a div of text alone is a paragraph). */
  hasBlockChild: boolean
}

export const BLOCK_TAGS = new Set(
  'address article aside blockquote center details dialog dir div dl dd dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section table tbody thead tfoot tr td th ul'.split(
    ' ',
  ),
)

function zero(): Stats {
  return {
    chars: 0,
    linkChars: 0,
    commas: 0,
    paragraphs: 0,
    images: 0,
    listItems: 0,
    inputs: 0,
    embeds: 0,
    headingChars: 0,
    hasBlockChild: false,
  }
}

function isSpaceCode(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 160 || (code >= 0x2000 && code <= 0x200a)
  )
}

/**
 * Adds a text's characters (each whitespace run counted once) and commas to `own`, in place: no
 * object per text node.
 */
function addText(own: Stats, text: string): void {
  let chars = 0
  let commas = 0
  let inSpace = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (isSpaceCode(code)) {
      if (!inSpace) chars++
      inSpace = true
      continue
    }
    inSpace = false
    chars++
    if (code === 44 || code === 0xff0c || code === 0x3001) commas++
  }
  own.chars += chars === 1 && inSpace ? 0 : chars
  own.commas += commas
}

/** Adds the figures of a child element to its parent's. */
function addChild(own: Stats, sub: Stats, childTag: string): void {
  own.chars += sub.chars
  own.linkChars += sub.linkChars
  own.commas += sub.commas
  own.paragraphs += sub.paragraphs
  own.images += sub.images
  own.listItems += sub.listItems
  own.inputs += sub.inputs
  own.embeds += sub.embeds
  own.headingChars += sub.headingChars
  if (BLOCK_TAGS.has(childTag)) own.hasBlockChild = true
}

/** The figures an element's own tag adds, once its children's are in. */
function addTag(own: Stats, tag: string): void {
  if (tag === 'a') own.linkChars = own.chars
  else if (tag === 'p') own.paragraphs++
  else if (tag === 'img' || tag === 'picture') own.images++
  else if (tag === 'li') own.listItems++
  else if (tag === 'input' || tag === 'select' || tag === 'textarea' || tag === 'button')
    own.inputs++
  else if (tag === 'iframe' || tag === 'embed' || tag === 'object' || tag === 'video') own.embeds++
  else if (HEADING_TAGS.has(tag)) own.headingChars = own.chars
}

/**
 * The statistics of every element under `root`. Elements already in `known` are taken as
 * measured, subtree and all (the article root is measured from its parts' figures), and the
 * result is `known` with the new elements added.
 *
 * Each element's figures sit in an array beside the document order, with the position of its
 * parent; walked backwards, every element comes after its descendants and hands its figures to
 * its parent by position. No figures are looked up by element on the way: on a page of many
 * small elements, lookups in a large map are what the walk would spend its time on.
 */
export function measure(
  root: Element,
  known: Map<Element, Stats> = new Map(),
): Map<Element, Stats> {
  const order: Element[] = []
  const figures: Stats[] = []
  const parents: number[] = []
  const stack: Element[] = [root]
  const stackParents: number[] = [-1]
  while (stack.length > 0) {
    const element = stack.pop()
    const parent = stackParents.pop() ?? -1
    if (!element) break
    const position = order.length
    order.push(element)
    figures.push(zero())
    parents.push(parent)
    for (let index = element.children.length - 1; index >= 0; index--) {
      const child = element.children[index]
      if (child === undefined || typeof child === 'string') continue
      const sub = known.get(child)
      if (sub) {
        addChild(figures[position] ?? zero(), sub, child.tag)
        continue
      }
      stack.push(child)
      stackParents.push(position)
    }
  }
  for (let position = order.length - 1; position >= 0; position--) {
    const element = order[position]
    const own = figures[position]
    if (!element || !own) continue
    for (const child of element.children) if (typeof child === 'string') addText(own, child)
    addTag(own, element.tag)
    const parent = figures[parents[position] ?? -1]
    if (parent) addChild(parent, own, element.tag)
  }
  for (let position = 0; position < order.length; position++) {
    const element = order[position]
    const own = figures[position]
    if (element && own) known.set(element, own)
  }
  return known
}

/** Removes `element`'s figures from its ancestors up to `root` (its subtree is being removed). */
export function subtract(stats: Map<Element, Stats>, element: Element, root: Element): void {
  const gone = stats.get(element)
  if (!gone) return
  let ancestor = element.parent
  while (ancestor) {
    const figures = stats.get(ancestor)
    if (figures) {
      figures.chars -= gone.chars
      figures.linkChars -= gone.linkChars
      figures.commas -= gone.commas
      figures.paragraphs -= gone.paragraphs
      figures.images -= gone.images
      figures.listItems -= gone.listItems
      figures.inputs -= gone.inputs
      figures.embeds -= gone.embeds
      figures.headingChars -= gone.headingChars
    }
    if (ancestor === root) break
    ancestor = ancestor.parent
  }
}

export function linkDensity(stats: Stats | undefined): number {
  if (!stats || stats.chars === 0) return 0
  return Math.min(1, stats.linkChars / stats.chars)
}
