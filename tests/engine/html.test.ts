import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/engine/analyze'
import { decodeHtml, extractArticle } from '../../src/engine/html'
import { decodeCharacterReferences } from '../../src/engine/html/character-references'
import { SCAN_INTO } from '../../src/engine/html/dom'
import { parseHtml } from '../../src/engine/html/tree'

const page = (body: string, head = '') =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`
const PROSE =
  'The council voted on Tuesday to rebuild the harbour wall, which storms damaged twice last winter, at a cost of four million pounds.'
const article = (inner: string) =>
  page(`<article><p>${PROSE}</p>${inner}<p>${PROSE.replace('Tuesday', 'Friday')}</p></article>`)

describe('character references', () => {
  const rows: [input: string, expected: string, inAttribute?: boolean][] = [
    ['&amp; &lt; &gt; &quot;', '& < > "'],
    ['caf&eacute; &Eacute;cole', 'café École'],
    ['&#233; &#xE9; &#XE9;', 'é é é'],
    ['&#x1F600;', '\u{1F600}'],
    ['&#128; &#150;', '€ –'],
    ['&#0; &#xD800; &#99999999999;', '\uFFFD \uFFFD \uFFFD'],
    ['&ampx &copy2026', '&x ©2026'],
    ['&notit; &notin;', '¬it; ∉'],
    ['&unknown; & alone &;', '&unknown; & alone &;'],
    ['?a=1&copy=2', '?a=1&copy=2', true],
    ['?a=1&copy;=2', '?a=1©=2', true],
    ['&CounterClockwiseContourIntegral;', '∳'],
    // Runs longer than the decoder's chunk of code units, a surrogate pair cut by a chunk's end.
    ['&amp;'.repeat(10_000), '&'.repeat(10_000)],
    ['&#x1F600;'.repeat(3_000), '\u{1F600}'.repeat(3_000)],
    [
      `${'long plain text '.repeat(300)}&lt;${'x'.repeat(5_000)}`,
      `${'long plain text '.repeat(300)}<${'x'.repeat(5_000)}`,
    ],
  ]
  it.each(rows)('%s', (input, expected, inAttribute = false) => {
    expect(decodeCharacterReferences(input, inAttribute)).toBe(expected)
  })
})

describe('text of the markup', () => {
  const rows: [name: string, body: string, expected: string][] = [
    ['br breaks a line', `<p>${PROSE}<br>Second line.</p>`, `${PROSE}\nSecond line.`],
    ['wbr joins', `<p>${PROSE.replace('harbour', 'har<wbr>bour')}</p>`, PROSE],
    [
      'whitespace and nbsp collapse',
      `<p>${PROSE.replace(/ /g, ' \n\t&nbsp;')}</p>`,
      PROSE.replace(/ /g, ' '),
    ],
    ['scripts never leak', `<p>${PROSE}<script>document.write("<p>leak</p>")</script></p>`, PROSE],
    [
      'styles and templates never leak',
      `<style>p{}</style><template><p>leak</p></template><p>${PROSE}</p>`,
      PROSE,
    ],
    [
      'hidden elements never leak',
      `<p>${PROSE}<span hidden>leak</span><span style="display: none">leak</span><span aria-hidden="true">leak</span></p>`,
      PROSE,
    ],
    ['comments never leak', `<p>${PROSE}<!-- leak --></p>`, PROSE],
    [
      'unclosed p elements are closed by the next',
      `<p>${PROSE}<p>${PROSE}`,
      `${PROSE}\n\n${PROSE}`,
    ],
  ]
  it.each(rows)('%s', (_name, body, expected) => {
    expect(extractArticle(page(`<article>${body}</article>`)).text).toBe(expected)
  })

  it('gives each block its kind and offsets into the text', () => {
    const { text, structure } = extractArticle(
      page(
        `<article><h2>Storm damage</h2><p>${PROSE}</p><ul><li>First point of the list</li></ul><blockquote><p>We will rebuild it, the mayor said.</p></blockquote><pre>a  b\n c</pre><p>${PROSE}</p></article>`,
      ),
    )
    const blocks = structure.blocks.map((block) => [block.kind, text.slice(block.start, block.end)])
    expect(blocks).toEqual([
      ['heading', 'Storm damage'],
      ['paragraph', PROSE],
      ['list-item', 'First point of the list'],
      ['blockquote', 'We will rebuild it, the mayor said.'],
      ['pre', 'a  b\n c'],
      ['paragraph', PROSE],
    ])
  })
})

describe('furniture is left out and recorded', () => {
  const rows: [name: string, inner: string, kind: string][] = [
    [
      'a figure with caption and credit',
      '<figure><img src="a.jpg"><figcaption>The wall in March. Photo: A. Reed</figcaption></figure>',
      'caption',
    ],
    [
      'a share bar',
      '<div class="share-tools"><a href="#">Facebook</a> <a href="#">Email</a></div>',
      'share',
    ],
    ['a share line by its text', '<p>Share this article</p>', 'share'],
    ['a gallery counter', '<p>Photo 3 of 12</p>', 'caption'],
    ['a photo credit line', '<p>Photo: Jane Moss / Getty Images</p>', 'credit'],
    ['an advertisement label', '<p>Advertisement</p>', 'ad'],
    [
      'related links',
      '<div class="related-stories"><a href="/a">Harbour fees rise again</a></div>',
      'related',
    ],
    [
      'a read-more link line',
      '<p>Read more: <a href="/b">Storm closes the coast road for a week</a></p>',
      'related',
    ],
    ['a related-reading signpost in German', '<h3>Lesen Sie auch:</h3>', 'related'],
    ['a related-reading signpost in French', '<p>À lire aussi</p>', 'related'],
    [
      'a story cut short for non-subscribers',
      '<p>To read the full story, subscribe to the Coast Post today.</p>',
      'prompt',
    ],
    ['a call to follow the paper', '<p>Follow the Coast Post on Instagram</p>', 'prompt'],
    [
      'a newsletter box',
      '<div class="newsletter"><p>Sign up for our morning newsletter</p></div>',
      'prompt',
    ],
    [
      'comments',
      '<div class="comments"><p>Great news for the town, finally.</p></div>',
      'comments',
    ],
    [
      'an author box',
      '<div class="author-bio"><p>Sam Hale covers the coast.</p></div>',
      'author-box',
    ],
  ]
  it.each(rows)('%s', (_name, inner, kind) => {
    const result = extractArticle(article(inner))
    expect(result.text).toBe(`${PROSE}\n\n${PROSE.replace('Tuesday', 'Friday')}`)
    expect(result.structure.removed.map((removed) => removed.kind)).toContain(kind)
  })

  const kept: [name: string, inner: string, expected: string][] = [
    [
      'a paragraph that mentions a photo',
      '<p>The photo of the wall was taken in 1952.</p>',
      'The photo of the wall was taken in 1952.',
    ],
    [
      'a sentence with a link inside prose',
      `<p>The <a href="/r">report</a> says the wall is older than the pier, and the pier is older than the town hall.</p>`,
      'The report says the wall is older than the pier, and the pier is older than the town hall.',
    ],
    [
      'a sentence that starts like a signpost',
      '<p>Lesen Sie auch die Hinweise unten, bevor Sie beginnen.</p>',
      'Lesen Sie auch die Hinweise unten, bevor Sie beginnen.',
    ],
    [
      'a sentence about following a debate',
      '<p>Residents can follow the council debate on the radio tonight.</p>',
      'Residents can follow the council debate on the radio tonight.',
    ],
    [
      'a lead paragraph classed as a teaser (no link: not a related story)',
      '<div class="teaser-text"><p>The harbour wall will be rebuilt this spring.</p></div>',
      'The harbour wall will be rebuilt this spring.',
    ],
    [
      'a data table',
      '<table><tr><th>Year</th><th>Cost</th></tr><tr><td>2025</td><td>£4m</td></tr></table>',
      'Year Cost\n\n2025 £4m',
    ],
  ]
  it.each(kept)('keeps %s', (_name, inner, expected) => {
    expect(extractArticle(article(inner)).text).toContain(expected)
  })

  it('keeps a container that holds most of the article whatever its class says', () => {
    const result = extractArticle(
      page(`<div class="widget-area"><p>${PROSE}</p><p>${PROSE}</p></div>`),
    )
    expect(result.text).toBe(`${PROSE}\n\n${PROSE}`)
  })
})

describe('the lead outside the article container', () => {
  const LEAD = 'Storms broke the old wall twice last winter; the town now pays to build a new one.'
  const body = (lead: string, description: string) =>
    page(
      `<header class="site-header"><h1>Wall rebuilt</h1><p class="intro">${lead}</p></header><div class="story"><p>${PROSE}</p><p>${PROSE.replace('Tuesday', 'Friday')}</p></div><aside><p>Other news from the coast, in brief.</p></aside>`,
      `<meta name="description" content="${description}">`,
    )
  const rows: [name: string, lead: string, description: string, expected: string][] = [
    ['joins when it repeats the description', LEAD, LEAD, `${LEAD}\n\n${PROSE}`],
    [
      'joins when the description is the lead cut short',
      `${LEAD} Work starts in May.`,
      `${LEAD.slice(0, 70)}…`,
      `${LEAD} Work starts in May.\n\n${PROSE}`,
    ],
    [
      'stays out when it says something else',
      'A different opening line of the header.',
      LEAD,
      PROSE,
    ],
    [
      'stays out when the description is a short tagline',
      'News from the coast.',
      'News from the coast.',
      PROSE,
    ],
  ]
  it.each(rows)('%s', (_name, lead, description, expected) => {
    expect(extractArticle(body(lead, description)).text.startsWith(expected)).toBe(true)
  })

  it('does not repeat a lead that is already inside the article', () => {
    const html = page(
      `<div class="story"><p>${PROSE}</p><p>${PROSE.replace('Tuesday', 'Friday')}</p></div>`,
      `<meta name="description" content="${PROSE}">`,
    )
    expect(extractArticle(html).text).toBe(`${PROSE}

${PROSE.replace('Tuesday', 'Friday')}`)
  })
})

describe('metadata', () => {
  it('reads JSON-LD first, with @graph', () => {
    const ld = JSON.stringify({
      '@graph': [
        { '@type': 'WebSite', name: 'Coast Post' },
        {
          '@type': 'NewsArticle',
          headline: 'Wall rebuilt',
          datePublished: '2026-01-02T10:00:00+01:00',
          author: [{ name: 'Ana Ruiz' }, { name: 'Bo Lind' }],
          inLanguage: 'en-GB',
          image: { url: '/i.jpg' },
        },
      ],
    })
    const result = extractArticle(
      article('').replace(
        '<head>',
        `<head><script type="application/ld+json">${ld}</script><meta property="og:title" content="Other">`,
      ),
      { url: 'https://news.example/wall' },
    )
    expect(result).toMatchObject({
      title: 'Wall rebuilt',
      byline: 'Ana Ruiz, Bo Lind',
      publishedAt: '2026-01-02T09:00:00Z',
      language: 'en-GB',
      siteName: 'Coast Post',
      url: 'https://news.example/wall',
      image: 'https://news.example/i.jpg',
    })
  })

  it('falls back to OpenGraph, meta tags, <html lang>, canonical and the visible byline', () => {
    const html = article('')
      .replace('<html>', '<html lang="fr">')
      .replace(
        '<head>',
        '<head><meta property="og:title" content="Le mur"><meta property="og:site_name" content="Côte"><meta property="article:published_time" content="2026-03-04"><link rel="canonical" href="/mur">',
      )
      .replace('<article>', '<article><p class="byline">Par Jeanne Roux</p>')
    expect(extractArticle(html, { url: 'https://cote.example/x?y=1' })).toMatchObject({
      title: 'Le mur',
      siteName: 'Côte',
      publishedAt: '2026-03-04',
      language: 'fr',
      url: 'https://cote.example/mur',
      byline: 'Jeanne Roux',
    })
  })

  it('survives broken JSON-LD', () => {
    const html = article('').replace(
      '<head>',
      '<head><script type="application/ld+json">{"@type": </script><title>Fallback title</title>',
    )
    expect(extractArticle(html).title).toBe('Fallback title')
  })
})

describe('pages without an article', () => {
  const rows: [name: string, html: string][] = [
    ['an empty string', ''],
    [
      'navigation only',
      page('<nav><a href="/">Home</a> <a href="/b">News</a></nav><footer>© 2026</footer>'),
    ],
    ['a short notice', page('<p>Page not found.</p>')],
    [
      'binary noise',
      String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256)),
    ],
  ]
  it.each(rows)('%s gives an empty text', (_name, html) => {
    expect(extractArticle(html).text).toBe('')
  })
})

describe('hostile markup stays linear and gives a result', () => {
  const rows: [name: string, html: string][] = [
    ['100,000 nested elements', `<div>${'<div><span>'.repeat(50_000)}${PROSE}`],
    ['a 5 MB attribute', `<p title="${'x'.repeat(5_000_000)}">${PROSE}</p>`],
    ['an unclosed comment', `<p>${PROSE}</p><!-- ${'<p>never</p>'.repeat(1000)}`],
    ['an unclosed CDATA section', `<p>${PROSE}</p><![CDATA[ ${'x'.repeat(10_000)}`],
    ['a million character references', `<p>${'&amp;'.repeat(1_000_000)}</p><p>${PROSE}</p>`],
    ['deep tables', `${'<table><tr><td>'.repeat(20_000)}${PROSE}`],
    ['a million unmatched end tags', `<p>${PROSE}</p>${'</span>'.repeat(1_000_000)}`],
  ]
  it.each(rows)('%s', (_name, html) => {
    expect(extractArticle(html).text).toContain(PROSE)
  })
})

describe('a scan along the node numbers visits what a walk along the links does', () => {
  // The passes before scoring rely on it: parse order is document order until a node moves.
  const rows: [name: string, html: string][] = [
    [
      'implied end tags',
      '<ul><li>a<li>b<p>c<div>d</ul><dl><dt>e<dd>f</dl><table><tr><td>g<td>h</table>',
    ],
    ['misnested and stray end tags', '<b><i>a</b>b</i></span><p>c</div><em>d'],
    [
      'raw text, comments and a second body',
      '<script>x<p></script><!-- <p> --><body class="x"><p>a',
    ],
    ['nesting past the depth cap', `${'<div>'.repeat(600)}deep${'</div>'.repeat(300)}<p>after`],
  ]
  const scanned = (html: string, detach: (tree: ReturnType<typeof parseHtml>['tree']) => void) => {
    const { tree, root } = parseHtml(html)
    detach(tree)
    const visited: number[] = []
    tree.scan(root, (node) => {
      visited.push(node)
      return SCAN_INTO
    })
    return { visited, walked: tree.elementsOf(root) }
  }
  it.each(rows)('%s', (_name, html) => {
    const whole = scanned(html, () => undefined)
    expect(whole.visited).toEqual(whole.walked)
    // Every third element detached, as drop-invisible does: their subtrees are passed over.
    const some = scanned(html, (tree) => {
      for (const node of tree.elementsOf(0).filter((_, index) => index > 0 && index % 3 === 0))
        tree.detach(node)
    })
    expect(some.visited).toEqual(some.walked)
    expect(some.visited.length).toBeLessThan(whole.visited.length)
  })
})

describe('decodeHtml', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text)
  const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0))
  const rows: [name: string, bytes: Uint8Array, contentType: string | null, expected: string][] = [
    [
      'a UTF-8 BOM',
      Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('<p>café</p>')]),
      'text/html; charset=windows-1252',
      '<p>café</p>',
    ],
    [
      'the header charset',
      latin1('<p>caf\u00e9</p>'),
      'text/html; charset=iso-8859-1',
      '<p>café</p>',
    ],
    [
      'the header over a stale meta',
      utf8('<meta charset="iso-8859-1"><p>café</p>'),
      'text/html; charset=utf-8',
      '<meta charset="iso-8859-1"><p>café</p>',
    ],
    [
      'a meta charset',
      latin1('<meta charset="windows-1252"><p>\u0093caf\u00e9\u0094</p>'),
      'text/html',
      '<meta charset="windows-1252"><p>“café”</p>',
    ],
    [
      'valid UTF-8 under a wrong meta',
      utf8('<meta charset="windows-1252"><p>café</p>'),
      null,
      '<meta charset="windows-1252"><p>café</p>',
    ],
    [
      'a sniffed windows-1252',
      latin1('<p>caf\u00e9 \u0096 cr\u00e8me</p>'),
      null,
      '<p>café – crème</p>',
    ],
    ['an unknown label', utf8('<p>café</p>'), 'text/html; charset=x-nonsense', '<p>café</p>'],
  ]
  it.each(rows)('%s', (_name, bytes, contentType, expected) => {
    expect(decodeHtml(bytes, contentType)).toBe(expected)
  })

  it('sniffs GBK', () => {
    // 中文 in GBK
    const bytes = Uint8Array.from([
      0x3c, 0x70, 0x3e, 0xd6, 0xd0, 0xce, 0xc4, 0x3c, 0x2f, 0x70, 0x3e,
    ])
    expect(decodeHtml(bytes)).toBe('<p>中文</p>')
  })
})

const pages = import.meta.glob<string>('../../articles/*.html', {
  query: '?raw',
  import: 'default',
  eager: true,
})
const expected = import.meta.glob<string>('../fixtures/pages/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
})
/** Each sample's metadata, and the kinds of furniture the extractor records leaving out. */
const SAMPLES: Record<
  string,
  { title: string; byline: string; publishedAt: string; language: string; removed: string[] }
> = {
  'harbour-ferry-electric': {
    title: 'Island ferry switches to battery power after two-year refit',
    byline: 'Morag Keillor',
    publishedAt: '2026-04-20T07:15:00Z',
    language: 'en-GB',
    removed: ['caption', 'chrome', 'comments', 'prompt', 'related'],
  },
  'library-night-school': {
    title: 'Night school in the stacks: Port Calder library opens after dark for adult learners',
    byline: 'Dana Whitfield',
    publishedAt: '2026-02-03T23:00:00Z',
    language: 'en-US',
    removed: [
      'byline',
      'caption',
      'chrome',
      'comments',
      'credit',
      'navigation',
      'prompt',
      'related',
      'share',
    ],
  },
  'vineyard-frost-candles': {
    title: 'Kerzen gegen den Frost: Winzer an der Ahrlach wachen die Nacht durch',
    byline: 'Lena Brockhoff',
    publishedAt: '2026-04-14T05:30:00Z',
    language: 'de',
    removed: ['chrome', 'comments', 'navigation', 'prompt', 'related', 'share'],
  },
}

describe('the sample pages of articles/', () => {
  it('has a pinned text for every page', () => {
    expect(Object.keys(pages).length).toBe(Object.keys(SAMPLES).length)
  })

  for (const [id, { removed, ...metadata }] of Object.entries(SAMPLES)) {
    const html = pages[`../../articles/${id}.html`] ?? ''
    const clean = (expected[`../fixtures/pages/${id}.txt`] ?? '').trimEnd()
    it(`${id}: text, metadata and the furniture left out`, () => {
      const result = extractArticle(html)
      expect(result.text).toBe(clean)
      expect(result).toMatchObject({ ...metadata, url: `https://precis.example/samples/${id}` })
      expect([...new Set(result.structure.removed.map((item) => item.kind))].sort()).toEqual(
        removed,
      )
    })

    it(`${id}: its analysis equals the analysis of its clean text`, () => {
      const result = extractArticle(html)
      expect(analyze(result.text, { title: metadata.title })).toEqual(
        analyze(clean, { title: metadata.title }),
      )
    })
  }
})
