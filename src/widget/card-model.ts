/**
 * What a summary card shows, decided once for both renderers: the server-rendered embed page and
 * the browser widget turn the same `CardModel` into the same markup. Pure (no DOM, no Workers), so
 * the widget script bundles it as it is. Choices: summary sentences in reading order; the top
 * quote is the best-scored one with a named speaker, else the best-scored one; entity chips are the
 * most salient entities. Article URLs are only linked when they are http(s).
 */
import type { Analysis, AnalysisArticle, EntityType, Quote } from './types'

export const SECTIONS = ['summary', 'quotes', 'entities'] as const
export type Section = (typeof SECTIONS)[number]

export const THEMES = ['light', 'dark', 'auto'] as const
export type Theme = (typeof THEMES)[number]

export const MAX_ENTITY_CHIPS = 8
export const MIN_SENTENCES = 1
export const MAX_SENTENCES = 40
export const DEFAULT_SENTENCES = 3

export interface CardOptions {
  theme: Theme
  show: readonly Section[]
}

export interface CardQuote {
  text: string
  speaker: string | null
  role: string | null
}

export interface CardModel {
  id: string
  title: string
  url: string | null
  byline: string | null
  publishedAt: { iso: string; label: string } | null
  theme: Theme
  sentences: string[] | null
  quote: CardQuote | null
  entities: { name: string; type: EntityType }[] | null
}

/** `show` as written in an attribute or query: comma- or space-separated, unknown words ignored. */
export function parseShow(value: string | null | undefined): Section[] {
  const words = new Set((value ?? '').toLowerCase().split(/[\s,]+/))
  const chosen = SECTIONS.filter((section) => words.has(section))
  return chosen.length > 0 ? chosen : [...SECTIONS]
}

export function parseTheme(value: string | null | undefined): Theme {
  const theme = (value ?? '').trim().toLowerCase()
  return (THEMES as readonly string[]).includes(theme) ? (theme as Theme) : 'auto'
}

/** The URL when it is an absolute http(s) URL, so no `javascript:` link can be built from data. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null
  } catch {
    return null
  }
}

const DATE_FORMAT = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' })

/** The date line, or null for an undated article (or a date that does not parse). */
function publishedAt(iso: string | null | undefined): CardModel['publishedAt'] {
  if (!iso) return null
  const time = Date.parse(iso)
  return Number.isNaN(time) ? null : { iso, label: DATE_FORMAT.format(time) }
}

const QUOTE_MARKS =
  /^[\s"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e]+|[\s"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e]+$/g

/** A speaker the reader can be shown: not anonymous, and not a pronoun left unresolved. */
const isNamed = (quote: Quote) =>
  quote.speaker !== null && !quote.speaker.anonymous && quote.speaker.resolved !== false

/** The quote a reader should see first: a named speaker beats an anonymous or missing one. */
export function topQuote(quotes: readonly Quote[]): Quote | null {
  const named = (quote: Quote) => (isNamed(quote) ? 1 : 0)
  const ranked = [...quotes].sort(
    (a, b) => named(b) - named(a) || b.score - a.score || a.start - b.start,
  )
  return ranked[0] ?? null
}

/** The card's heading: the title, else (a page without one) the host it came from. */
export function cardTitle(article: AnalysisArticle): string {
  if (article.title) return article.title
  const url = safeHttpUrl(article.url)
  return url ? new URL(url).hostname : 'Untitled'
}

export function toCardModel(analysis: Analysis, options: CardOptions): CardModel {
  const { article, summary, quotes, entities } = analysis
  const show = new Set(options.show)
  const quote = show.has('quotes') ? topQuote(quotes) : null
  return {
    id: article.id ?? article.url ?? '',
    title: cardTitle(article),
    url: safeHttpUrl(article.url),
    byline: article.byline?.trim() || null,
    publishedAt: publishedAt(article.publishedAt),
    theme: options.theme,
    sentences: show.has('summary')
      ? [...summary.sentences].sort((a, b) => a.index - b.index).map((sentence) => sentence.text)
      : null,
    quote: quote
      ? {
          // A split utterance reads as one: "We will," she said, "win." gives "We will, win."
          text: (quote.parts?.map((part) => part.text).join(' ') ?? quote.text).replace(
            QUOTE_MARKS,
            '',
          ),
          speaker: quote.speaker?.resolved === false ? null : (quote.speaker?.name ?? null),
          role: quote.speaker?.resolved === false ? null : (quote.speaker?.role ?? null),
        }
      : null,
    entities: show.has('entities')
      ? [...entities]
          .sort(
            (a, b) =>
              b.salience - a.salience || b.count - a.count || a.firstMention - b.firstMention,
          )
          .slice(0, MAX_ENTITY_CHIPS)
          .map((entity) => ({ name: entity.name, type: entity.type }))
      : null,
  }
}

const ENTITY_TYPE_LABELS = new Map<string, string>([
  ['person', 'person'],
  ['place', 'place'],
  ['organization', 'organisation'],
  ['misc', 'other'],
])

/** The words read out after a chip's name (`type` comes from data, so unknown ones pass through). */
export function entityTypeLabel(type: string): string {
  return ENTITY_TYPE_LABELS.get(type) ?? type
}
