/**
 * Picks the article: the container whose text scores best, and the siblings that belong with it.
 *
 * Method (after Readability): every paragraph-like block (p, pre, td, h2–h6, section, and any
 * container of inline content only) of at least MIN_SCORED_CHARS scores 1 + its commas + one per
 * 100 characters (at most 3), and hands that score to its parent in full, its grandparent by
 * half and further ancestors by 1/(3·level), up to SCORE_ANCESTOR_LEVELS. A container starts
 * from a score by tag (div +5, lists and forms −3, headings −5) plus its class weight, and its
 * total is scaled by 1 − link density. The best container is widened to an ancestor when three
 * or more near-best containers share it, or when its parent scores higher, and then joined by
 * the siblings that score well or read as prose.
 */
import { NONE, type Element, type Tree } from './dom'
import type { Stats } from './stats'
import {
  CLASS_WEIGHT,
  MIN_SCORED_CHARS,
  NEGATIVE,
  POSITIVE,
  SCORE_ANCESTOR_LEVELS,
} from './vocabulary'

const SCORED_TAGS = new Set(['p', 'pre', 'td', 'h2', 'h3', 'h4', 'h5', 'h6', 'section'])
const INLINE_CONTAINERS = new Set([
  'div',
  'article',
  'main',
  'section',
  'blockquote',
  'span',
  'font',
  'center',
  'li',
  'dd',
])
const TAG_SCORES: Record<string, number> = {
  div: 5,
  article: 5,
  main: 5,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
}
/** Near-best containers (share of the best score) that, three of them, pull the pick up. */
const ALTERNATIVE_SHARE = 0.75
const MIN_ALTERNATIVES = 3
const SIBLING_SHARE = 0.2
const MIN_SIBLING_SCORE = 10

export function classWeight(tree: Tree, element: Element): number {
  const names = tree.classAndId(element)
  if (names === '') return 0
  let weight = 0
  if (NEGATIVE.test(names)) weight -= CLASS_WEIGHT
  if (POSITIVE.test(names)) weight += CLASS_WEIGHT
  return weight
}

function isScoredBlock(element: Element, stats: Stats): boolean {
  const tag = stats.tree.tagName(element)
  if (SCORED_TAGS.has(tag)) return true
  return INLINE_CONTAINERS.has(tag) && !stats.hasBlockChild(element)
}

function blockScore(block: Element, stats: Stats): number {
  return 1 + stats.commas(block) + Math.min(Math.floor(stats.chars(block) / 100), 3)
}

export interface Pick {
  /** The elements that make the article, in document order. */
  parts: Element[]
  scores: Map<Element, number>
  /** Whether any scored container had a class weight (else scoring without weights is the same). */
  weighted: boolean
}

function scoreBlocks(
  blocks: Int32Array,
  stats: Stats,
  weighClasses: boolean,
): { scores: Map<Element, number>; weighted: boolean } {
  const tree = stats.tree
  const scores = new Map<Element, number>()
  const weighted = { value: false }
  for (const block of blocks) {
    if (stats.chars(block) < MIN_SCORED_CHARS || tree.parent(block) === NONE) continue
    if (!isScoredBlock(block, stats)) continue
    const score = blockScore(block, stats)
    let ancestor = tree.parent(block)
    // A page without <body> keeps its content under the document itself, which may then win.
    for (let level = 0; ancestor !== NONE && level < SCORE_ANCESTOR_LEVELS; level++) {
      let current = scores.get(ancestor)
      if (current === undefined) {
        const weight = weighClasses ? classWeight(tree, ancestor) : 0
        if (weight !== 0) weighted.value = true
        current = (TAG_SCORES[tree.tagName(ancestor)] ?? 0) + weight
      }
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3
      scores.set(ancestor, current + score / divider)
      ancestor = tree.parent(ancestor)
    }
  }
  for (const [element, score] of scores)
    scores.set(element, score * (1 - stats.linkDensity(element)))
  return { scores, weighted: weighted.value }
}

function best(scores: Map<Element, number>): Element {
  let top: Element = NONE
  let topScore = -Infinity
  for (const [element, score] of scores) {
    if (score > topScore) {
      top = element
      topScore = score
    }
  }
  return top
}

function ancestorsOf(tree: Tree, element: Element): Element[] {
  const list: Element[] = []
  for (
    let node = tree.parent(element);
    node !== NONE && tree.tagName(node) !== '#document';
    node = tree.parent(node)
  )
    list.push(node)
  return list
}

/**
 * The nearest ancestor of `top` (below body) with MIN_ALTERNATIVES near-best containers inside it,
 * or `top`. Each alternative climbs only to the first of top's ancestors it meets (the lowest one
 * holding it): every ancestor above that holds it too.
 */
function sharedAncestor(tree: Tree, top: Element, scores: Map<Element, number>): Element {
  const topScore = scores.get(top) ?? 0
  const chain = ancestorsOf(tree, top)
  const position = new Map(chain.map((node, index) => [node, index]))
  const lowest = new Array<number>(chain.length).fill(0)
  let alternatives = 0
  for (const [element, score] of scores) {
    if (element === top || score < topScore * ALTERNATIVE_SHARE) continue
    alternatives++
    for (let node = tree.parent(element); node !== NONE; node = tree.parent(node)) {
      const index = position.get(node)
      if (index === undefined) continue
      lowest[index] = (lowest[index] ?? 0) + 1
      break
    }
  }
  if (alternatives < MIN_ALTERNATIVES) return top
  let inside = 0
  for (const [index, ancestor] of chain.entries()) {
    const tag = tree.tagName(ancestor)
    if (tag === 'body' || tag === 'html') break
    inside += lowest[index] ?? 0
    if (inside >= MIN_ALTERNATIVES) return ancestor
  }
  return top
}

/** Widens the pick as described at the top of the file. */
function widen(tree: Tree, top: Element, scores: Map<Element, number>): Element {
  let pick = sharedAncestor(tree, top, scores)
  let lastScore = scores.get(pick) ?? 0
  const threshold = lastScore / 3
  const isTop = (node: Element) =>
    node === NONE || tree.tagName(node) === 'body' || tree.tagName(node) === '#document'
  for (let parent = tree.parent(pick); !isTop(parent); parent = tree.parent(parent)) {
    const parentScore = scores.get(parent)
    if (parentScore === undefined) continue
    if (parentScore < threshold) break
    if (parentScore > lastScore) {
      pick = parent
      break
    }
    lastScore = parentScore
  }
  while (!isTop(tree.parent(pick)) && tree.childElements(tree.parent(pick)).length === 1) {
    pick = tree.parent(pick)
  }
  return pick
}

const SENTENCE_END = /\.( |$)/

function siblingBelongs(
  sibling: Element,
  top: Element,
  threshold: number,
  scores: Map<Element, number>,
  stats: Stats,
): boolean {
  const tree = stats.tree
  const topClass = tree.attrValue(top, 'class')
  const bonus =
    topClass && tree.attrValue(sibling, 'class') === topClass
      ? (scores.get(top) ?? 0) * SIBLING_SHARE
      : 0
  const score = scores.get(sibling)
  if (score !== undefined && score + bonus >= threshold) return true
  if (tree.tagName(sibling) !== 'p') return false
  const chars = stats.chars(sibling)
  const density = stats.linkDensity(sibling)
  if (chars > 80) return density < 0.25
  return chars > 0 && density === 0 && SENTENCE_END.test(tree.textContent(sibling).trim())
}

export function pickContent(stats: Stats, blocks: Int32Array, weighClasses: boolean): Pick | null {
  const { scores, weighted } = scoreBlocks(blocks, stats, weighClasses)
  const top = best(scores)
  if (top === NONE) return null
  const tree = stats.tree
  const pick = widen(tree, top, scores)
  const parent = tree.parent(pick)
  if (parent === NONE || tree.tagName(pick) === 'body') return { parts: [pick], scores, weighted }
  const threshold = Math.max(MIN_SIBLING_SCORE, (scores.get(pick) ?? 0) * SIBLING_SHARE)
  const parts = tree
    .childElements(parent)
    .filter(
      (sibling) => sibling === pick || siblingBelongs(sibling, pick, threshold, scores, stats),
    )
  return { parts, scores, weighted }
}
