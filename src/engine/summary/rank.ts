/**
 * Sentence salience for news, unsupervised: a weighted sum of four signals known to work for news
 * summarization, each scaled to [0, 1]. How much the lead and the direction of the graph count
 * depends on the share of the article the summary takes (see `RankingWeights`).
 * - directed centrality over the lexical similarity graph (PacSum, Zheng & Lapata 2019);
 * - the lead prior: news states its point first (Brandow, Mitze & Rau 1995; LEAD baselines),
 *   decaying hyperbolically with the sentence's position among the article's text sentences;
 * - overlap with the title, when there is one (Edmundson 1969, "title method");
 * - length, saturating: very short sentences (headlines, fragments) carry little content.
 * Weights were tuned on the dev splits of the evaluation sets only (see `DEFAULT_RANKING`).
 */
import { directedCentrality, type CentralityWeights } from './centrality'
import {
  contentTermIds,
  termVocabulary,
  tfidfMatrix,
  type TermMatrix,
  type TermVocabulary,
} from './terms'

/** The weights that change with the summary's share of the article. */
export interface RegimeWeights {
  /** PacSum's edge weights and threshold. */
  centrality: Omit<CentralityWeights, 'window'>
  /** Weight of the lead prior. */
  lead: number
}

export interface RankingWeights {
  /**
   * For a short summary (a few sentences of a long article) the article's opening and the
   * sentences that later ones elaborate matter most: a strong lead prior and PacSum's forward
   * orientation (edges to earlier sentences count against).
   */
  short: RegimeWeights
  /**
   * For a long summary (a large share of the article) coverage of what the article keeps
   * returning to matters most: a weaker lead prior and undirected, degree-like centrality.
   */
  long: RegimeWeights
  /** Summary shares (sentences asked / text sentences) at or below which `short` applies… */
  shortCoverage: number
  /** …and at or above which `long` applies; in between the weights are interpolated linearly. */
  longCoverage: number
  /** How many following sentences each sentence is compared with in the graph. */
  window: number
  /** Weight of directed centrality in the score. */
  central: number
  /** The lead prior is 1 / (1 + position / leadScale). */
  leadScale: number
  /** Weight of title overlap (ignored without a title). */
  title: number
  /** Weight of the length signal. */
  length: number
  /** Sentences of this many words or more get the full length signal. */
  lengthSaturation: number
}

/**
 * Tuned on the dev splits only (CNN/DailyMail dev for `short`, BBC News Summary dev for `long`;
 * see the report of the tuning runs in the summary tests' README section).
 */
export const DEFAULT_RANKING: RankingWeights = {
  short: { centrality: { forward: 1, backward: -1, threshold: 0.2 }, lead: 1.5 },
  long: { centrality: { forward: 1, backward: 1.5, threshold: 0 }, lead: 1 },
  shortCoverage: 0.2,
  longCoverage: 0.4,
  window: 40,
  central: 1,
  leadScale: 2,
  title: 0.5,
  length: 0.3,
  lengthSaturation: 30,
}

/** The regime weights for a summary that takes `coverage` of the article. */
function regimeFor(weights: RankingWeights, coverage: number): RegimeWeights {
  const span = weights.longCoverage - weights.shortCoverage
  const t = span > 0 ? Math.min(1, Math.max(0, (coverage - weights.shortCoverage) / span)) : 1
  const mix = (a: number, b: number): number => a + t * (b - a)
  const { short, long } = weights
  return {
    centrality: {
      forward: mix(short.centrality.forward, long.centrality.forward),
      backward: mix(short.centrality.backward, long.centrality.backward),
      threshold: mix(short.centrality.threshold, long.centrality.threshold),
    },
    lead: mix(short.lead, long.lead),
  }
}

export interface RankedSentences {
  /** Score per sentence (0 for ineligible ones). */
  scores: number[]
  /** Term vectors of the sentences, for redundancy control. */
  matrix: TermMatrix
}

/**
 * Scores every eligible sentence. `wordCounts[i]` is the number of words in sentence i;
 * `coverage` is the share of the article the summary will take (0..1).
 */
export function rankSentences(
  texts: readonly string[],
  wordCounts: readonly number[],
  eligible: readonly boolean[],
  title: string | undefined,
  coverage: number,
  weights: RankingWeights = DEFAULT_RANKING,
): RankedSentences {
  const regime = regimeFor(weights, coverage)
  const vocabulary = termVocabulary()
  const n = texts.length
  const terms = new Array<number[]>(n)
  for (let i = 0; i < n; i++)
    terms[i] = eligible[i] === true ? contentTermIds(texts[i] ?? '', vocabulary) : []
  const matrix = tfidfMatrix(terms, vocabulary.byStem.size)
  const centrality = directedCentrality(matrix, eligible, {
    ...regime.centrality,
    window: weights.window,
  })
  const titleVector = title === undefined ? undefined : titleTerms(title, vocabulary)
  let position = 0
  const scores = new Array<number>(n)
  for (let i = 0; i < n; i++) {
    if (eligible[i] !== true) {
      scores[i] = 0
      continue
    }
    const lead = 1 / (1 + position / weights.leadScale)
    position++
    const length = Math.min(1, (wordCounts[i] ?? 0) / weights.lengthSaturation)
    const overlap = titleVector === undefined ? 0 : titleOverlap(terms[i] ?? [], titleVector)
    scores[i] =
      weights.central * (centrality[i] ?? 0) +
      regime.lead * lead +
      weights.title * overlap +
      weights.length * length
  }
  return { scores, matrix }
}

/** The title's terms, interned after the sentences' (a term only the title has matches none). */
function titleTerms(title: string, vocabulary: TermVocabulary): Set<number> {
  return new Set(contentTermIds(title, vocabulary))
}

/** Share of the title's distinct terms that the sentence contains. */
function titleOverlap(sentenceTerms: readonly number[], title: ReadonlySet<number>): number {
  if (title.size === 0) return 0
  let shared = 0
  for (const term of new Set(sentenceTerms)) if (title.has(term)) shared++
  return shared / title.size
}
