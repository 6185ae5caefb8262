/**
 * Pass join-name-particles: a surname opened by a lower-case particle ("Luis de Miranda", "Ana de
 * la Cruz", "Ludwig van Beethoven") is one person's name, given name, particle and surname. The
 * tagger, seeing a lower-case word, may end the name before the particle and read the surname
 * as a second name, of another type. The parts are joined into one person when one side is
 * already read as a person and the other is a name too (a mention, or a given name the gazetteer
 * lists); "Rio de Janeiro", of places on both sides, stays as it is.
 */

import { opensWithGivenName } from '../lexicon'
import { isCapitalisedToken, newMention } from '../mention-edits'
import type { TaggedMention } from '../tagger'
import type { Token } from '../tokenize'
import type { EntityDocument } from '../types'

/** Particles inside a surname, lower case: Romance, Germanic, Arabic and Hebrew ones. */
const PARTICLES = new Set([
  'de',
  'da',
  'das',
  'do',
  'dos',
  'del',
  'della',
  'di',
  'du',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'ten',
  'bin',
  'ibn',
  'ben',
])

/** At most this many particles in a row: "van der", "de la". */
const MAX_PARTICLES = 2

function spaced(tokens: readonly Token[], from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    const token = tokens[t] as Token
    const next = tokens[t + 1] as Token
    if (next.start !== token.end + 1 || next.line !== token.line) return false
  }
  return true
}

export function joinNameParticles(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const { tokens } = doc
  const byFirst = new Map<number, TaggedMention>()
  const byLast = new Map<number, TaggedMention>()
  for (const mention of mentions) {
    byFirst.set(mention.firstToken, mention)
    byLast.set(mention.lastToken, mention)
  }
  const replaced = new Map<TaggedMention, TaggedMention | null>()
  for (const surname of mentions) {
    let p = surname.firstToken - 1
    while (
      p >= 0 &&
      surname.firstToken - p <= MAX_PARTICLES &&
      PARTICLES.has(tokens[p]?.text ?? '')
    ) {
      p--
    }
    const given = p
    if (given === surname.firstToken - 1 || !isCapitalisedToken(tokens[given])) continue
    if (!spaced(tokens, given, surname.firstToken)) continue
    const before = byLast.get(given)
    if (before !== undefined && replaced.has(before)) continue
    const person =
      surname.type === 'PER'
        ? before !== undefined || opensWithGivenName([(tokens[given] as Token).text])
        : before?.type === 'PER'
    if (!person) continue
    const first = before?.firstToken ?? given
    replaced.set(surname, newMention(doc, first, surname.lastToken, 'PER'))
    if (before !== undefined) replaced.set(before, null)
  }
  if (replaced.size === 0) return [...mentions]
  const joined: TaggedMention[] = []
  for (const mention of mentions) {
    const made = replaced.get(mention)
    if (made === undefined) joined.push(mention)
    else if (made !== null) joined.push(made)
  }
  return joined
}
