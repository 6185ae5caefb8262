/**
 * The `<precis-summary>` custom element, bundled into the script served at /widget.js (see
 * scripts/build-widget.ts). It fetches `GET {api}/v1/articles/{article}/analysis` (a stored
 * article) or `GET {api}/v1/pages/analysis?url=…` (a page: the `url` attribute, else the page the
 * element sits on, by its canonical URL or its address) cross-origin and renders the card in a
 * shadow root. Built to run under a strict host Content-Security-Policy: no
 * eval, no inline styles (the stylesheet is a constructed sheet adopted by the shadow root, which
 * style-src does not govern), and every piece of article data enters the DOM through textContent.
 *
 * Attributes: article (id) or url (a page's address; neither: this page), sentences (1-40,
 * default 3), theme (light|dark|auto), show (any of summary, quotes, entities), api (base URL;
 * default: where this script came from).
 */
import { CARD_CSS } from '../card-css'
import {
  DEFAULT_SENTENCES,
  MAX_SENTENCES,
  MIN_SENTENCES,
  entityTypeLabel,
  parseShow,
  parseTheme,
  toCardModel,
  type CardModel,
} from '../card-model'
import type { Analysis } from '../types'

const HOST_CSS =
  ':host{display:block;container-type:inline-size;max-width:44rem}:host([hidden]){display:none}'

// Resolved while the script runs: document.currentScript is null inside callbacks.
const SCRIPT_ORIGIN = (() => {
  const script = document.currentScript
  return script instanceof HTMLScriptElement && script.src
    ? new URL(script.src).origin
    : location.origin
})()

function sheet(): CSSStyleSheet {
  const styles = new CSSStyleSheet()
  styles.replaceSync(HOST_CSS + CARD_CSS)
  return styles
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

function labelledSection(label: string, content: HTMLElement): HTMLElement {
  const section = el('section')
  section.setAttribute('aria-label', label)
  section.append(content)
  return section
}

function link(url: string | null, text: string): HTMLElement {
  if (!url) return el('span', undefined, text)
  const anchor = el('a', undefined, text)
  anchor.href = url
  anchor.target = '_blank'
  anchor.rel = 'noopener'
  return anchor
}

function clampSentences(value: string | null): number {
  const parsed = Number.parseInt(value ?? '', 10)
  if (Number.isNaN(parsed)) return DEFAULT_SENTENCES
  return Math.min(MAX_SENTENCES, Math.max(MIN_SENTENCES, parsed))
}

const ERRORS = new Map([
  [404, 'This article could not be found.'],
  [403, 'Summaries are not available for this page.'],
  [422, 'No article was found on this page.'],
])

/** The page the element sits on: its canonical URL when it names one, else its address. */
function thisPage(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical"][href]')
  return canonical?.href || location.href
}

function renderCard(model: CardModel): HTMLElement {
  const card = el('article', 'card')
  card.dataset.theme = model.theme
  const header = el('header')
  header.append(el('p', 'label', 'Summary'))
  const title = el('h2', 'title')
  title.append(link(model.url, model.title))
  header.append(title)
  if (model.byline || model.publishedAt) {
    const meta = el('p', 'meta')
    if (model.byline) meta.append(el('span', undefined, model.byline))
    if (model.publishedAt) {
      const time = el('time', undefined, model.publishedAt.label)
      time.dateTime = model.publishedAt.iso
      meta.append(time)
    }
    header.append(meta)
  }
  card.append(header)
  if (model.sentences && model.sentences.length > 0) {
    const list = el('ul', 'points')
    for (const sentence of model.sentences) list.append(el('li', undefined, sentence))
    card.append(labelledSection('Summary', list))
  }
  if (model.quote) {
    const figure = el('figure', 'quote')
    const blockquote = el('blockquote')
    blockquote.append(el('p', undefined, model.quote.text))
    figure.append(blockquote)
    if (model.quote.speaker) {
      const caption = el('figcaption')
      caption.append(el('span', 'speaker', model.quote.speaker))
      if (model.quote.role) caption.append(', ', el('span', 'role', model.quote.role))
      figure.append(caption)
    }
    card.append(figure)
  }
  if (model.entities && model.entities.length > 0) {
    const chips = el('ul', 'chips')
    for (const { name, type } of model.entities) {
      const chip = el('li', 'chip', name)
      chip.dataset.type = type
      chip.append(el('span', 'sr', ` (${entityTypeLabel(type)})`))
      chips.append(chip)
    }
    card.append(labelledSection('Named in this article', chips))
  }
  // Keyboard users reach the card through its links; without any, the card itself takes focus.
  if (!model.url) card.tabIndex = 0
  const footer = el('footer', 'foot')
  footer.append(model.url ? link(model.url, 'Read the article') : el('span'))
  footer.append(el('span', undefined, 'Summary by precis'))
  card.append(footer)
  return card
}

class PrecisSummary extends HTMLElement {
  static observedAttributes = ['article', 'url', 'sentences', 'theme', 'show', 'api']

  readonly #live = el('p', 'sr')
  readonly #content = el('div')
  #request: AbortController | null = null
  #scheduled = false

  constructor() {
    super()
    const root = this.attachShadow({ mode: 'open' })
    root.adoptedStyleSheets = [sheet()]
    // One live region for the element's whole life, so screen readers hear each state change.
    this.#live.setAttribute('role', 'status')
    this.#live.setAttribute('aria-live', 'polite')
    root.append(this.#live, this.#content)
  }

  connectedCallback(): void {
    this.#schedule()
  }

  disconnectedCallback(): void {
    this.#request?.abort()
  }

  attributeChangedCallback(_name: string, previous: string | null, next: string | null): void {
    if (previous !== next) this.#schedule()
  }

  // An upgrade or a script setting several attributes calls back once per attribute: one fetch
  // after they have all been set, not one per callback.
  #schedule(): void {
    if (this.#scheduled) return
    this.#scheduled = true
    queueMicrotask(() => {
      this.#scheduled = false
      if (this.isConnected) void this.#load()
    })
  }

  #show(content: HTMLElement, announcement: string): void {
    this.#content.replaceChildren(content)
    this.#live.textContent = announcement
  }

  #loading(): void {
    const card = el('div', 'card')
    card.dataset.theme = parseTheme(this.getAttribute('theme'))
    card.setAttribute('aria-busy', 'true')
    card.append(el('p', 'status', 'Loading summary…'))
    const skeleton = el('div', 'skeleton')
    for (let line = 0; line < 4; line++) skeleton.append(el('i'))
    card.append(skeleton)
    this.#show(card, 'Loading summary…')
  }

  #error(message: string): void {
    const card = el('div', 'card')
    card.dataset.theme = parseTheme(this.getAttribute('theme'))
    const status = el('p', 'status', message)
    status.dataset.state = 'error'
    card.append(status)
    this.#show(card, message)
  }

  /** The analysis to fetch: a stored article by id, else a page by its address. */
  #source(): URL {
    const api = this.getAttribute('api') || SCRIPT_ORIGIN
    const id = this.getAttribute('article')?.trim() ?? ''
    const source = id
      ? new URL(`/v1/articles/${encodeURIComponent(id)}/analysis`, api)
      : new URL('/v1/pages/analysis', api)
    if (!id) source.searchParams.set('url', this.getAttribute('url')?.trim() || thisPage())
    source.searchParams.set('sentences', String(clampSentences(this.getAttribute('sentences'))))
    return source
  }

  async #load(): Promise<void> {
    this.#request?.abort()
    const request = new AbortController()
    this.#request = request
    this.#loading()
    try {
      const response = await fetch(this.#source(), {
        signal: request.signal,
        credentials: 'omit',
        headers: { accept: 'application/json' },
      })
      if (!response.ok) {
        this.#error(ERRORS.get(response.status) ?? 'The summary could not be loaded.')
        return
      }
      const analysis = (await response.json()) as Analysis
      if (request.signal.aborted) return
      const model = toCardModel(analysis, {
        theme: parseTheme(this.getAttribute('theme')),
        show: parseShow(this.getAttribute('show')),
      })
      this.#show(renderCard(model), `Summary of ${model.title}`)
    } catch {
      if (!request.signal.aborted) this.#error('The summary could not be loaded.')
    }
  }
}

if (!customElements.get('precis-summary')) customElements.define('precis-summary', PrecisSummary)
