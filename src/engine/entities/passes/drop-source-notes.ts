/**
 * Pass drop-source-notes: a story republished from another outlet says so in a note ("This post
 * originally appeared on Grist.", "This story was first published by Kestrel Weekly",
 * "Republished with permission from the Harbour Times", "Reprinted from Tide Journal"). The outlet
 * it names is where the text comes from, like a byline's writer, not what the story is about: the
 * mentions from the note's verb to the end of its line are dropped.
 *
 * A note speaks of the text itself ("this post", "a version of this story") a few words before
 * its verb: "Lee first appeared in Tide Journal in 1990" and "the report, published by the
 * Rhodium Group" speak of something else, and keep their names.
 */

import type { TaggedMention } from '../tagger'
import type { EntityDocument } from '../types'

/** What a note speaks of: the text itself, "This post", "A version of this story". */
const TEXT_NOUN = String.raw`\bthis (?:story|article|post|piece|column|essay|interview|feature|report)\b`
/** The note's verb and its preposition: "originally appeared on", "republished from". */
const NOTE_VERB = String.raw`(?:(?:originally|first) (?:appeared|published|ran|posted)|produced (?:in partnership )?(?:with|by)|(?:republished|reprinted|adapted|excerpted) (?:here )?(?:with (?:the )?permission )?(?:from|of|by|with)|(?:republished|reprinted)) ?(?:on|in|at|by|from)?\b`
const NOTE = new RegExp(String.raw`${TEXT_NOUN}[^.\n]{0,40}?\b${NOTE_VERB}`, 'i')
/**
 * A line that credits where the piece or its picture comes from: "Courtesy of Forest Wire",
 * "Photo courtesy of the Harbour Trust". The whole line is the credit.
 */
const COURTESY = /^\s*(?:(?:photo|image|video|picture)s?\s+)?courtesy of\b/i
/** Every NOTE holds one of these words' stems; most lines lack them all. */
const NOTE_HINT = /ppeared|ublished|eprinted|roduced|dapted|xcerpted|\bran\b|posted/i

export function dropSourceNotes(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const notes: { start: number; end: number }[] = []
  let start = 0
  for (const line of doc.text.split('\n')) {
    const note = NOTE_HINT.test(line) ? NOTE.exec(line) : null
    if (note) notes.push({ start: start + note.index, end: start + line.length })
    else if (COURTESY.test(line)) notes.push({ start, end: start + line.length })
    start += line.length + 1
  }
  if (notes.length === 0) return [...mentions]
  return mentions.filter(
    (mention) => !notes.some((note) => mention.start >= note.start && mention.start < note.end),
  )
}
