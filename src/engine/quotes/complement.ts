/**
 * The whole description after an inverted cue: "said a spokeswoman for the Universities and
 * Colleges Employers’ Association", "warned the governor of the Bank of England", "said one
 * resident of the estate". A role phrase ending in its head noun ("a spokeswoman") names nobody
 * by itself; the "for/of/at/with" complement after it says whose spokeswoman she is, so it is
 * part of the speaker span, as it already is when the phrase stands before its cue ("a spokesman
 * for the company said").
 *
 * Method: from the token after the head, one preposition, an optional determiner, then at most
 * three words (a name mention counts as one, taken whole) up to a small word that opens something
 * else ("on Tuesday", "who declined", "said"); lower-case words need the determiner. Nothing is added when the complement is
 * a pronoun or runs into a quote.
 */
import { DETERMINERS, PHRASE_STOPS } from './lexicon'
import { gapBetween, mention, plainGap, type Context, type SpeakerMention } from './clause'

const COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'with'])
/** Longest lower-case complement after its determiner: "of the local tenants' association". */
const COMPLEMENT_WORDS = 3

/** `phrase` (a role phrase whose head noun is token `head`) with its complement, if any. */
export function withComplement(ctx: Context, phrase: SpeakerMention, head: number): SpeakerMention {
  const preposition = ctx.tokens[head + 1]
  if (!preposition || preposition.quote >= 0 || !COMPLEMENT_PREPOSITIONS.has(preposition.lower)) {
    return phrase
  }
  if (!plainGap(gapBetween(ctx, head, head + 1))) return phrase
  let k = head + 2
  const determiner = ctx.tokens[k]
  if (determiner && DETERMINERS.has(determiner.lower) && plainGap(gapBetween(ctx, k - 1, k))) k++
  if (!plainGap(gapBetween(ctx, k - 1, k))) return phrase
  let end = -1
  for (let j = k, words = 0; words < COMPLEMENT_WORDS; words++) {
    const word = ctx.tokens[j]
    if (!word || word.quote >= 0 || PHRASE_STOPS.has(word.lower)) break
    if (j > k && !plainGap(gapBetween(ctx, j - 1, j))) break
    // A name is taken whole ("of the Bank of England"), a common noun may follow it ("estate").
    const nameIndex = word.capitalised ? ctx.nameByFrom.get(j) : undefined
    const name = nameIndex === undefined ? undefined : ctx.names[nameIndex]
    if (word.capitalised && !name) break
    const last = name ? name.last : j
    end = name ? name.end : word.end
    if (ctx.tokens[last]?.possessive === true && !name) break
    j = last + 1
  }
  return end < 0 || (k === head + 2 && !ctx.tokens[k]?.capitalised)
    ? phrase
    : mention(phrase.start, end, 'phrase')
}
