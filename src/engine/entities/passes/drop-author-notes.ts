/**
 * Pass drop-author-notes: the note that closes many stories says who wrote it ("Jo Vance is a
 * reporter for the Daily Ledger covering courts. Follow him on…", "Jo Vance reports from Lagos"),
 * and the writer and the outlet it names are not in the story. A line that opens with a person's
 * name followed by "is a/an/the … reporter" (or writer, correspondent, editor, columnist…) within a
 * few words, or by "reports" or "reported" and nothing but a place, is such a note; its mentions
 * are dropped, except a name the text writes elsewhere (a reporter who is the story's subject).
 * Method: one walk over the mentions checks each line-opening person; a second drops the notes'
 * mentions by line.
 */

import type { TaggedMention } from '../tagger'
import type { Token } from '../tokenize'
import type { EntityDocument } from '../types'

/** Nouns of the people who write a story. */
const WRITER_NOUNS = new Set([
  'reporter',
  'writer',
  'correspondent',
  'editor',
  'columnist',
  'contributor',
  'journalist',
  'producer',
])

/** Words between "is a" and the writer's noun: "is a senior staff reporter", at most so many. */
const MAX_NOTE_GAP = 4
/** Longest "X reports from Y" line after the verb, in tokens. */
const MAX_DATELINE_TOKENS = 5

/** Whether token `t` opens its line. */
function opensLine(tokens: readonly Token[], t: number): boolean {
  return t === 0 || (tokens[t - 1] as Token).line !== (tokens[t] as Token).line
}

/** Whether the tokens after the name, from `t` on the same line, make a writer's note. */
function isNote(tokens: readonly Token[], t: number): boolean {
  const first = tokens[t]
  // A name that ends the text is followed by no note.
  if (first === undefined) return false
  const { line } = first
  const word = (k: number): string => {
    const token = tokens[k]
    return token?.line === line ? token.text : ''
  }
  const verb = word(t).toLowerCase()
  if (verb === 'is' || verb === 'was') {
    if (!['a', 'an', 'the'].includes(word(t + 1).toLowerCase())) return false
    for (let k = t + 2; k <= t + 2 + MAX_NOTE_GAP; k++) {
      if (WRITER_NOUNS.has(word(k).toLowerCase())) return true
    }
    return false
  }
  if (verb !== 'reports' && verb !== 'reported') return false
  // "Jo Vance reports from Lagos": the line ends within a few words.
  let end = t + 1
  while (tokens[end]?.line === line) end++
  return end - t - 1 <= MAX_DATELINE_TOKENS && (end === t + 1 || word(t + 1) === 'from')
}

export function dropAuthorNotes(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const { tokens } = doc
  const noteLines = new Set<number>()
  for (const mention of mentions) {
    if (mention.type !== 'PER' || !opensLine(tokens, mention.firstToken)) continue
    if (isNote(tokens, mention.lastToken + 1))
      noteLines.add((tokens[mention.firstToken] as Token).line)
  }
  if (noteLines.size === 0) return [...mentions]
  const lineOf = (mention: TaggedMention): number => (tokens[mention.firstToken] as Token).line
  const elsewhere = new Set<string>()
  for (const mention of mentions) if (!noteLines.has(lineOf(mention))) elsewhere.add(mention.text)
  return mentions.filter(
    (mention) => !noteLines.has(lineOf(mention)) || elsewhere.has(mention.text),
  )
}
