/**
 * The article pages the fake origin serves, written for these tests: a news page with the usual
 * furniture around its story (navigation, a share bar, a captioned photo, related links, a
 * newsletter box) and its metadata in JSON-LD, OpenGraph and the markup.
 */

export const STORY = {
  title: 'Lakeside ferry crews vote to end week-long strike',
  byline: 'Mirela Oakes',
  publishedAt: '2026-11-03T08:15:00Z',
  paragraphs: [
    'Ferry crews on the Marrow Lake routes voted on Tuesday to accept a new pay offer, ending a strike that had stranded commuters for a week.',
    '"We did not want to leave anyone on the wrong side of the water," said Tomas Brill, who chairs the crews\' union branch. "But the offer on the table last month was not one we could take home."',
    'The Marrow Lake Transport Authority said the first boats would sail at six on Wednesday morning and that the timetable would be back to normal by the weekend.',
    'Commuters in Eastwick, where the ferry is the only direct link to the city, had faced detours of more than an hour by road.',
    'Hanna Voss, a nurse who crosses the lake every day, said the week had been exhausting. "I am just glad it is over," she said.',
  ],
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** The story page, with `canonical` as its canonical URL. */
export function storyPage(canonical: string): string {
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: STORY.title,
    datePublished: STORY.publishedAt,
    author: { '@type': 'Person', name: STORY.byline },
    inLanguage: 'en',
  })
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${escape(STORY.title)} | Marrow Lake Courier</title>
<link rel="canonical" href="${escape(canonical)}">
<meta property="og:title" content="${escape(STORY.title)}">
<meta property="og:site_name" content="Marrow Lake Courier">
<script type="application/ld+json">${jsonLd}</script>
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article>
<h1>${escape(STORY.title)}</h1>
<p class="byline">By <a rel="author" href="/staff/oakes">${escape(STORY.byline)}</a></p>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share by email</a></div>
<figure><img src="/ferry.jpg" alt="A ferry at its mooring"><figcaption>The ferry at Eastwick pier. Photo: Courier staff</figcaption></figure>
${STORY.paragraphs.map((paragraph) => `<p>${escape(paragraph)}</p>`).join('\n')}
</article>
<aside><h2>Related</h2><ul><li><a href="/a">Bridge plan shelved again</a></li><li><a href="/b">Bus fares to rise in spring</a></li></ul></aside>
<section class="newsletter"><h2>Get the morning briefing</h2><form><input type="email"><button>Sign up</button></form></section>
</main>
<footer><p>© Marrow Lake Courier</p></footer>
</body></html>`
}

/** A page with no article in it: a section front of headlines only. */
export const SECTION_FRONT = `<!doctype html><html lang="en"><head><title>News</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<ul><li><a href="/1">Ferry strike ends</a></li><li><a href="/2">Bridge plan shelved</a></li></ul>
</body></html>`
