/**
 * An affiliation after a name is the person's role when nothing else states one: "Michael Orr of
 * the Brenner Institute for Policy Studies", "Ann Lee, Ph.D., of Columbia University's Zuckerman
 * Institute". Only an institution counts (its name holds a word such as institute, university,
 * bank, council): "Kim Aldo of Dover" gives a home town, which is no role.
 *
 * Method: after the name, an optional degree or suffix set off by commas, then "of" and a run of
 * capitalised words joined by name connectors ("for", "of", "and", "the"), read to the first
 * other word; a fixed window of characters, so the cost per mention is bounded.
 */
import { propertyPattern } from '../text/patterns'

/** Words that make a capitalised run an institution a person works for. */
const INSTITUTION_WORDS: ReadonlySet<string> = new Set(
  `university college institute institution center centre foundation association agency bank
  company hospital clinic school council committee department ministry office group trust society
  union league federation organization organisation club laboratory lab museum corporation corp
  inc ltd llc network fund commission bureau board party academy observatory service authority
  partners capital consultancy firm`.split(/\s+/),
)
/** Lower-case words that may join the words of an institution's name. */
const JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', '&', 'de'])
/** ", Ph.D., of", ", MD, of", ", Jr., of": a degree or suffix between the name and "of". */
const OPENER = /^(?:,\s*(?:Ph\.?\s?D\.?|M\.?D\.?|MD|PhD|Jr\.?|Sr\.?|III|II)\s*,)?,?\s+of\s+/
/** Characters read after "of". */
const REACH = 120
const STARTS_UPPER = propertyPattern(String.raw`^\p{Lu}`)
/** An initial inside a name ("Mortimer B. Zuckerman"): its full stop ends nothing. */
const INITIAL = propertyPattern(String.raw`^\p{Lu}\.$`)
/** Punctuation after a word that ends the name: a comma, a full stop, a colon, a bracket. */
const CLOSES = /[,.;:!?)\]"\u201c\u201d]+$/

/** The institution a person is said to be "of" right after their name (ending at `end`), or null. */
export function affiliationAt(text: string, end: number): string | null {
  const opener = OPENER.exec(text.slice(end, end + 24))
  if (!opener) return null
  const from = end + opener[0].length
  const kept: string[] = []
  let institution = false
  for (const raw of text.slice(from, from + REACH).split(' ')) {
    const closes = CLOSES.test(raw) && !INITIAL.test(raw)
    const word = closes ? raw.replace(CLOSES, '') : raw
    if (!STARTS_UPPER.test(word) && !JOINERS.has(word)) break
    kept.push(word)
    if (INSTITUTION_WORDS.has(word.replace(/['\u2019]s$/, '').toLowerCase())) institution = true
    if (closes || word.includes('\n')) break
  }
  // Joiners at the end belong to the sentence ("of the Bank and the …"), not to the name.
  while (kept.length > 0 && JOINERS.has(kept[kept.length - 1] ?? '')) kept.pop()
  return institution && kept.length > 0 ? kept.join(' ') : null
}
