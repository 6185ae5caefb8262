/**
 * The clean-up passes inside the picked article, each recording what it removed and as which
 * kind of furniture (TextStructure.removed), so the analysis can recognise the same words if they
 * reappear in the text.
 * - dropFurniture: figures, navs, asides, forms by tag; share bars, related links, comments,
 *   prompts, captions, credits, bylines and author boxes by class, id or role (FURNITURE_CLASSES);
 *   short blocks whose whole text says what they are (FURNITURE_TEXTS: "Share this article",
 *   "3 of 12", "Photo: …", "Advertisement"). An element holding most of the article is never
 *   furniture, whatever its class says.
 * - cleanConditionally: after Readability, containers that read as link lists, image galleries or
 *   forms rather than prose (link density against class weight, more list items than paragraphs,
 *   more images than paragraphs, inputs, embeds) unless they hold many commas (prose).
 * - dropTitleHeading: a heading that repeats the title.
 */
import type { FurnitureKind } from '../types'
import { NONE, normaliseSpace, type Element, type Tree } from './dom'
import type { Journal } from './journal'
import { classWeight } from './score'
import { BLOCK_TAGS, subtract, type Stats } from './stats'
import {
  FURNITURE_CLASSES,
  FURNITURE_TAGS,
  FURNITURE_TEXTS,
  HEADING_TAGS,
  MAX_FURNITURE_TEXT,
} from './vocabulary'
import { propertyPattern } from '../text/patterns'

const NOT_WORD_OR_SPACE = propertyPattern(String.raw`[^\p{L}\p{N} ]`, 'g')

export interface Removed {
  kind: FurnitureKind
  text: string
}

/** Bounds on what is recorded: a hostile page must not make the answer huge. */
const MAX_RECORDED = 200
const MAX_RECORDED_TEXT = 300
/** Share of the article's characters above which an element is content, whatever its class. */
const MAX_FURNITURE_SHARE = 0.5
const CONDITIONAL_TAGS = new Set([
  'table',
  'ul',
  'ol',
  'dl',
  'div',
  'section',
  'fieldset',
  'header',
  'aside',
])
/** Inline elements (a gallery counter in a span) are judged by their text only when this short. */
const MAX_INLINE_FURNITURE_TEXT = 40
const LIST_ITEM_TAGS = new Set(['li', 'dt', 'dd', 'td', 'th', 'tr'])
/** Share of a short block's text in links that makes it a link line. */
const LINK_LINE_DENSITY = 0.6
/** Prose has commas: containers with this many are kept. */
const PROSE_COMMAS = 10

export interface Article {
  tree: Tree
  root: Element
  stats: Stats
  removed: Removed[]
  /** Where the removals are recorded, to be undone before a retry. */
  journal: Journal
}

function drop(article: Article, found: [Element, FurnitureKind | null][]): void {
  for (const [element, kind] of found) {
    subtract(article.stats, element, article.root)
    if (kind) record(article.tree, article.removed, element, kind)
  }
  article.tree.removeAll(
    found.map(([element]) => element),
    article.journal,
  )
}

function record(tree: Tree, removed: Removed[], element: Element, kind: FurnitureKind): void {
  if (removed.length >= MAX_RECORDED) return
  const text = normaliseSpace(tree.textContent(element)).slice(0, MAX_RECORDED_TEXT)
  if (text.length > 0) removed.push({ kind, text })
}

function classKind(tree: Tree, element: Element, stats?: Stats): FurnitureKind | null {
  if (!tree.hasAttributes(element)) return null
  const role = tree.attr(element, 'role')
  if (role === 'navigation') return 'navigation'
  const names = tree.classAndId(element)
  if (names === '') return null
  for (const [kind, pattern] of FURNITURE_CLASSES) {
    if (!pattern.test(names)) continue
    // Related stories link to them; a "teaser" without a link is the article's own lead.
    if (kind === 'related' && stats && stats.chars(element) > 0 && stats.linkChars(element) === 0)
      return null
    return kind
  }
  return null
}

function textKind(element: Element, stats: Stats): FurnitureKind | null {
  const tree = stats.tree
  const tag = tree.tagName(element)
  const block = BLOCK_TAGS.has(tag)
  if (
    stats.hasBlockChild(element) ||
    stats.chars(element) > (block ? MAX_FURNITURE_TEXT : MAX_INLINE_FURNITURE_TEXT)
  )
    return null
  // A short block that is mostly a link, outside a list: a "Read more: <headline>" line.
  if (block && !LIST_ITEM_TAGS.has(tag) && stats.linkDensity(element) >= LINK_LINE_DENSITY)
    return 'related'
  const text = normaliseSpace(tree.textContent(element))
  for (const [kind, pattern] of FURNITURE_TEXTS) if (pattern.test(text)) return kind
  return null
}

/** Records what a pass outside the article removed (navigation, sidebars, comment threads). */
export function recordRemoved(tree: Tree, removed: Removed[], elements: Element[]): void {
  for (const element of elements) {
    if (removed.length >= MAX_RECORDED) return
    const tag = tree.tagName(element)
    const kind = tag === 'nav' ? 'navigation' : (FURNITURE_TAGS[tag] ?? classKind(tree, element))
    record(tree, removed, element, kind ?? 'chrome')
  }
}

export function dropFurniture(article: Article): void {
  const { stats, tree, root } = article
  const total = stats.chars(root)
  const found: [Element, FurnitureKind | null][] = []
  let element = root
  while (element !== NONE) {
    let kind: FurnitureKind | null = null
    if (element !== root && stats.isMeasured(element)) {
      const tag = tree.tagName(element)
      kind =
        tag === 'figure' || tag === 'picture'
          ? 'caption'
          : stats.chars(element) <= total * MAX_FURNITURE_SHARE
            ? (FURNITURE_TAGS[tag] ?? classKind(tree, element, stats) ?? textKind(element, stats))
            : null
      if (kind) found.push([element, kind])
    }
    element = tree.following(element, root, kind === null)
  }
  // Recorded last first, as the removed list has always been ordered.
  drop(article, found.reverse())
}

function isDataTable(tree: Tree, table: Element): boolean {
  if (tree.attr(table, 'role') === 'presentation') return false
  if (tree.hasAttr(table, 'summary')) return true
  // The first header cell, caption or head decides, unless a nested table comes first.
  const decisive = tree.walk(table, (element) => {
    const tag = tree.tagName(element)
    return (
      tag === 'th' || tag === 'caption' || tag === 'thead' || (tag === 'table' && element !== table)
    )
  })
  return decisive !== NONE && tree.tagName(decisive) !== 'table'
}

function shouldRemove(element: Element, stats: Stats, insideList: boolean): boolean {
  const tree = stats.tree
  const weight = classWeight(tree, element)
  if (weight < 0) return true
  if (stats.commas(element) >= PROSE_COMMAS) return false
  const tag = tree.tagName(element)
  const isList = tag === 'ul' || tag === 'ol' || insideList
  const paragraphs = stats.paragraphs(element)
  const images = stats.images(element)
  const chars = stats.chars(element)
  const embeds = stats.embeds(element)
  const density = stats.linkDensity(element)
  const headingDensity = chars > 0 ? stats.headingChars(element) / chars : 0
  return (
    (images > 1 && paragraphs / images < 0.5) ||
    (!isList && stats.listItems(element) - 100 > paragraphs) ||
    stats.inputs(element) > Math.floor(paragraphs / 3) ||
    (!isList &&
      headingDensity < 0.9 &&
      chars < 25 &&
      (images === 0 || images > 2) &&
      density > 0) ||
    (!isList && weight < 25 && density > 0.2) ||
    (weight >= 25 && density > 0.5) ||
    (embeds === 1 && chars < 75) ||
    embeds > 1
  )
}

/** Removes what reads as not prose; returns whether it removed anything. */
export function cleanConditionally(article: Article): boolean {
  // Innermost first (reverse document order), so an outer container is judged without the
  // junk already removed from inside it.
  const { stats, tree, root } = article
  const candidates = tree
    .elementsOf(root)
    .filter((element) => element !== root && CONDITIONAL_TAGS.has(tree.tagName(element)))
  const total = stats.chars(root)
  const gone: Element[] = []
  for (let index = candidates.length - 1; index >= 0; index--) {
    const element = candidates[index] ?? NONE
    if (element === NONE || !stats.isMeasured(element)) continue
    if (tree.tagName(element) === 'table' && isDataTable(tree, element)) continue
    if (stats.chars(element) > total * MAX_FURNITURE_SHARE) continue
    let insideList = false
    for (
      let node = tree.parent(element);
      node !== NONE && node !== root;
      node = tree.parent(node)
    ) {
      const tag = tree.tagName(node)
      if (tag === 'ul' || tag === 'ol') insideList = true
    }
    if (shouldRemove(element, stats, insideList)) {
      subtract(stats, element, root)
      gone.push(element)
    }
  }
  tree.removeAll(gone, article.journal)
  return gone.length > 0
}

function comparable(text: string): string {
  return normaliseSpace(text).toLowerCase().replace(NOT_WORD_OR_SPACE, '')
}

export function dropTitleHeading(article: Article, title: string | null): void {
  if (!title) return
  const wanted = comparable(title)
  if (wanted.length === 0) return
  const { tree } = article
  const first = tree.walk(article.root, (element) => HEADING_TAGS.has(tree.tagName(element)))
  if (first === NONE) return
  const heading = comparable(tree.textContent(first))
  if (heading.length > 0 && (wanted.includes(heading) || heading.includes(wanted))) {
    drop(article, [[first, null]])
  }
}
