/**
 * Stage add-quantities (only when dates, money or percentages are asked for): adds the amounts
 * quantities.ts finds, off boilerplate lines, to the name candidates.
 */

import type { Span } from '../../types'
import type { Candidate } from '../candidate'
import { plainCandidate } from '../candidate'
import { findQuantities } from '../quantities'
import type { EntityDocument } from '../types'
import { boilerplateLines, onLine } from './drop-boilerplate-lines'

/**
 * The first of `sorted` (non-overlapping spans, by start) that overlaps `span`, by binary search
 * so that long texts stay linear-logarithmic.
 */
function overlapping<T extends Span>(sorted: readonly T[], span: Span): T | undefined {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((sorted[middle] as T).end <= span.start) low = middle + 1
    else high = middle
  }
  const found = sorted[low]
  return found !== undefined && found.start < span.end ? found : undefined
}

/**
 * Adds dates, money and percentages to the name candidates. A name inside an amount ("US$" in
 * "US$12 million") gives way to the amount; an amount overlapping a name otherwise gives way.
 */
export function withQuantities(names: readonly Candidate[], doc: EntityDocument): Candidate[] {
  const boilerplate = boilerplateLines(doc.text)
  const spans = findQuantities(doc.text).filter((span) => !onLine(boilerplate, span.start))
  const inside = (name: Candidate): boolean => {
    const span = overlapping(spans, name.mention)
    return span !== undefined && span.start <= name.mention.start && name.mention.end <= span.end
  }
  const keptNames = names.filter((name) => !inside(name))
  const nameSpans = keptNames.map((name) => name.mention).sort((a, b) => a.start - b.start)
  const quantities = spans
    .filter((span) => overlapping(nameSpans, span) === undefined)
    .map((span) => plainCandidate({ start: span.start, end: span.end, text: span.text }, span.type))
  return [...keptNames, ...quantities]
}
