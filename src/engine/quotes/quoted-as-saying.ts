/**
 * "The paper quoted Ann Lee as saying …": the one quoted is the speaker, not the one quoting. The
 * cue runs from "quoted" to the reporting verb, and is found from either end ("quoted" or the
 * verb after "as"), so the two cue words of one attribution give the same answer.
 */
import { CUE_WORDS, DETERMINERS, ROLE_NOUNS } from './lexicon'
import { breaksClause, mention, type Attribution, type Context } from './clause'

/** Longest speaker mention between "quoted" and "as saying". */
const QUOTED_REACH = 8
const QUOTING_FORMS: ReadonlySet<string> = new Set(['quote', 'quotes', 'quoted', 'quoting'])
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them'])

/**
 * "The paper quoted Ann Lee as saying …", "quoted him as telling": the one quoted is the speaker,
 * not the one quoting. The cue runs from "quoted" to the reporting verb.
 */
function quotedAsSaying(ctx: Context, c: number): Attribution | null {
  const cue = ctx.tokens[c]
  if (!cue || !QUOTING_FORMS.has(cue.lower)) return null
  for (let j = c + 2; j <= c + QUOTED_REACH; j++) {
    const token = ctx.tokens[j]
    if (!token || token.quote >= 0 || breaksClause(ctx, j - 1)) return null
    const verb = ctx.tokens[j + 1]
    if (token.lower !== 'as' || !verb || !CUE_WORDS.has(verb.lower)) continue
    const first = ctx.tokens[c + 1]
    const last = ctx.tokens[j - 1]
    if (!first || !last) return null
    const cueSpan = { start: cue.start, end: verb.end }
    const nameIndex = ctx.nameByFrom.get(c + 1)
    const name = nameIndex === undefined ? undefined : ctx.names[nameIndex]
    if (name && nameIndex !== undefined && name.last === j - 1) {
      return { speaker: mention(name.start, name.end, 'name', nameIndex), cue: cueSpan }
    }
    if (j === c + 2 && OBJECT_PRONOUNS.has(first.lower)) {
      return { speaker: mention(first.start, first.end, 'pronoun'), cue: cueSpan }
    }
    const phrase = DETERMINERS.has(first.lower) || ROLE_NOUNS.has(first.lower)
    return phrase ? { speaker: mention(first.start, last.end, 'phrase'), cue: cueSpan } : null
  }
  return null
}

/** "… quoted Ann Lee as saying": from the reporting verb back to its "quoted". */
function quotingBefore(ctx: Context, c: number): Attribution | null {
  if (ctx.tokens[c - 1]?.lower !== 'as') return null
  for (let k = c - 3; k >= 0 && k >= c - QUOTED_REACH; k--) {
    if (QUOTING_FORMS.has(ctx.tokens[k]?.lower ?? '')) return quotedAsSaying(ctx, k)
  }
  return null
}

/** The attribution when token c is "quoted" or the reporting verb of "quoted X as saying". */
export function quotedAttribution(ctx: Context, c: number): Attribution | null {
  return quotedAsSaying(ctx, c) ?? quotingBefore(ctx, c)
}
