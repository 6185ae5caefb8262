/**
 * Pass join-split-names: one name the tagger read as two pieces, or cut short, is made whole. The
 * tagger decides each word in a window of a few words, so a name of words it also knows as common
 * words ("Stack Overflow Jobs", "Super Mario Run", "Arab Spring") comes out split or cut. Four
 * signs of one name, each read on one line:
 *   1. two names of one type with a single space between them ("Stack" + "Overflow Jobs"): news
 *      text writes two names apart with a comma or a word, never side by side (CoNLL-2003 has no
 *      two neighbouring people, bodies or places);
 *   2. neighbouring names that together fill a pair of quote marks ("Super" + "Mario Run" in
 *      “Super Mario Run”): a quoted title is one name, whatever its words;
 *   3. a word in camel case right before a name ("iPhone" + "XS"): a brand written in lower case
 *      with an inner capital ("iPhone", "eBay") opens the name it stands before;
 *   4. a capitalised word beside a name, when the text also tags both together elsewhere ("Arab"
 *      + "Spring" where "Arab Spring" is a mention too): the document reads one name one way;
 *   5. a camel-case brand the tagger passed over is a name of its own (a product, MISC), with the
 *      model words after it ("iPhone XS", "iOS 13").
 * Neighbouring names of different types stay apart outside quotes: "American Dennis Mitchell",
 * "Chicago NAPM" are two.
 */

import { propertyPattern } from '../../text/patterns'
import { CLOSING_QUOTES, OPENING_QUOTES } from '../../text/quoted-titles'
import { STOPWORDS } from '../../text/stopwords'
import { isCapitalisedToken, joinPairs, mentionOver, newMention } from '../mention-edits'
import type { ConllType, TaggedMention } from '../tagger'
import type { Token } from '../tokenize'
import type { EntityDocument } from '../types'

/**
 * A brand in camel case: a few lower-case letters, then a capital and more lower case ("iPhone",
 * "eBay") or a system's "OS" ("iOS", "macOS"); not a unit or molecule ("pH", "mRNA").
 */
const CAMEL_CASE = propertyPattern(String.raw`^\p{Ll}{1,5}(?:\p{Lu}\p{Ll}[\p{L}\p{N}]*|OS)$`)

/**
 * CAMEL_CASE, with the words it cannot match ruled out by their characters first (a word opening
 * on an ASCII character other than a lower-case letter, or made of lower-case ASCII letters
 * only): most tokens are such, and this is asked of every token of the text.
 */
function isCamelCase(word: string): boolean {
  const first = word.charCodeAt(0)
  if (first < 128 && (first < 97 || first > 122)) return false
  let plain = first < 128
  for (let i = 1; plain && i < word.length; i++) {
    const code = word.charCodeAt(i)
    plain = code >= 97 && code <= 122
  }
  return !plain && CAMEL_CASE.test(word)
}
/** A word that goes on a brand's name: a capitalised word or a number ("iPhone XS", "iOS 13"). */
const MODEL_WORD = propertyPattern(String.raw`^(?:\p{Lu}[\p{L}\p{N}]*|\p{N}+)$`)

/** Punctuation a quoted title may carry inside its closing quote mark ("Super Mario Run,”). */
const INNER_PUNCTUATION = new Set([',', '.'])

function adjacent(left: TaggedMention, right: TaggedMention): boolean {
  return right.firstToken === left.lastToken + 1 && right.start === left.end + 1
}

/** Whether tokens [first, last] fill a pair of quote marks on one line. */
function quoted(tokens: readonly Token[], first: number, last: number): boolean {
  const open = tokens[first - 1]
  let close = tokens[last + 1]
  if (close !== undefined && INNER_PUNCTUATION.has(close.text)) close = tokens[last + 2]
  return (
    open !== undefined &&
    close !== undefined &&
    OPENING_QUOTES.has(open.text) &&
    CLOSING_QUOTES.has(close.text) &&
    open.line === close.line
  )
}

/** The type of a quoted title: a work (MISC) if any part was read as one, else the first part's. */
function titleType(left: TaggedMention, right: TaggedMention): ConllType {
  return left.type === 'MISC' || right.type === 'MISC' ? 'MISC' : left.type
}

/** Rules 1 and 2: neighbouring mentions of one name. */
function joinNeighbours(doc: EntityDocument, mentions: readonly TaggedMention[]): TaggedMention[] {
  const { text, tokens } = doc
  return joinPairs(mentions, (left, right) => {
    if (!adjacent(left, right) || left.sentence !== right.sentence) return undefined
    if (quoted(tokens, left.firstToken, right.lastToken)) {
      return mentionOver(
        text,
        tokens,
        left,
        left.firstToken,
        right.lastToken,
        titleType(left, right),
      )
    }
    if (left.type !== right.type || left.type === 'MISC') return undefined
    return mentionOver(text, tokens, left, left.firstToken, right.lastToken)
  })
}

/** Whether token `t` sits on `mention`'s line, a single space from it. */
function besideOnLine(tokens: readonly Token[], t: number, mention: TaggedMention): boolean {
  const token = tokens[t]
  if (token === undefined) return false
  const line = (tokens[mention.firstToken] as Token).line
  return token.line === line && (token.end + 1 === mention.start || mention.end + 1 === token.start)
}

/** Whether token `t` is in no mention and sits beside `mention` on its line. */
function isFree(
  tokens: readonly Token[],
  tagged: ReadonlySet<number>,
  t: number,
  mention: TaggedMention,
): boolean {
  return !tagged.has(t) && besideOnLine(tokens, t, mention)
}

/** Rules 3 and 4: a word beside a mention that belongs to its name. */
function extend(
  doc: EntityDocument,
  mention: TaggedMention,
  attested: ReadonlyMap<string, ConllType>,
  tagged: Set<number>,
): TaggedMention {
  const { text, tokens } = doc
  const before = mention.firstToken - 1
  const after = mention.lastToken + 1
  if (isFree(tokens, tagged, before, mention)) {
    const word = (tokens[before] as Token).text
    if (isCamelCase(word)) return mentionOver(text, tokens, mention, before, mention.lastToken)
    // "The" of a name that opens a sentence ("The United States") is no part of it elsewhere.
    const opens = isCapitalisedToken(tokens[before]) && !STOPWORDS.has(word.toLowerCase())
    const type = opens && attested.get(`${word} ${mention.text}`)
    if (type) return mentionOver(text, tokens, mention, before, mention.lastToken, type)
  }
  if (isFree(tokens, tagged, after, mention) && isCapitalisedToken(tokens[after])) {
    const type = attested.get(`${mention.text} ${(tokens[after] as Token).text}`)
    if (type) return mentionOver(text, tokens, mention, mention.firstToken, after, type)
  }
  return mention
}

/** Rule 5: the camel-case brands no mention holds, each with the model words after it. */
function brands(doc: EntityDocument, tagged: ReadonlySet<number>): TaggedMention[] {
  const { tokens } = doc
  const found: TaggedMention[] = []
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as Token
    if (tagged.has(t) || !isCamelCase(token.text)) continue
    let last = t
    for (let next = tokens[t + 1]; next !== undefined; next = tokens[last + 1]) {
      const prior = tokens[last] as Token
      if (tagged.has(last + 1) || next.line !== prior.line || next.start !== prior.end + 1) break
      if (!MODEL_WORD.test(next.text)) break
      last++
    }
    found.push(newMention(doc, t, last, 'MISC'))
    t = last
  }
  return found
}

export function joinSplitNames(
  mentions: readonly TaggedMention[],
  doc: EntityDocument,
): TaggedMention[] {
  const joined = joinNeighbours(doc, mentions)
  const attested = new Map<string, ConllType>()
  const tagged = new Set<number>()
  for (const mention of joined) {
    if (mention.firstToken !== mention.lastToken) attested.set(mention.text, mention.type)
    for (let t = mention.firstToken; t <= mention.lastToken; t++) tagged.add(t)
  }
  const whole = joined.map((mention) => {
    const made = extend(doc, mention, attested, tagged)
    // A word taken into one name is no longer free for its other neighbour.
    for (let t = made.firstToken; t <= made.lastToken; t++) tagged.add(t)
    return made
  })
  const found = brands(doc, tagged)
  if (found.length === 0) return whole
  return [...whole, ...found].sort((a, b) => a.start - b.start)
}
