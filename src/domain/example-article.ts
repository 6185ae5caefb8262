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
