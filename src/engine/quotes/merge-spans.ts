/**
 * Merges quote spans found without marks (embedded posts, block quotes) into the marked spans, in
 * text order. Each added run of pieces is a group of its own, numbered after the existing groups,
 * and nested spans keep pointing at their parent's new index.
 */
import type { QuoteSpan } from './marks'
import { quoteEnd } from './tokens'

/** A paragraph (or the part of one) quoted by its layout rather than by marks. */
export interface Piece {
  start: number
  end: number
  paragraph: number
}

/** `spans` with every run of `runs` added as a multi-piece quote, sorted by opening offset. */
export function mergeSpans(spans: readonly QuoteSpan[], runs: readonly Piece[][]): QuoteSpan[] {
  if (runs.length === 0) return [...spans]
  let group = Math.max(-1, ...spans.map((span) => span.group))
  const added: QuoteSpan[] = runs.flatMap((pieces) => {
    group++
    return pieces.map((piece, i) => ({
      ...piece,
      open: piece.start,
      close: -1,
      group,
      part: i + 1,
      parent: -1,
    }))
  })
  const order = [
    ...spans.map((span, i) => ({ span, old: i })),
    ...added.map((span) => ({ span, old: -1 })),
  ]
  order.sort((a, b) => a.span.open - b.span.open)
  const newIndex = new Map<number, number>()
  order.forEach((entry, i) => {
    if (entry.old >= 0) newIndex.set(entry.old, i)
  })
  return order.map(({ span }) =>
    span.parent >= 0 ? { ...span, parent: newIndex.get(span.parent) ?? -1 } : span,
  )
}

/** Whether any span lies in [start, end). */
export function holdsQuote(spans: readonly QuoteSpan[], start: number, end: number): boolean {
  return spans.some((span) => span.open < end && quoteEnd(span) > start)
}

/** [start, end) without the white space at either end. */
export function trimmed(text: string, start: number, end: number): [number, number] {
  let s = start
  let e = end
  while (s < e && /\s/.test(text[s] ?? '')) s++
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--
  return [s, e]
}
