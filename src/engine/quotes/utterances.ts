/**
 * Which quoted spans are parts of one utterance. A speaker's words split around the attribution
 * ("“We will win,” he said. “No doubt.”", "“We will,” she said, “win.”") are one statement, and so
 * are the pieces of a quote that runs over several paragraphs. A later span joins the span before
 * it when both have the same speaker mention and all that stands between their marks is that
 * attribution: a few words of the writer's that hold the speaker and the cue, ending in a comma, a
 * colon or a full stop, in the same paragraph or at the end of the one before. Anything more (a
 * new clause, another quote) keeps them apart.
 */
import type { Attribution } from './clause'
import type { QuoteSpan } from './marks'
import { quoteEnd } from './tokens'
import { propertyPattern } from '../text/patterns'

/**
 * Most words between two parts of one utterance: the cue with a role in apposition ("said Mr. Lee,
 * a senior fellow at the Center for …") or a time and place ("wrote in a post on Thursday").
 */
const MAX_GAP_WORDS = 30

const WORD = propertyPattern(String.raw`[\p{L}\p{N}]+`, 'g')

function sameSpeaker(a: Attribution | null, b: Attribution | null): boolean {
  return a !== null && b !== null && a.speaker.start === b.speaker.start
}

/** Whether the text between two spans is just the first span's attribution. */
function onlyAttribution(text: string, from: number, to: number, found: Attribution): boolean {
  if (to <= from) return false
  const gap = text.slice(from, to)
  if (/["\u201c\u201d\u00ab\u00bb\u201e]/.test(gap) || !/[,.:\u2014\u2013]\s*$/.test(gap))
    return false
  const words = gap.match(WORD)?.length ?? 0
  const inside = (offset: number): boolean => offset >= from && offset <= to
  return (
    words <= MAX_GAP_WORDS &&
    inside(found.speaker.start) &&
    inside(found.speaker.end) &&
    inside(found.cue.start)
  )
}

/** Whether only white space stands between the start of the line and `offset`. */
function opensLine(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const code = text.charCodeAt(i)
    if (code === 10 || code === 13) return true
    if (code !== 32 && code !== 9) return false
  }
  return true
}

/**
 * For each span, the index of the first span of its utterance (its own index when it opens one).
 * Nested spans are never joined.
 */
export function utteranceHeads(
  text: string,
  spans: readonly QuoteSpan[],
  attributions: readonly (Attribution | null)[],
): number[] {
  const heads = spans.map((_, i) => i)
  let previous = -1
  spans.forEach((span, i) => {
    if (span.parent >= 0) return
    const before = spans[previous]
    if (before) {
      const pieces = span.group === before.group
      // The news convention for a speaker who goes on: “…,” he said. ¶ “…” — the new paragraph
      // opens with the next part, credited to the same mention.
      // opens with the next part, credited to the same mention. A phrase quoted inside the
      // writer's sentence before it is no part: only a quote that opened its own paragraph.
      const split =
        (span.paragraph === before.paragraph ||
          (span.paragraph === before.paragraph + 1 && opensLine(text, before.open))) &&
        sameSpeaker(attributions[previous] ?? null, attributions[i] ?? null) &&
        onlyAttribution(text, quoteEnd(before), span.open, attributions[previous] as Attribution)
      if (pieces || split) heads[i] = heads[previous] ?? previous
    }
    previous = i
  })
  return heads
}
