/**
 * Whole organisation names: joins the name runs that `findNames` cuts where an institution's name
 * holds a lower-case "and" or a plural possessive ("the Universities and Colleges Employers’
 * Association", "the Teachers' Union"), so a speaker is the whole name and never its middle words
 * ("Colleges Employers").
 *
 * Method: one walk over the name mentions in text order. Two neighbouring runs join when the right
 * one ends in an institution's head noun (association, union, council…; not a place) and either
 * - the left run ends in a plural possessive right before it ("Employers’ Association"), or
 * - "and" or "&" stands between them, the left run follows "the" or is itself an institution, and
 *   neither run is a person ("the Senate and House", but not "Ann Lee and Lumio Council").
 */
import type { NameMention } from './mentions'
import type { Token } from './tokens'

/** Head nouns of an institution's name (lower case): the last word of the joined name. */
const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'association',
  'union',
  'council',
  'committee',
  'institute',
  'institution',
  'foundation',
  'federation',
  'society',
  'league',
  'alliance',
  'coalition',
  'commission',
  'board',
  'trust',
  'agency',
  'authority',
  'department',
  'ministry',
  'corporation',
  'company',
  'group',
  'bureau',
  'school',
  'college',
  'university',
  'center',
  'centre',
  'party',
  'club',
  'organisation',
  'organization',
  'fund',
  'service',
  'house',
  'network',
  'confederation',
  'congress',
])

const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', '&'])

function endsInInstitution(tokens: readonly Token[], name: NameMention): boolean {
  return INSTITUTION_HEADS.has(tokens[name.last]?.lower ?? '')
}

function hasInstitutionWord(tokens: readonly Token[], name: NameMention): boolean {
  for (let k = name.first; k <= name.last; k++) {
    if (INSTITUTION_HEADS.has(tokens[k]?.lower ?? '')) return true
  }
  return false
}

/** "Employers’ Association": a plural ending in s, an apostrophe, one space, the next run. */
function pluralPossessiveBefore(text: string, left: NameMention, right: NameMention): boolean {
  const gap = text.slice(left.end, right.start)
  return (gap === '’ ' || gap === "' ") && text.charCodeAt(left.end - 1) === 115
}

function joinedByAnd(
  text: string,
  tokens: readonly Token[],
  left: NameMention,
  right: NameMention,
): boolean {
  if (right.from !== left.last + 2 || right.from !== right.first) return false
  const and = tokens[left.last + 1]
  if (!and || !CONJUNCTIONS.has(and.lower) || and.quote >= 0) return false
  if (text.slice(left.end, and.start) !== ' ' || text.slice(and.end, right.start) !== ' ') {
    return false
  }
  if (left.type === 'person' && left.gender !== null) return false
  if (right.gender !== null || left.role !== null || right.role !== null) return false
  const article = tokens[left.from - 1]?.lower === 'the' && left.from === left.first
  return article || hasInstitutionWord(tokens, left)
}

/**
 * "the Nurses and …": a capitalised word after "the" and before "and" that `findNames` left out
 * (a lone role noun such as "Nurses"), as a one-word mention to join.
 */
function loneConjunct(
  text: string,
  tokens: readonly Token[],
  right: NameMention,
): NameMention | null {
  if (right.from !== right.first) return null
  const and = tokens[right.from - 1]
  const word = tokens[right.from - 2]
  const article = tokens[right.from - 3]
  if (!and || !word || !article || !CONJUNCTIONS.has(and.lower) || article.lower !== 'the') {
    return null
  }
  if (!word.capitalised || word.quote >= 0 || word.possessive) return null
  if (text.slice(word.end, and.start) !== ' ' || text.slice(and.end, right.start) !== ' ')
    return null
  const from = right.from - 2
  return {
    start: word.start,
    end: word.end,
    name: word.text,
    role: null,
    type: 'unknown',
    gender: null,
    first: from,
    last: from,
    from,
  }
}

/** The name mentions with split institution names joined (text order kept). */
export function joinOrganisationNames(
  text: string,
  tokens: readonly Token[],
  names: readonly NameMention[],
): NameMention[] {
  const joined: NameMention[] = []
  const merge = (left: NameMention, right: NameMention): NameMention => ({
    ...left,
    end: right.end,
    name: text.slice(left.start, right.end),
    type: 'organisation',
    gender: null,
    last: right.last,
  })
  for (const name of names) {
    const left = joined.at(-1)
    if (left && endsInInstitution(tokens, name) && pluralPossessiveBefore(text, left, name)) {
      joined[joined.length - 1] = merge(left, name)
    } else joined.push(name)
    // "the Nurses and Midwives Association": a lone plural before "and" is no name of its own.
    const right = joined.at(-1)
    const lone =
      right && endsInInstitution(tokens, right) ? loneConjunct(text, tokens, right) : null
    const before = joined.at(-2)
    if (right && lone && (!before || before.end <= lone.start)) {
      joined[joined.length - 1] = merge(lone, right)
    }
    // "the Universities and Colleges Employers’ Association": the possessive joins first.
    for (;;) {
      const right = joined.at(-1)
      const before = joined.at(-2)
      if (!right || !before || !endsInInstitution(tokens, right)) break
      if (!joinedByAnd(text, tokens, before, right)) break
      joined.splice(-2, 2, merge(before, right))
    }
  }
  return joined
}
