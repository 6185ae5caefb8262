/**
 * Pass cut-party-roles: a party or body's name followed by the role a person holds in it ("the
 * Labour MP for Leeds", "a Green councillor", "Republican senators") names the party; the role
 * noun is no part of the name, and a party with a role is no organisation of its own. The tagger
 * reads such a pair as one name because both words are capitalised or the role is in capitals.
 * The cut is made only for nouns of membership, which never close a body's own name, so "Health
 * Minister" or "Foreign Office" are left to the other passes.
 */

import { cutMentions } from '../mention-edits'
import type { TaggedMention } from '../tagger'
import type { Token } from '../tokenize'
import type { EntityDocument } from '../types'

/** Nouns of a person's place in a party or assembly, singular and plural, lower case. */
const MEMBER_ROLES = new Set([
  'mp',
  'mps',
  'mep',
  'meps',
  'msp',
  'msps',
  'mla',
  'mlas',
  'councillor',
  'councillors',
  'councilor',
  'councilors',
  'senator',
  'senators',
  'congressman',
  'congresswoman',
  'congressmen',
  'lawmaker',
  'lawmakers',
  'legislator',
  'legislators',
  'peer',
  'peers',
  'candidate',
  'candidates',
  'activist',
  'activists',
  'supporter',
  'supporters',
  'voter',
  'voters',
])

export function cutPartyRoles(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  return cutMentions(mentions, doc, ({ type, firstToken: first, lastToken: last }, tokens) =>
    type === 'PER' ||
    last === first ||
    !MEMBER_ROLES.has((tokens[last] as Token).text.toLowerCase())
      ? undefined
      : [first, last - 1],
  )
}
