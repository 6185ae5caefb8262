/**
 * Pass recall-passed-over-names: adds the one-word names the tagger passed over inside a sentence
 * ("that Apple would", "spotted on Twitter", "bought Snapchat instead"). The tagger learnt from
 * wire copy of the 1990s and often misses the firms and platforms a tech or culture story is
 * about; a capitalised word in the middle of a sentence is a name all the same.
 *
 * Method: one walk over the tokens. A word is recalled when it is written as a name (title case,
 * "AnandTech", "iPhone"), a lower-case word other than an article comes right before it (so no
 * sentence, line or heading opens with it, and "the Internet" stays a common noun), no capitalised
 * word and a linking word come before it ("Minister of State for Health" is a title), it stands
 * alone (the next word is neither capitalised nor a number, nor "of" before a name: "Proceedings
 * of the …" is a title the tagger missed whole), it is in no word list of the gazetteer, no day,
 * month, holiday, unit, language or abstract noun, and the text never writes it in lower case.
 * It takes the type of a mention of the same word found elsewhere (document consistency:
 * "Seagate" once tagged, twice missed), else organization, as a lone capitalised word the tagger
 * did not know is most often a firm, a platform or a body, or misc for a word opening in lower
 * case ("iPhone", "iOS"); the cluster passes retype it from its context ("Zandmotor beach" is a
 * place). It runs after the passes that repair spans, before those that drop mentions (on
 * furniture lines, in credits, generic terms), which then judge the recalled words too.
 */

import type { ConllType, TaggedMention } from '../tagger'
import type { Token } from '../tokenize'
import type { EntityDocument } from '../types'
import { isUnlistedWord } from '../unlisted-words'
import { propertyPattern } from '../../text/patterns'

/** A word written as a name: "Apple", "AnandTech", "iPhone", "eBay". */
const NAME_WORD = propertyPattern(
  String.raw`^(?:\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*)*|\p{Ll}\p{Lu}\p{L}*)$`,
)
const STARTS_LOWER = propertyPattern(String.raw`^\p{Ll}`)
const STARTS_UPPER_OR_DIGIT = propertyPattern(String.raw`^[\p{Lu}\p{N}]`)

/** Articles before a capitalised common noun: "the Internet", "a Senator". */
const ARTICLES = new Set(['the', 'a', 'an'])

/**
 * Lower-case words inside a longer capitalised title: "Minister of State for Health". Not "and" or
 * "on", which join names to names ("Apple and Snapchat", "Rundle on Twitter").
 */
const TITLE_LINKS = new Set(['of', 'for'])

/**
 * The type a name the tagger did not know most often has: a firm, a platform or a body; a word
 * opening in lower case ("iPhone", "iOS") names a product.
 */
function defaultType(word: string): ConllType {
  const first = word.charCodeAt(0)
  return first >= 97 && first <= 122 ? 'MISC' : 'ORG'
}

/**
 * Rules out most tokens by their first two characters before any pattern runs: punctuation,
 * numbers and lower-case words ("iPhone" passes, its second letter being a capital).
 */
function mayBeName(text: string): boolean {
  const first = text.charCodeAt(0)
  if (first >= 128) return true
  if (first >= 65 && first <= 90) return true
  const second = text.charCodeAt(1)
  return first >= 97 && first <= 122 && second >= 65 && second <= 90
}

/** Whether token `t` of a sequence ending at `end` may be a name the tagger passed over. */
function passedOver(
  tokens: readonly Token[],
  t: number,
  end: number,
  inPerson: Uint8Array,
): boolean {
  const token = tokens[t] as Token
  if (!NAME_WORD.test(token.text)) return false
  const previous = tokens[t - 1] as Token
  if (!STARTS_LOWER.test(previous.text) || ARTICLES.has(previous.lower)) return false
  // "Minister of State", "… for Health": the last word of a longer title; "Jo Reyes of Acme" is
  // a person and her firm.
  const beforeLink = t >= 2 ? (tokens[t - 2] as Token).text : ''
  if (
    TITLE_LINKS.has(previous.lower) &&
    STARTS_UPPER_OR_DIGIT.test(beforeLink) &&
    inPerson[t - 2] !== 1
  ) {
    return false
  }
  const next = t + 1 < end ? (tokens[t + 1] as Token) : undefined
  if (next === undefined) return true
  if (STARTS_UPPER_OR_DIGIT.test(next.text)) return false
  // "Proceedings of the Royal …": the first word of a longer title.
  const after = t + 2 < end ? (tokens[t + 2] as Token).text : ''
  return !(next.lower === 'of' && (after === 'the' || STARTS_UPPER_OR_DIGIT.test(after)))
}

export function withPassedOverNames(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const { tokens, sequences, writesLower } = doc.tagged
  const covered = new Uint8Array(tokens.length)
  const inPerson = new Uint8Array(tokens.length)
  const typeOf = new Map<string, ConllType>()
  for (const mention of mentions) {
    covered.fill(1, mention.firstToken, mention.lastToken + 1)
    if (mention.type === 'PER') inPerson.fill(1, mention.firstToken, mention.lastToken + 1)
    if (mention.firstToken === mention.lastToken && !typeOf.has(mention.text)) {
      typeOf.set(mention.text, mention.type)
    }
  }
  const added: TaggedMention[] = []
  sequences.forEach(({ start, end }, sentence) => {
    for (let t = start + 1; t < end; t++) {
      const token = tokens[t] as Token
      if (covered[t] === 1 || !mayBeName(token.text) || !passedOver(tokens, t, end, inPerson))
        continue
      if (!isUnlistedWord(token.text, token.lower, writesLower)) continue
      added.push({
        start: token.start,
        end: token.end,
        text: token.text,
        type: typeOf.get(token.text) ?? defaultType(token.text),
        sentence,
        firstToken: t,
        lastToken: t,
      })
    }
  })
  if (added.length === 0) return [...mentions]
  return [...mentions, ...added].sort((a, b) => a.start - b.start)
}
