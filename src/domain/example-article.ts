/**
 * The article every example in the OpenAPI document is about (written for these docs): the body of
 * the example PUT, and the text of the example POST to the analysis endpoints. The example
 * responses in src/analysis/examples.json are what the engine answers for it.
 */

export const EXAMPLE_ID = 'kelby-ferry-route'

export const EXAMPLE_TITLE = 'Kelby council approves ferry route to Marrow Island'

export const EXAMPLE_TEXT = `The Kelby harbour council approved a new ferry route to Marrow Island on Tuesday, ending a two-year dispute over the crossing.

"This is the link the island has waited for," said council leader Ruth Okafor. She said the first sailings would start in May.

Island residents had campaigned for the route since the old service stopped in 2024. Tom Harlan, who runs the island shop, called the decision "a lifeline for families".

The route will cost 4.2 million pounds over five years, the council said.`

export const EXAMPLE_ARTICLE_INPUT = {
  title: EXAMPLE_TITLE,
  body: EXAMPLE_TEXT,
  byline: 'By Jane Doe',
  publishedAt: '2026-03-03T09:00:00Z',
  url: 'https://precis.example/samples/kelby-ferry-route',
  language: 'en',
  tags: ['transport'],
}

/**
 * The example page: the example article as a publisher would serve it, at an address of the test
 * environment's fake web (tests/origin/fake-origin.ts serves it; PAGE_HOSTS there allows
 * news.example). Its extracted article is src/domain/extracted-example.json.
 */
export const EXAMPLE_PAGE_URL = `https://news.example/${EXAMPLE_ID}`

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

export const EXAMPLE_PAGE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(EXAMPLE_TITLE)}</title>
<link rel="canonical" href="${EXAMPLE_PAGE_URL}">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="${EXAMPLE_ARTICLE_INPUT.publishedAt}">
</head><body><article>
<h1>${escapeHtml(EXAMPLE_TITLE)}</h1>
${EXAMPLE_TEXT.split('\n\n')
  .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
  .join('\n')}
</article></body></html>`
