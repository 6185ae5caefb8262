/**
 * Stage read-candidates: each repaired mention becomes a candidate. The name's own words type it
 * (read-name.ts); its context may retype it (a dateline's or a credit's agency, a body noun before
 * it, an apposition after it); a person's titles move to its role; words capitalised only because
 * they open the sentence are cut off; and the cues later passes vote with are recorded (the
 * locative before it, a landscape word after it, a dateline's capitals). Discourse openers ("Mind
 * you") and bracketed abbreviations of common words ("(GDP)") are dropped.
 */

import { appositionType, namedAsBody } from '../appositions'
import type { Candidate } from '../candidate'
import { LOCATIVES } from '../candidate'
import { isCreditAgency, isDatelineAgency, opensDateline } from '../datelines'
import { PLACE_WORDS, isCountry, isListedPlace, opensWithGivenName } from '../lexicon'
import { isBodyAlias, tokenIndexIn } from '../mention-edits'
import { keyOf } from '../names'
import { parsePerson } from '../person-role'
import type { NameReading } from '../read-name'
import { readName } from '../read-name'
import type { ConllType, TaggedMention } from '../tagger'
import type { Token } from '../tokenize'
import type { EntityDocument, MentionType } from '../types'
import { hasLetterOrDigit } from '../../text/chars'
import { propertyPattern } from '../../text/patterns'

const STARTS_LETTER = propertyPattern(String.raw`^\p{L}`)
const STARTS_LOWER = propertyPattern(String.raw`^\p{Ll}`)

/**
 * Capitalised only because they open a sentence: never the first word of a name, though the
 * tagger sometimes takes them in ("Later Xi said").
 */
const SENTENCE_OPENERS = new Set([
  'later',
  'then',
  'but',
  'and',
  'meanwhile',
  'however',
  'when',
  'after',
  'before',
  'while',
  'yesterday',
  'today',
  'tomorrow',
  'also',
  'so',
  'if',
  'as',
  'since',
  'although',
  'though',
  'instead',
  'still',
  'now',
  'earlier',
  'separately',
  'elsewhere',
  'in',
  'on',
  'at',
  'for',
  'from',
  'alongside',
  'besides',
  'beside',
  'across',
  'with',
  'within',
  'without',
  'between',
  'despite',
  'during',
  'by',
  'to',
  'into',
  'unlike',
  'like',
  'under',
  'beyond',
  'outside',
  'inside',
])

/** Nouns whose "in" points at a person, not a place: "faith in Elon Musk". */
const TRUST_NOUNS = new Set(['faith', 'trust', 'confidence', 'belief', 'interest', 'stake'])

/**
 * Nouns whose "in" often points at a body: "shares in Microsoft", "a stake in Halvard". They keep
 * a body a body, but do not make a place of anything else.
 */
const HOLDING_NOUNS = new Set([
  'shares',
  'stake',
  'stakes',
  'stock',
  'holding',
  'holdings',
  'investment',
  'investments',
])

/** Object pronouns after which a sentence's capitalised first word is a verb ("Mind you"). */
const OBJECT_PRONOUNS = new Set(['you', 'me', 'us'])

/** Tokens that may come between a sentence start and its first word. */
const SENTENCE_START_MARKS = new Set(['“', '"', '‘', "'", '(', '.', '!', '?', ':'])

/**
 * A one-word "name" that opens a sentence with an object pronoun right after it ("Mind you,
 * listening's free") is a verb in the imperative, not a name.
 */
function isDiscourseOpener(tokens: readonly Token[], first: number): boolean {
  const token = tokens[first] as Token
  const next = tokens[first + 1]
  if (next === undefined || next.start !== token.end + 1 || !OBJECT_PRONOUNS.has(next.text)) {
    return false
  }
  const previous = tokens[first - 1]
  return (
    previous === undefined ||
    previous.line !== token.line ||
    SENTENCE_START_MARKS.has(previous.text)
  )
}

/** Small words an abbreviation leaves out: "depreciation and amortisation" is D and A. */
const ABBREVIATION_GAPS = new Set(['and', 'of', 'the', 'for', 'on', 'in', 'to', '&'])

/**
 * A word in parentheses made of the initials of the lower-case words before it abbreviates a
 * common phrase, not a name: "earnings before interest, tax, depreciation and amortisation
 * (Ebitda)", "gross domestic product (GDP)".
 */
function abbreviatesCommonWords(tokens: readonly Token[], first: number, last: number): boolean {
  if (first !== last || tokens[first - 1]?.text !== '(' || tokens[last + 1]?.text !== ')') {
    return false
  }
  const letters = (tokens[first] as Token).lower
  if (letters.length < 2) return false
  let k = letters.length - 1
  for (let t = first - 2; t >= 0 && k >= 0; t--) {
    const word = (tokens[t] as Token).text
    if (!STARTS_LETTER.test(word)) {
      if (word === ',') continue
      return false
    }
    if (ABBREVIATION_GAPS.has(word)) continue
    if (!STARTS_LOWER.test(word) || word[0] !== letters[k]) return false
    k--
  }
  return k < 0
}

export function candidatesOf(mentions: readonly TaggedMention[], doc: EntityDocument): Candidate[] {
  const { text, tokens } = doc
  const candidates: Candidate[] = []
  // News repeats its names: each distinct name is read, keyed and split once.
  const readings = new Map<ConllType, Map<string, NameReading>>()
  const forms = new Map<string, { key: string; words: string[] }>()
  let previousRead: { lastToken: number; type: MentionType } | undefined
  for (const mention of mentions) {
    let role: string | undefined
    const tagged = text.slice(mention.start, mention.end)
    let ofType = readings.get(mention.type)
    if (ofType === undefined) {
      ofType = new Map()
      readings.set(mention.type, ofType)
    }
    let reading = ofType.get(tagged)
    if (reading === undefined) {
      reading = readName(tagged, mention.type)
      ofType.set(tagged, reading)
    }
    if (reading.skip || abbreviatesCommonWords(tokens, mention.firstToken, mention.lastToken)) {
      continue
    }
    let type = reading.type
    const several = reading.several
    const { firstToken, lastToken } = mention
    if (
      type !== 'ORG' &&
      (isDatelineAgency(tokens, firstToken, lastToken) ||
        isCreditAgency(tokens, firstToken) ||
        // The cheap token test first: most names follow no body's noun.
        ((type === 'MISC' || type === 'PER') &&
          namedAsBody(tokens, firstToken) &&
          (type === 'MISC' || !opensWithGivenName(tagged.split(/\s+/)))))
    ) {
      type = 'ORG'
    }
    const previousToken = tokens[firstToken - 1]
    const nounBefore = tokens[firstToken - 2]?.lower ?? ''
    const locative =
      previousToken !== undefined &&
      previousToken.line === (tokens[firstToken] as Token).line &&
      LOCATIVES.has(previousToken.lower) &&
      !TRUST_NOUNS.has(nounBefore)
        ? previousToken.text
        : undefined
    const holding = locative !== undefined && HOLDING_NOUNS.has(nounBefore)
    const nextToken = tokens[lastToken + 1]
    if (!several && isDiscourseOpener(tokens, firstToken)) continue
    const landscape =
      !several &&
      nextToken !== undefined &&
      nextToken.start === mention.end + 1 &&
      PLACE_WORDS.has(nextToken.text)
    let first = firstToken
    if (type === 'PER') {
      const parsed = parsePerson(text, tokens, firstToken, lastToken)
      role = parsed.role
      first = tokenIndexIn(doc, parsed.start)
    }
    while (first < tokens.length && (tokens[first] as Token).end < mention.end) {
      const word = (tokens[first] as Token).lower
      if (!SENTENCE_OPENERS.has(word)) break
      first++
    }
    const start = (tokens[first] as Token).start
    const surface = start === mention.start ? tagged : text.slice(start, mention.end)
    // "Alongside Nigeria" or "From São Paulo" read as a body is the place once the opener is gone.
    if (surface !== tagged && type === 'ORG' && (isCountry(surface) || isListedPlace(surface))) {
      type = 'LOC'
    }
    let form = forms.get(surface)
    if (form === undefined) {
      if (!hasLetterOrDigit(surface, 0, surface.length)) continue
      form = { key: keyOf(surface), words: surface.split(/\s+/) }
      forms.set(surface, form)
    }
    const definite = tokens[lastToken + 2]?.text === 'the'
    // After a place ("Canada, the European Union,") or after a list item itself written ", the …"
    // ("…, the Ocean Data Alliance, the Harbour Relief Fund,"), a ", the" name is the next item.
    const listed =
      type === 'LOC' ||
      (tokens[firstToken - 1]?.text === 'the' && tokens[firstToken - 2]?.text === ',')
    const described = definite && listed ? undefined : appositionType(tokens, lastToken)
    const appositive = described !== undefined && definite
    // "(TİTCK)" after the agency's name is that agency; a place is not ("Bayern Munich (Germany)").
    const previous = candidates[candidates.length - 1]
    if (previous !== undefined && type !== 'LOC' && isBodyAlias(tokens, mention, previousRead)) {
      previous.appositive ??= start
    }
    previousRead = { lastToken, type: described ?? type }
    candidates.push({
      mention: { start, end: mention.end, text: surface },
      type: described ?? type,
      role,
      key: form.key,
      words: form.words,
      locative,
      holding,
      dateline: opensDateline(tokens, first, lastToken),
      landscape,
      described,
      appositive: appositive ? (tokens[lastToken + 3] as Token).start : undefined,
    })
  }
  return candidates
}
