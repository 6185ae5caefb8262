/**
 * The kind of article, read from cheap cues, so that the ranking can adapt to it instead of
 * assuming a news lead:
 * - live: a live blog, told by its time stamps (lines or sentence heads) and housekeeping lines;
 * - listing: most of its units are list rows;
 * - opinion: the writer speaks as "I" outside quotation marks in the opening sentences;
 * - feature: no dateline, and an anecdotal opening that sets a scene (a moment of a day, a person
 *   caught in it) rather than stating the news;
 * - news: everything else (the default, and the only kind of the public benchmarks' texts).
 * How the ranking adapts: `weightsFor` and `adaptScores` below.
 */
import type { BoilerplateKind } from '../text/boilerplate'
import type { Sentence } from '../types'
import { holdsQuotation } from './avoid'
import type { RankingWeights } from './rank'
import { leadingTrim } from './trim'
import { propertyPattern } from '../text/patterns'

export type ArticleKind = 'news' | 'feature' | 'opinion' | 'live' | 'listing'

/** Time stamps or housekeeping lines that make a live blog. */
const LIVE_MARKS = 3
/** Share of list rows among all units that makes a listing. */
const LISTING_SHARE = 0.35
/** Opening text sentences read for first-person and feature cues. */
const OPENING = 8
/** First-person sentences among the opening ones that make an opinion piece. */
const OPINION_SENTENCES = 3

const FIRST_PERSON = propertyPattern(
  String.raw`(?:^|[^\p{L}'\u2019])(?:I|I'm|I\u2019m|I've|I\u2019ve|I'd|I\u2019d|[Mm]y|[Mm]e|myself)(?![\p{L}'\u2019])`,
)
/** Openings that set a scene rather than state news: a moment, or a person caught in it. */
const SCENE_OPENING = propertyPattern(
  String.raw`^(?:(?:[Oo]n an? (?:\p{L}+ ){1,2}(?:morning|afternoon|evening|night|day)|[Ii]t was (?:barely |just |nearly |almost |still )?(?:light|dark|dawn|dusk|midnight|noon|morning|evening)|[Ee]very (?:morning|evening|night|day|week)|[Oo]ne (?:morning|evening|night|day|afternoon)|[Tt]he first time)\b|\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ (?:stood|sat|remembers|remembered|still|was (?:nine|ten|eleven|twelve|a child|a boy|a girl)|has spent|spends|walks|wakes|keeps)\b)`,
)
/**
 * What every SCENE_OPENING needs, without Unicode properties: tested first because compiling
 * SCENE_OPENING costs milliseconds of a cold start, and most openings fail this already.
 */
const SCENE_CUE =
  /^(?:[Oo]n an? |[Ii]t was |[Ee]very |[Oo]ne |[Tt]he first time|\S+ \S+ (?:stood|sat|remember|still|was |has spent|spends|walks|wakes|keeps))/

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
  return leadingTrim(first) === 0 && SCENE_CUE.test(first) && SCENE_OPENING.test(first)
    ? 'feature'
    : 'news'
}

/** How much the lead prior counts for each kind, as a share of its tuned weight. */
const LEAD_SHARE: Record<ArticleKind, number> = {
  news: 1,
  live: 1,
  listing: 1,
  feature: 0.2,
  opinion: 0.2,
}

/** Share of its score an anecdotal opening paragraph keeps in a feature. */
const ANECDOTE_SHARE = 0.5
/** Added to the score of an opinion piece's sentences that state what should be done. */
const THESIS_BONUS = 0.3
const THESIS = /\b(?:should|must|ought to|needs? to|has to|have to)\b/i

/**
 * The ranking weights for an article of `kind`: features and opinion lose most of the lead prior
 * and PacSum's forward orientation (their opening is a scene or a story, not the news), so the
 * long-summary centrality, which rewards what the article keeps returning to, applies throughout.
 */
export function weightsFor(kind: ArticleKind, weights: RankingWeights): RankingWeights {
  const share = LEAD_SHARE[kind]
  if (share === 1) return weights
  return {
    ...weights,
    short: { centrality: weights.long.centrality, lead: weights.short.lead * share },
    long: { ...weights.long, lead: weights.long.lead * share },
  }
}

/**
 * Adapts the scores to the kind: a feature's opening paragraph (the anecdote) counts half, so its
 * nut graf comes first; an opinion piece's sentences that state what should be done gain.
 */
export function adaptScores(
  kind: ArticleKind,
  scores: number[],
  texts: readonly string[],
  sentences: readonly Sentence[],
  isText: readonly boolean[],
): void {
  if (kind === 'feature') {
    const first = sentences.findIndex((_, i) => isText[i] === true)
    const paragraph = sentences[first]?.paragraph
    for (let i = first; i >= 0 && i < sentences.length; i++) {
      if (sentences[i]?.paragraph !== paragraph) break
      scores[i] = (scores[i] ?? 0) * ANECDOTE_SHARE
    }
  } else if (kind === 'opinion') {
    texts.forEach((text, i) => {
      if (isText[i] === true && !holdsQuotation(text) && THESIS.test(text)) {
        scores[i] = (scores[i] ?? 0) + THESIS_BONUS
      }
    })
  }
}
