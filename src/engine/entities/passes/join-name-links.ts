/**
 * Pass join-name-links: "&" between capitalised words, and "and" in a firm's name the text
 * attests, hold one name together ("Procter & Gamble", "Marks and Spencer", "Smith and Nephew
 * plc"), which the tagger cuts in two or reads in part. Capitalised words run out from the link on
 * its line. "and" joins only a known firm or a name closed by a legal form, so that "France and
 * Germany" stay two.
 */

import { FIRMS_NAMED_FOR_PEOPLE, LEGAL_FORMS } from '../lexicon'
import { capitalisedRun, isCapitalisedToken, replaceTokens } from '../mention-edits'
import { keyOf } from '../names'
import type { ConllType, TaggedMention } from '../tagger'
import type { Token } from '../tokenize'
import type { EntityDocument } from '../types'

/**
 * The type of a name joined at "&": a place only if every tagged part is one ("Trinidad & Tobago");
 * a name joined at "and" is a firm.
 */
function joinedType(mentions: readonly TaggedMention[], first: number, last: number): ConllType {
  const parts = mentions.filter((m) => m.lastToken >= first && m.firstToken <= last)
  return parts.length > 0 && parts.every((m) => m.type === 'LOC') ? 'LOC' : 'ORG'
}

function legalForm(token: Token | undefined): boolean {
  return token !== undefined && LEGAL_FORMS.has(token.text.toLowerCase().replace(/\.$/, ''))
}

export function joinNameLinks(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const { text, tokens } = doc
  let joined: TaggedMention[] | undefined
  for (let t = 1; t + 1 < tokens.length; t++) {
    const link = (tokens[t] as Token).text
    if (link !== '&' && link !== 'and') continue
    const before = tokens[t - 1] as Token
    const after = tokens[t + 1] as Token
    const line = (tokens[t] as Token).line
    if (!isCapitalisedToken(before) || !isCapitalisedToken(after)) continue
    if (before.line !== line || after.line !== line) continue
    const first = capitalisedRun(tokens, t - 1, -1)
    let last = capitalisedRun(tokens, t + 1, 1)
    if (link === 'and') {
      const name = text.slice((tokens[first] as Token).start, (tokens[last] as Token).end)
      const closed = legalForm(tokens[last + 1]) && (tokens[last + 1] as Token).line === line
      if (!FIRMS_NAMED_FOR_PEOPLE.has(keyOf(name)) && !closed) continue
      if (closed) last++
    }
    const current = joined ?? mentions
    const type = link === 'and' ? 'ORG' : joinedType(current, first, last)
    joined = replaceTokens(current, doc, first, last, type)
  }
  return joined ?? [...mentions]
}
