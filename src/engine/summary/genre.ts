/**
 * The kind of article, read from cheap cues, so that the ranking can adapt to it instead of
 * assuming a news lead:
 * - live: a live blog, told by its time stamps (lines or sentence heads) and housekeeping lines;
 * - listing: most of its units are list rows;
 * - opinion: the writer speaks as "I" outside quotation marks in the opening sentences;
 * - feature: no dateline, and an anecdotal opening: the first sentences name no number and tell a
 *   scene (a time of day, a place, a person by first name) rather than the news;
 * - news: everything else (the default, and the only kind of the public benchmarks' texts).
 */
import type { BoilerplateKind } from '../text/boilerplate'
import { holdsQuotation } from './avoid'
import { leadingTrim } from './trim'

export type ArticleKind = 'news' | 'feature' | 'opinion' | 'live' | 'listing'

/** Time stamps or housekeeping lines that make a live blog. */
const LIVE_MARKS = 3
/** Share of list rows among all units that makes a listing. */
const LISTING_SHARE = 0.35
/** Opening text sentences read for first-person and feature cues. */
const OPENING = 8
/** First-person sentences among the opening ones that make an opinion piece. */
const OPINION_SENTENCES = 3

const FIRST_PERSON =
  /(?:^|[^\p{L}'’])(?:I|I'm|I’m|I've|I’ve|I'd|I’d|[Mm]y|[Mm]e|myself)(?![\p{L}'’])/u
/** Openings that set a scene rather than state news: a moment, or a person caught in it. */
const SCENE_OPENING =
  /^(?:(?:[Oo]n an? \p{L}+ (?:morning|afternoon|evening|night|day)|[Ii]t was|[Ee]very (?:morning|evening|night|day|week)|[Oo]ne (?:morning|evening|night|day|afternoon)|[Tt]he first time)\b|\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ (?:stood|sat|remembers|remembered|still|was (?:nine|ten|eleven|twelve|a child|a boy|a girl)|has spent|spends|walks|wakes|keeps)\b)/u

export function articleKind(
  texts: readonly string[],
  marks: readonly (BoilerplateKind | null)[],
): ArticleKind {
  let liveMarks = 0
  let rows = 0
  const opening: string[] = []
  for (let i = 0; i < texts.length; i++) {
    const mark = marks[i] ?? null
    const text = texts[i] ?? ''
    if (mark === 'housekeeping' || mark === 'timestamp') liveMarks++
    else if (mark === 'list-row') rows++
    else if (mark === null) {
      if (/^\d/.test(text) && leadingTrim(text) > 0) liveMarks++
      if (opening.length < OPENING) opening.push(text)
    }
  }
  if (liveMarks >= LIVE_MARKS) return 'live'
  if (texts.length > 0 && rows / texts.length >= LISTING_SHARE) return 'listing'
  const firstPerson = opening.filter((t) => !holdsQuotation(t) && FIRST_PERSON.test(t)).length
  if (firstPerson >= OPINION_SENTENCES) return 'opinion'
  const first = opening[0] ?? ''
  const anecdotal =
    leadingTrim(first) === 0 &&
    SCENE_OPENING.test(first) &&
    !opening.slice(0, 2).some((t) => /\d/.test(t))
  return anecdotal ? 'feature' : 'news'
}

/** How much the lead prior counts for each kind, as a share of its tuned weight. */
export const LEAD_SHARE: Record<ArticleKind, number> = {
  news: 1,
  live: 1,
  listing: 1,
  feature: 0.4,
  opinion: 0.4,
}
