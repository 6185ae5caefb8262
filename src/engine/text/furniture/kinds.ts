/**
 * The kinds of furniture the engine recognises in text, and which of them are page furniture
 * proper (set aside from the summary, quotes and entities) rather than article structure that is
 * only kept out of the summary (a heading, a list lead-in, a list row).
 */
export const BOILERPLATE_KINDS = [
  'call-to-action',
  'related',
  'byline',
  'credit',
  'source',
  'caption',
  'counter',
  'copyright',
  'ad',
  'label',
  'timestamp',
  'housekeeping',
  'repeated',
  'heading',
  'list-lead-in',
  'list-row',
] as const

export type BoilerplateKind = (typeof BOILERPLATE_KINDS)[number]

/** Article structure: not a summary sentence, but its names and quotes are the story's. */
const STRUCTURE_KINDS: ReadonlySet<BoilerplateKind> = new Set([
  'heading',
  'list-lead-in',
  'list-row',
])

/** True for page furniture proper: text no analysis should read. */
export function isPageFurniture(kind: BoilerplateKind | null): boolean {
  return kind !== null && !STRUCTURE_KINDS.has(kind)
}
