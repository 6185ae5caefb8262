/**
 * More cues around one mention of a name, for the kinds a person's name is most often mistaken
 * for: a product or a work (misc), a shop (a body) and a region (a place). Read from the tokens
 * right before and after the mention, like type-cues.ts, whose cues the context-types pass adds
 * these to:
 *   - a noun of a work's part or release after its name: "the Brask sequel", "the Brask trailer";
 *   - a product's noun, or a verb of drinking or streaming, before it: "the drink Brask", "the drug
 *     Ostvane", "sipped Brask";
 *   - an indefinite article with nothing after the name but punctuation: "charged $10 for a Brask
 *     Cola.", "drove a Halvard," (an item of a brand, or a member of a group: never a person);
 *   - a possessive with nothing after it: "went to Halvard’s," (a shop or a firm: "at Macy's."),
 *     unless a comparison opens it: "bolder than Brask’s." leaves out a person's plan;
 *   - the second name of "from Radstock, Brask," (a town then its county): a place, unless a
 *     capitalised name follows its comma ("cards from Zotac, Brask, Ostrow and Vell": a list).
 */

import { lowerReader } from './tokenize'
import type { Token } from './tokenize'
import { STRONG_CUE } from './type-cues'
import type { TypeCue } from './type-cues'
import { propertyPattern } from '../text/patterns'

/**
 * Nouns of a part or a release of a work right after its name: "the Brask sequel", "the Brask
 * trailer". Not "film", "album" or "musical", which a director, a band, a composer or a subject
 * qualify as often ("a Spielberg film", "an IRA film").
 */
const WORK_QUALIFIED = new Set([
  'sequel',
  'prequel',
  'trailer',
  'soundtrack',
  'episode',
  'episodes',
])

/** Nouns of a product or a work right before its name: "the drink Brask", "the drug Ostvane". */
const PRODUCT_NOUNS_BEFORE = new Set([
  'drink',
  'soda',
  'beer',
  'drug',
  'medicine',
  'medication',
  'vaccine',
  'chemical',
  'compound',
  'book',
  'podcast',
  'documentary',
  'series',
  'browser',
  'console',
  'smartphone',
  'chatbot',
])

/** Verbs done to a drink or a stream right before its name: "sipped Brask", "streams Ostvik". */
const CONSUMING_VERBS = new Set([
  'drink',
  'drinks',
  'drank',
  'drinking',
  'sip',
  'sips',
  'sipped',
  'sipping',
  'stream',
  'streamed',
  'streaming',
])

/** Punctuation or a conjunction after a name: nothing follows that the name qualifies. */
const NAME_ENDS = new Set([',', '.', ';', ':', '!', '?', 'and', 'or'])
/**
 * What ends a sentence or a clause after a possessive: "went to Halvard’s." A bracket does not:
 * "(Brask's) refusal" is a person's act in brackets.
 */
const CLAUSE_ENDS = new Set([',', '.', ';', '!', '?'])
const INDEFINITE_ARTICLES = new Set(['a', 'an'])
/** Words of comparison before an elliptical possessive: "than Brask’s", a person's thing. */
const COMPARISONS = new Set(['than', 'as', 'like', 'unlike'])
const POSSESSIVES = new Set(["'s", '’s'])
/** Lower-case prepositions a town's name follows: "from Radstock, Brask,". */
const TOWN_LINKS = new Set(['in', 'from', 'near', 'outside'])
/** Months and weekdays before a comma are dates, not towns: "in March, Brask, 45, said". */
const DATE_WORDS = propertyPattern(
  String.raw`^(?:(?:jan|febr)uary|march|april|may|june|july|august|(?:sept|nov|dec)ember|october|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$`,
  'i',
)
const CAPITALISED = propertyPattern(String.raw`^\p{Lu}`)
/** Most words of the town's name before the comma: "from Bishop's Stortford, Brask,". */
const MAX_TOWN_WORDS = 3

/** Whether the name from `first` follows "in Town, " with a town of capitalised words. */
function followsTown(tokens: readonly Token[], first: number): boolean {
  if (tokens[first - 1]?.text !== ',') return false
  let k = first - 2
  const stop = first - 2 - MAX_TOWN_WORDS
  while (k > stop && CAPITALISED.test(tokens[k]?.text ?? '')) k--
  const town = tokens[k + 1]
  if (k === first - 2 || town === undefined || DATE_WORDS.test(town.text)) return false
  return TOWN_LINKS.has(tokens[k]?.text ?? '')
}

/** The product, work, shop and region cues around the mention from `first` to `last`. */
export function workCuesAround(tokens: readonly Token[], first: number, last: number): TypeCue[] {
  const word = lowerReader(tokens)
  const after = word(last + 1)
  const before = word(first - 1)
  const ended = NAME_ENDS.has(after) || last + 1 >= tokens.length
  const cues: TypeCue[] = []
  if (WORK_QUALIFIED.has(after)) cues.push({ type: 'MISC', weight: STRONG_CUE })
  if (
    PRODUCT_NOUNS_BEFORE.has(before) ||
    CONSUMING_VERBS.has(before) ||
    (INDEFINITE_ARTICLES.has(before) && ended)
  ) {
    cues.push({ type: 'MISC', weight: STRONG_CUE })
  }
  if (POSSESSIVES.has(after) && !COMPARISONS.has(before)) {
    const next = word(last + 2)
    if (CLAUSE_ENDS.has(next) || last + 2 >= tokens.length) {
      cues.push({ type: 'ORG', weight: STRONG_CUE })
    }
  }
  const listGoesOn = after === ',' && CAPITALISED.test(tokens[last + 2]?.text ?? '')
  if (ended && after !== 'and' && after !== 'or' && !listGoesOn && followsTown(tokens, first)) {
    cues.push({ type: 'LOC', weight: STRONG_CUE })
  }
  return cues
}
