/**
 * The analysis document the widget, the embed page and oEmbed render: the JSON answered by
 * `GET /v1/articles/:id/analysis`, typed here from the consumer's side so that the renderers (and
 * the browser script, which cannot import Worker code) depend on this shape only.
 */

export type EntityType = 'person' | 'place' | 'organization' | 'misc'

/**
 * What the card shows of the analysed text's source: a stored article (id, version; byline, date
 * and URL left out when it has none) or a page's extracted article (no id; a field the page
 * lacks is null).
 */
export interface AnalysisArticle {
  id?: string
  title: string | null
  byline?: string | null
  publishedAt?: string | null
  url?: string | null
  version?: string
}

export interface SummarySentence {
  index: number
  paragraph: number
  text: string
  start: number
  end: number
  score: number
  rank: number
  entities: string[]
}

export interface Summary {
  sentences: SummarySentence[]
  summary: string
  stats: Record<string, unknown>
  algorithm: string
}

export interface QuoteSpeaker {
  name: string
  start: number
  end: number
  entityId?: string
  role?: string
  anonymous: boolean
  /** False for a pronoun whose person could not be resolved: `name` is then just "he" or "she". */
  resolved?: boolean
  /** For an anonymous speaker, the words that withhold the name. */
  anonymity?: { text: string; start: number; end: number }
}

export interface Quote {
  id: string
  text: string
  start: number
  end: number
  kind: 'full' | 'partial' | 'scare'
  speaker: QuoteSpeaker | null
  cue: Record<string, unknown> | null
  paragraph: number
  score: number
  /** Every part of an utterance split around its attribution; the first is `text`. */
  parts?: { text: string; start: number; end: number }[]
}

export interface Entity {
  id: string
  name: string
  type: EntityType
  aliases: string[]
  mentions: unknown[]
  count: number
  salience: number
  firstMention: number
}

export interface Analysis {
  article: AnalysisArticle
  summary: Summary
  quotes: Quote[]
  entities: Entity[]
}
