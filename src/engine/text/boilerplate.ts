/**
 * Furniture detection: page text that scrapers leave in an article (captions and credits, gallery
 * counters, calls to action, "Read more" pointers, bylines, time stamps, ad markers, source lines,
 * live-blog housekeeping, section labels) and article structure that is not a sentence of the
 * story (headings, list lead-ins, list rows). Furniture never becomes a summary sentence, a quote
 * or an entity mention; structure only stays out of the summary (see `isPageFurniture`).
 *
 * Method: shallow text features (Kohlschütter, Fankhauser & Nejdl 2010, "Boilerplate detection
 * using shallow text features"): furniture is short, rarely ends in sentence punctuation, and is
 * built from small vocabulary classes (interface words, credit words, time words). A unit is only
 * called furniture when its shape and its vocabulary agree. The detection is a pipeline of named
 * passes, one file each under `furniture/`: the line passes judge each unit alone, in order, the
 * first to recognise it wins; the document passes then judge units by position, neighbours,
 * repetition and the markup an HTML extractor supplied; last, a share bar or ad marker fused onto
 * the head of a sentence is found (`furniture/fused.ts`).
 */
import type { TextStructure } from '../types'
import { ad } from './furniture/ad'
import { byline } from './furniture/byline'
import { caption } from './furniture/caption'
import { citation } from './furniture/citation'
import { copyright } from './furniture/copyright'
import { counter } from './furniture/counter'
import { credit } from './furniture/credit'
import { edge } from './furniture/edge'
import { fusedPrefix, type FusedPrefix } from './furniture/fused'
import { housekeeping } from './furniture/housekeeping'
import type { BoilerplateKind } from './furniture/kinds'
import { label } from './furniture/label'
import { list } from './furniture/list'
import { loneLine } from './furniture/lone-line'
import type { DocumentPass, LinePass } from './furniture/pass'
import { player } from './furniture/player'
import { prompt } from './furniture/prompt'
import { relatedBlock } from './furniture/related-block'
import { repetition } from './furniture/repetition'
import { structure } from './furniture/structure'
import { timestamp } from './furniture/timestamp'
import { headWord, readUnit, type Unit } from './furniture/unit'
import type { SplitText } from './sentences'

export { BOILERPLATE_KINDS, isPageFurniture, type BoilerplateKind } from './furniture/kinds'
export type { FusedPrefix } from './furniture/fused'

/**
 * The line passes, in order: each unit takes the kind of the first that recognises it.
 * - copyright: "© 2024 …", "All rights reserved"
 * - credit: picture credits ("Photo: …/Reuters") and source lines ("Source: …", "Chart: …")
 * - timestamp: "Updated 10:32 GMT", a line that is only a time or a date
 * - byline: "By …", "Additional reporting by …", "Jane Doe in Nairobi"
 * - counter: "3 of 12", alone or opening a caption
 * - prompt: calls to action ("Sign up for …") and pointers ("Read more: …", "Related: …")
 * - ad: "Advertisement", "Sponsored content"
 * - label: lines of interface words only ("More on this story", "Facebook Twitter Email")
 * - housekeeping: a live blog speaking of itself ("That's all from us today")
 */
export const LINE_PASSES: readonly LinePass[] = [
  copyright,
  credit,
  timestamp,
  byline,
  counter,
  prompt,
  ad,
  label,
  housekeeping,
]

/**
 * The document passes, in order, after the line passes:
 * - structure: heading and list blocks from the markup; texts the extractor removed, recurring
 * - caption: units next to a photo credit, or ending in one
 * - edge: short reader-verb lines in the first and last paragraphs
 * - list: lead-ins ending in ":" and the rows after them or behind a bullet
 * - citation: a paper's reference line ("Ana B. Lopes et al. … (2021). DOI: …")
 * - lone-line: unpunctuated lines alone: headings, or short section labels
 * - player: a video player's control lines, and the caption after them
 * - related-block: runs of headline lines after "Further Reading" or near the end
 * - repetition: short units printed twice or more, or copies of marked ones
 */
export const DOCUMENT_PASSES: readonly DocumentPass[] = [
  structure,
  caption,
  edge,
  list,
  citation,
  loneLine,
  player,
  relatedBlock,
  repetition,
]

/** Units longer than this many characters are prose without looking further. */
const MAX_FURNITURE_CHARS = 400

export interface BoilerplateMarks {
  /** Per sentence (by index): the kind of furniture or structure, or null for article text. */
  sentences: (BoilerplateKind | null)[]
  /** Per paragraph: true when every sentence in it is furniture or structure. */
  paragraphs: boolean[]
  /** Per sentence of article text: furniture fused onto its head ("Share this article The…"). */
  prefixes: (FusedPrefix | null)[]
}

/**
 * The kind of furniture a single line or sentence is, judged on its own by the line passes;
 * `null` for prose.
 *
 * @example
 * boilerplateKind('Sign up for our newsletter') // 'call-to-action'
 * boilerplateKind('Read more books, she said.') // null
 */
export function boilerplateKind(text: string): BoilerplateKind | null {
  return lineKind(text, () => readUnit(text))
}

/** `boilerplateKind` of `text`, whose unit `unit()` reads. */
function lineKind(text: string, unit: () => Unit): BoilerplateKind | null {
  if (text.length > MAX_FURNITURE_CHARS) return null
  const head = headWord(text)
  // The unit is tokenized only when a pass's cheap pre-test lets it through.
  for (const pass of LINE_PASSES) {
    if (!pass.mayMatch(text, head)) continue
    const kind = pass.kindOf(unit())
    if (kind !== null) return kind
  }
  return null
}

/**
 * Marks the furniture and structure sentences and paragraphs of a split text; `structure` is what
 * an HTML extractor knows of the text's blocks.
 *
 * @example
 * findBoilerplate(splitText('Talks resumed.\n\nShare this article')).sentences // [null, 'call-to-action']
 */
export function findBoilerplate(split: SplitText, structure?: TextStructure): BoilerplateMarks {
  // Each sentence is tokenized once, when a line or document pass first reads it.
  const units: (Unit | undefined)[] = new Array<Unit | undefined>(split.sentences.length)
  const unit = (i: number): Unit => (units[i] ??= readUnit(split.sentences[i]?.text ?? ''))
  const kinds = split.sentences.map((sentence, i) => lineKind(sentence.text, () => unit(i)))
  const context = { split, kinds, structure, unit }
  for (const pass of DOCUMENT_PASSES) pass.run(context)
  const paragraphs = split.paragraphs.map(() => true)
  const seen = split.paragraphs.map(() => false)
  split.sentences.forEach((sentence, i) => {
    seen[sentence.paragraph] = true
    if (kinds[i] === null) paragraphs[sentence.paragraph] = false
  })
  return {
    sentences: kinds,
    paragraphs: paragraphs.map((all, i) => all && seen[i] === true),
    prefixes: split.sentences.map((sentence, i) =>
      kinds[i] === null ? fusedPrefix(sentence.text, boilerplateKind) : null,
    ),
  }
}
