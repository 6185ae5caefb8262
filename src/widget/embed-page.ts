/**
 * The page served at /embed/:id for iframes: the summary card rendered on the server, so it works
 * with JavaScript off, plus the oEmbed discovery link (oEmbed 1.0 §4) and a robots noindex (the
 * article's own page, not its embed, is what search engines should list).
 */
import { CARD_CSS } from './card-css'
import { cardTitle } from './card-model'
import type { RenderCardOptions } from './render-card'
import { escapeHtml, renderSummaryCard } from './render-card'
import type { Analysis } from './types'

/** The page's one inline stylesheet; its hash goes in the page's Content-Security-Policy. */
export const EMBED_PAGE_CSS = `${CARD_CSS}
html,body{margin:0;padding:0;background:transparent}
main{container-type:inline-size}
main .card{max-width:none}`

export interface EmbedPageOptions extends RenderCardOptions {
  /** Absolute URL of the oEmbed endpoint answering for this page. */
  oembedUrl: string
}

export function renderEmbedPage(analysis: Analysis, options: EmbedPageOptions): string {
  const title = escapeHtml(cardTitle(analysis.article))
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} · precis</title>
<link rel="alternate" type="application/json+oembed" href="${escapeHtml(options.oembedUrl)}" title="${title}">
<style>${EMBED_PAGE_CSS}</style>
</head>
<body>
<main>${renderSummaryCard(analysis, { ...options, headingLevel: 1 })}</main>
</body>
</html>
`
}
