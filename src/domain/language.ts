/**
 * The language an article is stored with when its writer gives none: a cheap guess from function
 * words, so a write costs no model and no network. Method: the first SAMPLE_CHARS of the text are
 * split into lower-cased words; each language scores the words found in its list of very common
 * function words (articles, conjunctions, prepositions, auxiliaries). The best language wins when
 * it has at least MIN_HITS such words and MARGIN times the score of the next one; anything else
 * (a short text, a mix, a language not listed) is `en`, the language the engine is built for.
 * The lists are disjoint, so a word counts for one language only; words that are also common in
 * English (`as`, `do`, `die`, `also`) are left out of the other lists.
 */

/** How much of the text is read: enough for a paragraph or two, bounded for long bodies. */
export const SAMPLE_CHARS = 2000
/** Fewer function words than this is too little evidence: the default applies. */
export const MIN_HITS = 4
/** The winner must score this many times the runner-up, or the text is taken as mixed. */
export const MARGIN = 2
export const DEFAULT_LANGUAGE = 'en'

export const FUNCTION_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    en: 'the and of to is was that with for this have from they which said were are',
    de: 'der und das ist nicht mit ein eine auf sich dem zu von wird den im auch nach',
    fr: 'le les et des est une dans pour pas qui sur avec du au ont cette sont aux',
    es: 'el los las y del una por con para como pero fue sus al entre está han',
    it: 'che di della è non per sono gli nel anche delle alla degli questo ha stato',
    pt: 'não em um uma os dos na ao pelo pela foi são seu sua ele ela mas também disse',
    nl: 'het een van dat op niet zijn voor ook aan wordt bij naar werd heeft deze',
  }).map(([language, words]) => [language, new Set(words.split(' '))]),
)

/** A BCP 47 primary language subtag for `text`: one of the listed languages, else `en`. */
export function detectLanguage(text: string): string {
  const scores = new Map<string, number>()
  for (const [word] of text
    .slice(0, SAMPLE_CHARS)
    .toLowerCase()
    .matchAll(/\p{L}+/gu)) {
    for (const [language, words] of FUNCTION_WORDS) {
      if (words.has(word)) scores.set(language, (scores.get(language) ?? 0) + 1)
    }
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  const [best, second] = ranked
  if (!best || best[1] < MIN_HITS || best[1] < MARGIN * (second?.[1] ?? 0)) return DEFAULT_LANGUAGE
  return best[0]
}
