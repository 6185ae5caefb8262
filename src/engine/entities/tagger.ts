/**
 * Named-entity recognition over raw text: tokenize (tokenize.ts), cut the tokens into sentences,
 * hash features (features.ts) and decode BIO tags greedily with the averaged-perceptron weights
 * (perceptron.ts) shipped in model.json (format in model-codec.ts). Returns one mention per
 * entity span with its CoNLL type; other weights (a retrained model) may be passed in. The model is decoded on first use and kept: it is immutable
 * after load, so sharing it between concurrent requests is safe.
 */

import { hasLetterOrDigit, isLowerAt, isLowerWord } from '../text/chars'
import type { Span } from '../types'
import { decodeModel } from './model-codec'
import { tagType } from './features'
import { tagWords } from './perceptron'
import type { WeightRows } from './weight-rows'
import { tokenize } from './tokenize'
import type { Token } from './tokenize'
import modelJson from './model.json'

export type ConllType = 'PER' | 'LOC' | 'ORG' | 'MISC'
const TYPE_OF_INDEX: readonly ConllType[] = ['PER', 'LOC', 'ORG', 'MISC']

export interface TaggedMention {
  start: number
  end: number
  text: string
  type: ConllType
  /** Index of the sentence (tagging sequence) holding the mention. */
  sentence: number
  /** Indices of the mention's first and last tokens. */
  firstToken: number
  lastToken: number
}

export interface TaggedText {
  tokens: Token[]
  /** Token index ranges [start, end) of each tagging sequence. */
  sequences: Span[]
  mentions: TaggedMention[]
  /** Whether the text writes this word in lower case outside headlines. */
  writesLower: (word: string) => boolean
}

/** Ends a sentence: . ? ! or "...". Read by character code, as every token is tested. */
function isTerminal(token: string): boolean {
  if (token.length !== 1) return token === '...'
  const code = token.charCodeAt(0)
  return code === 46 || code === 63 || code === 33
}
/**
 * Longest tagging sequence, in tokens: news sentences stay far below it (CoNLL-2003's longest has
 * 124), and the cap bounds the work and memory a run-on input costs per sequence.
 */
const MAX_SEQUENCE_TOKENS = 256
/** A closing quote or bracket: " ” ’ ' ) ] */
function isCloser(token: string): boolean {
  if (token.length !== 1) return false
  const code = token.charCodeAt(0)
  return (
    code === 34 || code === 0x201d || code === 0x2019 || code === 39 || code === 41 || code === 93
  )
}

const CLITIC = /^['\u2019](?:s|S)?$/

function isEdgeJunk(token: string): boolean {
  const code = token.charCodeAt(0)
  // Only a token opening with an apostrophe can be a clitic ("'s", "’").
  if ((code === 39 || code === 0x2019) && CLITIC.test(token)) return true
  return !hasLetterOrDigit(token, 0, token.length)
}

let model: WeightRows | undefined

/** The model, decoded at the first call: a base64 decode and views over its bytes. */
export function loadModel(): WeightRows {
  model ??= decodeModel(modelJson)
  return model
}

/**
 * Cuts tokens into tagging sequences: at every line break, at the given sentence boundaries if
 * any, else after a terminal mark (with the closing quotes or brackets glued to it).
 */
function sequencesOf(tokens: readonly Token[], sentences?: readonly Span[]): Span[] {
  const sequences: Span[] = []
  let start = 0
  let sentence = 0
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token
    const next = tokens[i + 1]
    let cut = next === undefined || next.line !== token.line || i + 1 - start >= MAX_SEQUENCE_TOKENS
    if (!cut && next !== undefined) {
      if (sentences) {
        while (sentence < sentences.length && (sentences[sentence] as Span).end <= token.start) {
          sentence++
        }
        const current = sentences[sentence]
        cut = current !== undefined && next.start >= current.end
      } else if (isTerminal(token.text) || (isCloser(token.text) && i > start)) {
        const terminal = isTerminal(token.text) ? token : (tokens[i - 1] as Token)
        const closesSentence = isTerminal(terminal.text)
        const gluedCloser = isCloser(next.text) && next.start === token.end
        cut = closesSentence && !gluedCloser && !isLowerAt(next.text, 0)
      }
    }
    if (cut) {
      sequences.push({ start, end: i + 1 })
      start = i + 1
    }
  }
  return sequences
}

/** A single letter and a period: an initial ("J."). */
function isInitial(token: string): boolean {
  return token.length === 2 && token.charCodeAt(1) === 46 && token.charCodeAt(0) !== 46
}

/**
 * Adds the mention of tokens first..last (inclusive) unless it is only punctuation or only
 * initials: a name never starts or ends on punctuation or a possessive, nor ends on a lower-case
 * word, whatever the tags say, and initials name no one without the surname they abbreviate
 * ("J. K." alone).
 */
function addMention(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  type: number,
  sentence: number,
  mentions: TaggedMention[],
): void {
  let from = first
  let to = last
  while (from < to && isEdgeJunk((tokens[from] as Token).text)) from++
  while (
    to > from &&
    (isEdgeJunk((tokens[to] as Token).text) ||
      // A word of lower-case letters only, which no name ends on ("the Orkney islands").
      isLowerWord((tokens[to] as Token).text))
  )
    to--
  if (isEdgeJunk((tokens[from] as Token).text)) return
  let initials = from
  while (initials <= to && isInitial((tokens[initials] as Token).text)) initials++
  if (initials > to) return
  const start = (tokens[from] as Token).start
  const end = (tokens[to] as Token).end
  mentions.push({
    start,
    end,
    text: text.slice(start, end),
    type: TYPE_OF_INDEX[type - 1] as ConllType,
    sentence,
    firstToken: from,
    lastToken: to,
  })
}

/**
 * Finds entity mentions in `text`. With `sentences` (from the sentence splitter) the tagger
 * uses those boundaries; without, it finds its own.
 */
export function tagText(
  text: string,
  sentences?: readonly Span[],
  weights: WeightRows = loadModel(),
): TaggedText {
  const tokens = tokenize(text)
  const sequences = sequencesOf(tokens, sentences)
  const words = tokens.map((token) => token.text)
  const { tags, writesLower } = tagWords(weights, words, sequences)
  const mentions: TaggedMention[] = []
  for (let s = 0; s < sequences.length; s++) {
    const { start, end } = sequences[s] as Span
    let open = -1
    let openType = 0
    for (let i = start; i <= end; i++) {
      const tag = i < end ? (tags[i] as number) : 0
      const type = tagType(tag)
      if (tag !== 0 && tag % 2 === 0 && type === openType) continue
      if (open >= 0) addMention(text, tokens, open, i - 1, openType, s, mentions)
      open = tag === 0 ? -1 : i
      openType = tag === 0 ? 0 : type
    }
  }
  return { tokens, sequences, mentions, writesLower }
}
