/**
 * Regular expressions with Unicode property classes (`\p{Lu}`, `\p{L}`…), built on first use, and
 * for plain text from an ASCII twin. V8 expands every property class into its code point ranges
 * each time it parses a pattern (a literal is parsed when the module is, also inside functions
 * that never run) and compiles them into a tree of range tests on the pattern's first runs: about
 * 0.5 to 1.5 ms per pattern, 30 to 40 ms of an isolate's first analysis for the engine's 100. So
 * no such pattern is a literal (tests/node/unicode-patterns.test.ts), none is built at import, and
 * a subject made only of ASCII and of punctuation outside every property class here is matched by
 * the twin, where `\p{L}` reads `A-Za-z`: on such a subject the two match alike, flags `i` and `u`
 * included (no character of it case-folds into or out of a class), and the twin compiles in
 * microseconds. Other text (accents, other scripts) gets the full pattern.
 */

/** The ASCII ranges of each property class, for a subject that is plain text. */
const PLAIN_RANGES: ReadonlyMap<string, string> = new Map([
  ['L', 'A-Za-z'],
  ['Lu', 'A-Z'],
  ['Ll', 'a-z'],
  ['Lt', ''],
  ['N', '0-9'],
  ['M', ''],
])

/**
 * Text the twin matches as the full pattern does: ASCII, Latin-1 punctuation and symbols (not
 * `ª`, `º`, `µ`, the superscript digits and fractions, which are letters or numbers) and the
 * General Punctuation block (dashes, curly quotes, ellipsis, spaces), none of which is a letter,
 * digit or mark or case-folds to one.
 */
const PLAIN_TEXT = /^[\0-\x7f\xa0-\xa9\xab-\xb1\xb4\xb6-\xb8\xbb\xbf\xd7\xf7\u2000-\u206f]*$/

/**
 * Longest subject scanned for plain text: a sentence is cut at 2,000 characters, and a longer
 * subject (a whole text, hostile input) takes the full pattern rather than a scan on every call.
 */
const MAX_PLAIN_SCAN = 4_000

/**
 * `source` with each property class replaced by its ASCII ranges (`[A-Za-z]` outside a bracket
 * class). Throws for a class not in PLAIN_RANGES, or a negated one (`\P{…}`), so that a new
 * pattern fails its first test instead of matching wrongly.
 */
export function plainSource(source: string): string {
  let out = ''
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const char = source.charAt(i)
    if (char === '\\') {
      const next = source.charAt(i + 1)
      if (next === 'p' || next === 'P') {
        const close = source.indexOf('}', i)
        const name = source.slice(i + 3, close)
        const ranges = PLAIN_RANGES.get(name)
        if (next === 'P' || source.charAt(i + 2) !== '{' || ranges === undefined) {
          throw new Error(`no plain twin for ${source.slice(i, close + 1)} in /${source}/`)
        }
        out += inClass ? ranges : `[${ranges}]`
        i = close
        continue
      }
      out += char + next
      i++
      continue
    }
    if (char === '[') inClass = true
    else if (char === ']') inClass = false
    out += char
  }
  return out
}

/**
 * A pattern with the `u` flag and `flags`, built on first use: the full pattern, or its ASCII
 * twin for a subject that is plain text. It reads as a RegExp where the engine uses one: `test`,
 * `exec`, and `replace`, `split` and `match` of strings.
 *
 * @example
 * const STARTS_UPPER = propertyPattern(String.raw`^\p{Lu}`)
 * STARTS_UPPER.test('Élan') // true (the full pattern)
 * 'Rose'.replace(STARTS_UPPER, '') // 'ose' (the twin)
 */
export class PropertyPattern {
  readonly source: string
  readonly flags: string
  #full: RegExp | undefined
  #plain: RegExp | undefined

  constructor(source: string, flags: string) {
    this.source = source
    this.flags = flags
  }

  /** The expression to run on `subject`: the ASCII twin for plain text, else the full one. */
  for(subject: string): RegExp {
    if (subject.length <= MAX_PLAIN_SCAN && PLAIN_TEXT.test(subject)) {
      return (this.#plain ??= new RegExp(plainSource(this.source), this.flags))
    }
    return (this.#full ??= new RegExp(this.source, this.flags))
  }

  test(subject: string): boolean {
    return this.for(subject).test(subject)
  }

  exec(subject: string): RegExpExecArray | null {
    return this.for(subject).exec(subject)
  }

  [Symbol.replace](
    subject: string,
    replacement: string | ((substring: string, ...args: unknown[]) => string),
  ): string {
    // RegExp's own method takes one kind of replacement per overload.
    return typeof replacement === 'string'
      ? this.for(subject)[Symbol.replace](subject, replacement)
      : this.for(subject)[Symbol.replace](subject, replacement)
  }

  [Symbol.split](subject: string, limit?: number): string[] {
    return this.for(subject)[Symbol.split](subject, limit)
  }

  [Symbol.match](subject: string): RegExpMatchArray | null {
    return this.for(subject)[Symbol.match](subject)
  }
}

/**
 * A pattern with property classes, with the `u` flag and `flags`; write `source` with `String.raw`
 * so that it reads as the literal would.
 *
 * @example
 * const STARTS_UPPER = propertyPattern(String.raw`^\p{Lu}`)
 */
export function propertyPattern(source: string, flags = ''): PropertyPattern {
  return new PropertyPattern(source, `u${flags}`)
}
