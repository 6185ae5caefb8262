/**
 * Pass drop-credentials: a degree or an honour written after a person's name ("Katie Roe, MD,
 * PhD", "Sam Lee, Ph.D.", "Neil Ash QC") says what the person holds; it names no entity and is no
 * part of the name. A mention made only of credentials is dropped, and credentials closing a
 * mention are cut off. Letters that also abbreviate a place ("MD" for Maryland, "QC" for Quebec)
 * count as credentials only after a person's name or another credential: "Baltimore, MD" keeps
 * its state.
 */

import { isTitleWord } from '../lexicon'
import { mentionOver } from '../mention-edits'
import type { TaggedMention } from '../tagger'
import type { Token } from '../tokenize'
import type { EntityDocument } from '../types'

/** Degrees and honours, without dots, lower case. */
const CREDENTIALS = new Set([
  'phd',
  'dphil',
  'mph',
  'mbbs',
  'frcp',
  'frcs',
  'dds',
  'dmd',
  'dvm',
  'mba',
  'obe',
  'cbe',
  'mbe',
  'kbe',
  'dbe',
  'esq',
  'md',
  'rn',
  'qc',
  'kc',
])
/** Credentials that are also the short form of a place. */
const PLACE_LETTERS = new Set(['md', 'qc'])

function credential(token: Token | undefined): string | undefined {
  if (token === undefined) return undefined
  const key = token.text.replace(/\./g, '').toLowerCase()
  return CREDENTIALS.has(key) ? key : undefined
}

/** Whether the token before `t`, skipping one comma, ends a person's name or a credential. */
function afterPerson(mentions: readonly TaggedMention[], tokens: readonly Token[], t: number) {
  const before = tokens[t - 1]?.text === ',' ? t - 2 : t - 1
  if (before < 0) return false
  if (credential(tokens[before]) !== undefined) return true
  return mentions.some((mention) => mention.lastToken === before && mention.type === 'PER')
}

function hasTitle(tokens: readonly Token[], mention: TaggedMention): boolean {
  for (let t = mention.firstToken; t < mention.lastToken; t++) {
    if (isTitleWord((tokens[t] as Token).text)) return true
  }
  return false
}

export function dropCredentials(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const { text, tokens } = doc
  const kept: TaggedMention[] = []
  for (const mention of mentions) {
    let last = mention.lastToken
    // Credentials closing a longer mention: "Neil Ash QC", "Ana Roe, MD".
    while (last > mention.firstToken) {
      const key = credential(tokens[last])
      if (key === undefined) break
      // A title in the mention shows a person the tagger misread: "Judge Neil Ash QC" (ORG).
      if (PLACE_LETTERS.has(key) && mention.type !== 'PER' && !hasTitle(tokens, mention)) break
      last--
      if (tokens[last]?.text === ',') last--
    }
    if (last < mention.firstToken) continue
    if (last > mention.firstToken || credential(tokens[last]) === undefined) {
      kept.push(
        last === mention.lastToken
          ? mention
          : mentionOver(text, tokens, mention, mention.firstToken, last),
      )
      continue
    }
    // A mention of one credential.
    const key = credential(tokens[last]) as string
    if (PLACE_LETTERS.has(key) && !afterPerson(mentions, tokens, last)) kept.push(mention)
  }
  return kept
}
