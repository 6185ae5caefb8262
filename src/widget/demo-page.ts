/**
 * The demo page at /: every stored article with its live widget and the one-line embed code to
 * copy. The only script is our own /widget.js (the page's CSP allows 'self' and nothing else).
 */
import { escapeHtml } from './render-card'

export interface DemoArticle {
  id: string
  title: string
}

export const DEMO_PAGE_CSS = `
body{margin:0;background:#f6f7f9;color:#1c2128;font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.page{max-width:48rem;margin:0 auto;padding:2rem 1rem 4rem}
h1{font-size:1.75rem;margin:0 0 .25rem}
.lede{margin:0 0 2rem;color:#4b535d}
.entry{margin:0 0 2.5rem}
.entry h2{font:600 .8125rem/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;margin:0 0 .5rem;color:#4b535d}
.code{margin:.75rem 0 0;padding:.6rem .75rem;background:#1c2128;color:#e7eaee;border-radius:8px;
white-space:pre-wrap;word-break:break-all;font:.8125rem/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;user-select:all}
a{color:#0a58ad}
.empty{padding:1rem;border:1px dashed #b9c0c8;border-radius:8px}`

/** The snippet a publisher pastes: the script once, then one element per article. */
export function embedSnippet(origin: string, id: string): string {
  return `<script src="${origin}/widget.js" async></script><precis-summary article="${id}"></precis-summary>`
}

export function renderDemoPage(origin: string, articles: readonly DemoArticle[]): string {
  const entries = articles.map(({ id, title }) => {
    const embed = `/embed/${encodeURIComponent(id)}`
    return `<section class="entry">
<h2>${escapeHtml(id)}</h2>
<precis-summary article="${escapeHtml(id)}"></precis-summary>
<noscript><p><a href="${escapeHtml(embed)}">Summary of ${escapeHtml(title)}</a></p></noscript>
<pre class="code"><code>${escapeHtml(embedSnippet(origin, id))}</code></pre>
</section>`
  })
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>precis: embeddable article summaries</title>
<style>${DEMO_PAGE_CSS}</style>
<script src="/widget.js" async></script>
</head>
<body>
<div class="page">
<h1>precis</h1>
<p class="lede">Summaries, quotes and the people and places named, for any article stored here. Paste the line under a card into your page to embed it; for an iframe, use <code>/embed/&lt;id&gt;</code> or ask <code>/oembed</code>. The API is described at <a href="/docs">/docs</a>.</p>
${entries.length > 0 ? entries.join('\n') : '<p class="empty">No articles are stored yet.</p>'}
</div>
</body>
</html>
`
}
