/**
 * Server-side rendering of the summary card as HTML (the embed page, and the demo's no-script
 * fallback). Every piece of article data goes through `escapeHtml`, in text and in attributes
 * alike, so a title such as `"><script>` stays text. The markup mirrors the widget's DOM
 * (src/widget/client/precis-summary.ts): same model, same classes, same stylesheet.
 */
import { entityTypeLabel, toCardModel, type CardModel, type CardOptions } from './card-model'
import type { Analysis } from './types'

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Escapes text for HTML element content and for quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char)
}

export interface RenderCardOptions extends CardOptions {
  /** The title's heading level: 1 when the card is the whole page (embed), 2 inside a page. */
  headingLevel?: 1 | 2
}

function link(url: string | null, text: string, className?: string): string {
  const content = escapeHtml(text)
  if (!url) return content
  const classAttr = className ? ` class="${className}"` : ''
  return `<a${classAttr} href="${escapeHtml(url)}" target="_blank" rel="noopener">${content}</a>`
}

function header(model: CardModel, level: 1 | 2): string {
  const meta = [
    model.byline ? `<span>${escapeHtml(model.byline)}</span>` : '',
    model.publishedAt
      ? `<time datetime="${escapeHtml(model.publishedAt.iso)}">${escapeHtml(model.publishedAt.label)}</time>`
      : '',
  ].join('')
  return (
    `<header><p class="label">Summary</p>` +
    `<h${level} class="title">${link(model.url, model.title)}</h${level}>` +
    (meta ? `<p class="meta">${meta}</p>` : '') +
    `</header>`
  )
}

function sections(model: CardModel): string {
  const parts: string[] = []
  if (model.sentences && model.sentences.length > 0) {
    const items = model.sentences.map((sentence) => `<li>${escapeHtml(sentence)}</li>`).join('')
    parts.push(`<section aria-label="Summary"><ul class="points">${items}</ul></section>`)
  }
  if (model.quote) {
    const { text, speaker, role } = model.quote
    const caption = speaker
      ? `<figcaption><span class="speaker">${escapeHtml(speaker)}</span>${
          role ? `, <span class="role">${escapeHtml(role)}</span>` : ''
        }</figcaption>`
      : ''
    parts.push(
      `<figure class="quote"><blockquote><p>${escapeHtml(text)}</p></blockquote>${caption}</figure>`,
    )
  }
  if (model.entities && model.entities.length > 0) {
    const chips = model.entities
      .map(
        ({ name, type }) =>
          `<li class="chip" data-type="${escapeHtml(type)}">${escapeHtml(name)}<span class="sr"> (${escapeHtml(entityTypeLabel(type))})</span></li>`,
      )
      .join('')
    parts.push(
      `<section aria-label="Named in this article"><ul class="chips">${chips}</ul></section>`,
    )
  }
  return parts.join('')
}

function footer(model: CardModel): string {
  const more = model.url ? link(model.url, 'Read the article') : '<span></span>'
  return `<footer class="foot">${more}<span>Summary by precis</span></footer>`
}

/**
 * The card as an HTML fragment (`<article class="card">…</article>`).
 *
 * @example
 * renderSummaryCard(analysis, { theme: 'dark', show: ['summary', 'quotes'] })
 */
export function renderSummaryCard(analysis: Analysis, options: RenderCardOptions): string {
  const model = toCardModel(analysis, options)
  return (
    `<article class="card" data-theme="${model.theme}">` +
    header(model, options.headingLevel ?? 2) +
    sections(model) +
    footer(model) +
    `</article>`
  )
}
