/**
 * Pass drop-boilerplate-lines: mentions on lines of site furniture ("Leave a Comment", "Share
 * this", "Advertisement", "RSVP for our panel") name nothing the article is about, and are dropped.
 */

import type { Span } from '../../types'
import type { TaggedMention } from '../tagger'
import type { EntityDocument } from '../types'

const BOILERPLATE =
  /^\s*(?:leave a (?:comment|reply)|share (?:this|on)|follow us|sign up|subscribe|advertisement|click here|read more|related:|rsvp\b|copyright|\u00a9|all rights reserved)/i

/** Lines whose text is site furniture rather than article text. */
export function boilerplateLines(text: string): Span[] {
  const spans: Span[] = []
  let start = 0
  for (const line of text.split('\n')) {
    if (BOILERPLATE.test(line)) spans.push({ start, end: start + line.length })
    start += line.length + 1
  }
  return spans
}

/** Whether `offset` falls on one of the `lines`. */
export function onLine(lines: readonly Span[], offset: number): boolean {
  return lines.some((line) => offset >= line.start && offset < line.end)
}

export function dropBoilerplateLines(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const boilerplate = boilerplateLines(doc.text)
  return mentions.filter((mention) => !onLine(boilerplate, mention.start))
}
