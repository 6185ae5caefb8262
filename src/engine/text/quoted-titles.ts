/**
 * What sets a title or a nickname off in running text, in one place for every reader of it: the
 * entity passes that make a quoted title one name (join-quoted-titles, join-work-titles,
 * join-split-names) or read a quoted nickname (join-nicknames, drop-nicknames), and the quote
 * finder that tells a quoted title from speech (quotes/terms.ts). News style sets the titles of
 * works and features, and nicknames, in quote marks and writes titles in title case, where only
 * the small words of a title stay in lower case ("The Wit and Wisdom of …").
 */

/** Quote marks that open a quoted title or nickname: double and single, straight and curly. */
export const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', '“', '‘', "'"])
/** Quote marks that close one. */
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', '”', '’', "'"])
/**
 * The double marks alone: a straight or curly single mark is also an apostrophe ("’90s",
 * "rock ’n’ roll"), so readers that run far from the mark take only these.
 */
export const OPENING_DOUBLE_QUOTES: ReadonlySet<string> = new Set(['"', '“'])
export const CLOSING_DOUBLE_QUOTES: ReadonlySet<string> = new Set(['"', '”'])

/**
 * The lower-case words a title in title case keeps between its capitalised words: articles,
 * conjunctions and short prepositions. Readers add the few more their use wants.
 */
export const TITLE_SMALL_WORDS: readonly string[] = [
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
]

/** Most words of a quoted title read as title-cased. */
export const MAX_TITLE_WORDS = 8

/** Verbs that give a nickname: "dubbed “Brask the Bold”", "nicknamed “Iron Lady”". */
export const NICKNAMING_VERBS: ReadonlySet<string> = new Set(['dubbed', 'nicknamed'])
