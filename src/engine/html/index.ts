/**
 * The HTML extractor: a page in, its article out (text, structure and metadata). Pure TypeScript:
 * it runs the same in a Worker, in Node and in a browser.
 *
 * The pipeline, in order (each pass in its own file):
 *   parse            tree.ts         forgiving tokenizer and tree builder, linear on any input
 *   read-metadata    metadata.ts     JSON-LD, OpenGraph, Twitter, meta, time, lang, canonical
 *   drop-invisible   prepare.ts      scripts, styles, templates, hidden elements
 *   find-byline      byline.ts       the visible byline, when the metadata has none
 *   find-lead        lead.ts         the paragraph that repeats the meta description
 *   drop-unlikely    prepare.ts      navigation and containers named as non-content
 *   pick-content     score.ts        score blocks, pick the best container and its siblings;
 *                                    the lead joins them when it lies outside
 *   drop-furniture   clean.ts        figures, captions, credits, share bars, related links, ...
 *   clean-conditionally clean.ts     link lists, galleries and forms that are not prose
 *   drop-title-heading  clean.ts     the heading that repeats the title
 *   serialise        serialise.ts    text (blank-line separated blocks) and its structure
 * When the article comes out shorter than MIN_ARTICLE_CHARS, the content passes run again with
 * fewer of the removing passes (as Readability retries with fewer flags; a retry that would only
 * turn off passes that changed nothing is skipped), on the tree as it was before them (their
 * changes are undone from a journal, journal.ts, rather than the page parsed again), and the
 * longest result is kept; a page that renders its article by script may still carry it as the
 * JSON-LD `articleBody`, which then stands in for a shorter extraction.
 */
import type { TextBlock, TextStructure } from '../types'
import { visibleByline } from './byline'
import {
  cleanConditionally,
  dropFurniture,
  dropTitleHeading,
  recordRemoved,
  type Article,
  type Removed,
} from './clean'
import { NONE, type Element, type Tree } from './dom'
import { Journal } from './journal'
import { findLead, isWithin } from './lead'
import { readMetadata, type PageMetadata } from './metadata'
import { dropInvisible, dropUnlikely } from './prepare'
import { pickContent } from './score'
import { serialise } from './serialise'
import { measure, Stats } from './stats'
import { parseHtml, type ParsedPage } from './tree'
import { MIN_ARTICLE_CHARS } from './vocabulary'

export { decodeHtml } from './charset'

/** The page's metadata (metadata.ts says where each field comes from) and its article. */
export interface ExtractedArticle extends PageMetadata {
  /** The article body: blocks separated by a blank line; empty when the page has no article. */
  text: string
  structure: TextStructure
}

export interface ExtractOptions {
  /** The page's address: the base of relative URLs and the fallback `url`. */
  url?: string
}

/** Which removing passes an attempt runs. */
interface Attempt {
  dropUnlikely: boolean
  weighClasses: boolean
  cleanConditionally: boolean
}

const ATTEMPTS: Attempt[] = [
  { dropUnlikely: true, weighClasses: true, cleanConditionally: true },
  { dropUnlikely: false, weighClasses: true, cleanConditionally: true },
  { dropUnlikely: false, weighClasses: false, cleanConditionally: true },
  { dropUnlikely: false, weighClasses: false, cleanConditionally: false },
]

interface Content {
  text: string
  structure: TextStructure
}

/** Which of an attempt's removing passes changed anything: a retry without the others is moot. */
type Effects = Record<keyof Attempt, boolean>

const NO_EFFECTS: Effects = { dropUnlikely: false, weighClasses: false, cleanConditionally: false }

/** The page's body, unless a pass detached it (a hidden body): then the whole document. */
function bodyOf({ tree, root, body }: ParsedPage): Element {
  let node = body
  while (node !== NONE && node !== root) node = tree.parent(node)
  return body !== NONE && node === root ? body : root
}

/**
 * Whether the text under `root` has at least `min` characters other than ASCII whitespace and
 * no-break spaces; the walk stops there, so a large page is not read to its end.
 */
function hasText(tree: Tree, root: Element, min: number): boolean {
  let count = 0
  let enough = false
  tree.eachText(root, (node) => {
    const source = tree.isDecodedText(node) ? tree.decoded : tree.html
    const end = tree.textEnd(node)
    // Stops within the node too: one text node may hold a whole page.
    for (let index = tree.textStart(node); index < end && count < min; index++) {
      const code = source.charCodeAt(index)
      if (code > 32 && code !== 160) count++
    }
    enough = count >= min
    return enough
  })
  return enough
}

/**
 * What every attempt starts from: the body as dropInvisible left it, its lead, and once measured,
 * the figures of that body before any pass removed anything (a retry that removes nothing before
 * scoring starts from a copy of them rather than measuring the page again).
 */
interface Start {
  body: Element
  lead: Element
  title: string | null
  measured: { stats: Stats; blocks: Int32Array } | null
  /** The figures the last attempt changed, written over when the next one starts from a copy. */
  spare: Stats | null
}

/** The figures and blocks of the body after drop-unlikely: measured, or copied from `start`. */
function measureBody(
  tree: Tree,
  start: Start,
  unlikely: Element[],
): { stats: Stats; blocks: Int32Array; fresh: boolean } {
  const { measured, spare } = start
  if (unlikely.length === 0 && measured) {
    const stats = spare ?? measured.stats.copy()
    if (spare) spare.copyFrom(measured.stats)
    start.spare = stats
    return { stats, blocks: measured.blocks, fresh: false }
  }
  const stats = new Stats(tree, tree.size)
  const blocks = measure(start.body, stats)
  start.spare = stats
  return { stats, blocks, fresh: true }
}

/** The content passes of one attempt, on a body that dropInvisible has already run on. */
function extractContent(
  { tree }: ParsedPage,
  start: Start,
  journal: Journal,
  attempt: Attempt,
): Content & { effects: Effects } {
  const removed: Removed[] = []
  const { body, lead, title } = start
  const unlikely = attempt.dropUnlikely ? dropUnlikely(tree, body, journal) : []
  recordRemoved(tree, removed, unlikely)
  const measured = measureBody(tree, start, unlikely)
  const { stats } = measured
  const pick = pickContent(stats, measured.blocks, attempt.weighClasses)
  // Kept for a retry before the passes below change the figures; without a pick (a page of
  // links alone) nothing changes them and no retry follows, so nothing is copied.
  if (pick && measured.fresh && unlikely.length === 0)
    start.measured = { stats: stats.copy(), blocks: measured.blocks }
  if (!pick) {
    const effects = { ...NO_EFFECTS, dropUnlikely: unlikely.length > 0 }
    return { text: '', structure: { blocks: [], removed: [] }, effects }
  }
  const parts =
    lead !== NONE && !isWithin(tree, lead, pick.parts) ? [lead, ...pick.parts] : pick.parts
  // The parts move under the article root, made once per page (the last node).
  const articleRoot = tree.size - 1
  for (const part of parts) {
    tree.detach(part, journal)
    tree.append(articleRoot, part, journal)
  }
  // The parts have not changed since they were measured: only the new root is.
  measure(articleRoot, stats)
  const article: Article = { tree, root: articleRoot, stats, removed, journal }
  dropFurniture(article)
  const cleaned = attempt.cleanConditionally && cleanConditionally(article)
  dropTitleHeading(article, title)
  const { text, blocks } = serialise(tree, articleRoot)
  const effects = {
    dropUnlikely: unlikely.length > 0,
    weighClasses: pick.weighted,
    cleanConditionally: cleaned,
  }
  return { text, structure: { blocks, removed }, effects }
}

/** Whether `next` turns off a pass that changed anything in the attempt that ran last. */
function worthRetrying(last: Attempt, effects: Effects, next: Attempt): boolean {
  return (Object.keys(next) as (keyof Attempt)[]).some(
    (pass) => last[pass] !== next[pass] && effects[pass],
  )
}

/** The JSON-LD `articleBody` as text: its lines are the paragraphs. */
function fromArticleBody(body: string): Content {
  const paragraphs = body
    .split(/\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
  const blocks: TextBlock[] = []
  let offset = 0
  for (const paragraph of paragraphs) {
    blocks.push({ start: offset, end: offset + paragraph.length, kind: 'paragraph' })
    offset += paragraph.length + 2
  }
  return { text: paragraphs.join('\n\n'), structure: { blocks, removed: [] } }
}

/**
 * The article of an HTML page.
 *
 * @example
 * const article = extractArticle('<html><body><article><h1>Title</h1><p>…</p></article></body></html>')
 * article.text // the paragraphs, separated by blank lines
 */
export function extractArticle(html: string, options: ExtractOptions = {}): ExtractedArticle {
  const page = parseHtml(html)
  const { tree } = page
  const { metadata, articleBody } = readMetadata(tree, page.root, options.url)
  dropInvisible(tree, page.root)
  const body = bodyOf(page)
  const byline = metadata.byline ?? visibleByline(tree, body)
  // A page with less text than an article in all has nothing more to find in a retry.
  const enoughText = hasText(tree, body, MIN_ARTICLE_CHARS)
  tree.add(tree.tags.get('#article').id, 0, 0)
  let best: Content | null = null
  let last: { attempt: Attempt; effects: Effects } | null = null
  const journal = new Journal()
  // Looked for before drop-unlikely: the lead often sits in a header that pass removes.
  const lead = findLead(tree, body, metadata.description)
  const start: Start = { body, lead, title: metadata.title, measured: null, spare: null }
  for (const attempt of ATTEMPTS) {
    if (last && !worthRetrying(last.attempt, last.effects, attempt)) continue
    // A retry starts from the tree as dropInvisible left it.
    journal.undo(tree)
    const { effects, ...content } = extractContent(page, start, journal, attempt)
    last = { attempt, effects }
    if (!best || content.text.length > best.text.length) best = content
    if (best.text.length >= MIN_ARTICLE_CHARS || !enoughText) break
  }
  let content = best ?? { text: '', structure: { blocks: [], removed: [] } }
  if (
    content.text.length < MIN_ARTICLE_CHARS &&
    articleBody &&
    articleBody.length > content.text.length
  ) {
    content = fromArticleBody(articleBody)
  }
  return { ...metadata, byline, text: content.text, structure: content.structure }
}
