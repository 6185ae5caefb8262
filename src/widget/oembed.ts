/**
 * oEmbed 1.0 (https://oembed.com) for our articles and allowed pages: which URLs are ours, and the
 * `rich` response with an iframe of the embed page. Our URLs are `<origin>/embed/<id>` and
 * `<origin>/embed?url=<page>` (optionally with `theme` and `sentences`, carried into the iframe)
 * and `<origin>/v1/articles/<id>`; a publisher's page is served by the route when its host is on
 * PAGE_HOSTS. The iframe's height is estimated from the
 * card's content at the chosen width, then bounded by maxheight as the spec requires.
 */
import { ARTICLE_ID_PATTERN } from '../domain/article'
import { DEFAULT_SENTENCES, cardTitle, parseShow, toCardModel, type Theme } from './card-model'
import { escapeHtml } from './render-card'
import type { Analysis } from './types'

export const DEFAULT_WIDTH = 560
export const CACHE_AGE_SECONDS = 3600
export const PROVIDER_NAME = 'precis'

/** Rough metrics of the card stylesheet (src/widget/card-css.ts), in CSS pixels. */
const CARD = {
  chrome: 2 + 20 + 16 + 26 + 16 + 12 + 21, // borders, paddings, label, footer rule and line
  sideSpace: 2 + 2 * 22,
  title: { lineHeight: 28, charWidth: 11 },
  meta: 22,
  text: { lineHeight: 25, charWidth: 7.2, indent: 20, gap: 8, margin: 16 },
  quote: { lineHeight: 26, charWidth: 8.4, padding: 24 + 3 + 32, caption: 28, margin: 16 },
  chip: { height: 26, gap: 6, charWidth: 7, padding: 30, margin: 16 },
  slack: 1.03,
}

export interface OurUrl {
  /** A stored article (`/embed/<id>`, `/v1/articles/<id>`) or a page (`/embed?url=<page>`). */
  target: { id: string } | { page: string }
  theme?: Theme
  sentences?: number
}

/** The stored article or page a path of ours shows, or null. */
function targetOf(parsed: URL): OurUrl['target'] | null {
  if (parsed.pathname === '/embed' || parsed.pathname === '/embed/') {
    const page = parsed.searchParams.get('url')
    return page ? { page } : null
  }
  const match = /^\/(?:embed|v1\/articles)\/([^/]+)\/?$/.exec(parsed.pathname)
  const id = match?.[1]
  return id && ARTICLE_ID_PATTERN.test(id) ? { id } : null
}

/**
 * The article or page an oEmbed `url` points to, or null when it is not one of ours. Throws a
 * TypeError (from `new URL`) when the URL cannot be parsed at all.
 */
export function parseOurUrl(url: string, origin: string): OurUrl | null {
  const parsed = new URL(url)
  if (parsed.origin !== origin) return null
  const target = targetOf(parsed)
  if (!target) return null
  const result: OurUrl = { target }
  if (parsed.pathname.startsWith('/embed')) {
    const theme = parsed.searchParams.get('theme')
    if (theme === 'light' || theme === 'dark' || theme === 'auto') result.theme = theme
    const sentences = Number(parsed.searchParams.get('sentences'))
    if (Number.isInteger(sentences) && sentences >= 1 && sentences <= 40)
      result.sentences = sentences
  }
  return result
}

const lines = (text: string, width: number, charWidth: number) =>
  Math.max(1, Math.ceil((text.length * charWidth) / Math.max(width, charWidth)))

/** The card's height at this width, estimated from its text (no layout engine at the edge). */
export function estimateCardHeight(analysis: Analysis, width: number): number {
  const model = toCardModel(analysis, { theme: 'auto', show: parseShow(null) })
  const inner = width - CARD.sideSpace
  let height = CARD.chrome + lines(model.title, inner, CARD.title.charWidth) * CARD.title.lineHeight
  if (model.byline || model.publishedAt) height += CARD.meta
  const { text, quote, chip } = CARD
  if (model.sentences && model.sentences.length > 0) {
    height += text.margin
    for (const sentence of model.sentences) {
      height += lines(sentence, inner - text.indent, text.charWidth) * text.lineHeight + text.gap
    }
  }
  if (model.quote) {
    const quoteWidth = inner - 35
    height += quote.margin + quote.padding / 2
    height += lines(model.quote.text, quoteWidth, quote.charWidth) * quote.lineHeight
    if (model.quote.speaker) height += quote.caption
  }
  if (model.entities && model.entities.length > 0) {
    let rows = 1
    let used = 0
    for (const entity of model.entities) {
      const chipWidth = entity.name.length * chip.charWidth + chip.padding + chip.gap
      if (used > 0 && used + chipWidth > inner) {
        rows += 1
        used = 0
      }
      used += chipWidth
    }
    height += chip.margin + rows * (chip.height + chip.gap)
  }
  return Math.ceil(height * CARD.slack)
}

export interface OEmbedOptions {
  origin: string
  /** The publisher's page the card summarises, when it is not a stored article. */
  page?: string
  maxwidth?: number
  maxheight?: number
  theme?: Theme
  sentences?: number
}

export interface OEmbedRich {
  type: 'rich'
  version: '1.0'
  title: string
  provider_name: string
  provider_url: string
  cache_age: number
  html: string
  width: number
  height: number
}

/** The embed page of a stored article (`id`) or of a publisher's page (`page`). */
export function embedUrl(
  origin: string,
  target: { id: string } | { page: string },
  theme?: Theme,
  sentences?: number,
): string {
  const url = new URL('id' in target ? `/embed/${encodeURIComponent(target.id)}` : '/embed', origin)
  if ('page' in target) url.searchParams.set('url', target.page)
  if (theme) url.searchParams.set('theme', theme)
  if (sentences !== undefined && sentences !== DEFAULT_SENTENCES) {
    url.searchParams.set('sentences', String(sentences))
  }
  return url.href
}

export function oembedResponse(analysis: Analysis, options: OEmbedOptions): OEmbedRich {
  const width = Math.min(DEFAULT_WIDTH, options.maxwidth ?? DEFAULT_WIDTH)
  const height = Math.min(estimateCardHeight(analysis, width), options.maxheight ?? Infinity)
  const title = cardTitle(analysis.article)
  const target =
    options.page === undefined ? { id: analysis.article.id ?? '' } : { page: options.page }
  const src = embedUrl(options.origin, target, options.theme, options.sentences)
  const html =
    `<iframe src="${escapeHtml(src)}" width="${width}" height="${height}"` +
    ` title="${escapeHtml(`Summary: ${title}`)}" loading="lazy" frameborder="0"` +
    ` sandbox="allow-popups allow-popups-to-escape-sandbox"></iframe>`
  return {
    type: 'rich',
    version: '1.0',
    title,
    provider_name: PROVIDER_NAME,
    provider_url: `${options.origin}/`,
    cache_age: CACHE_AGE_SECONDS,
    html,
    width,
    height,
  }
}
