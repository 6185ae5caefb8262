/**
 * The page's metadata, read before any pass removes a script or a meta tag. As trafilatura does,
 * structured data first, then markup, then text: JSON-LD (an Article type, `@graph` and arrays
 * included), then OpenGraph and Twitter cards, then `meta` name tags, `<time datetime>`,
 * `<html lang>`, `<link rel=canonical>` and `<title>`. The visible byline is looked for later,
 * in the article (byline.ts). Dates come out as ISO 8601; URLs absolute when a base is known.
 */
import { normaliseSpace, SCAN_INTO, type Element, type Tree } from './dom'

export interface PageMetadata {
  title: string | null
  byline: string | null
  publishedAt: string | null
  modifiedAt: string | null
  language: string | null
  url: string | null
  siteName: string | null
  description: string | null
  image: string | null
}

const ARTICLE_TYPE = /article|posting|report/i
const MAX_JSON_LD_CHARS = 1_000_000

interface Sources {
  jsonLd: Record<string, unknown>[]
  siteNames: string[]
  meta: Map<string, string>
  htmlLang: string | null
  canonical: string | null
  title: string | null
  firstTime: string | null
}

function str(value: unknown): string | null {
  if (typeof value === 'string') {
    const text = normaliseSpace(value)
    return text.length > 0 ? text : null
  }
  if (typeof value === 'number') return String(value)
  return null
}

/** A name from a JSON-LD value: a string, `{ name }`, or an array of those (joined). */
function names(value: unknown): string | null {
  const list = Array.isArray(value) ? value : [value]
  const found = list.flatMap((item) => {
    const name =
      typeof item === 'object' && item !== null
        ? str((item as Record<string, unknown>).name)
        : str(item)
    return name && !/^https?:/.test(name) ? [name] : []
  })
  return found.length > 0 ? [...new Set(found)].join(', ') : null
}

/** A URL from a JSON-LD value: a string, `{ url }` / `{ @id }`, or the first of an array. */
function urlOf(value: unknown): string | null {
  const first: unknown = Array.isArray(value) ? value[0] : value
  if (typeof first === 'object' && first !== null) {
    const record = first as Record<string, unknown>
    return str(record.url) ?? str(record['@id'])
  }
  return str(first)
}

function typesOf(item: Record<string, unknown>): string[] {
  const type = item['@type']
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string')
}

/** Every object in a JSON-LD document: top-level arrays and `@graph` flattened. */
function flattenJsonLd(value: unknown, into: Record<string, unknown>[], depth = 0): void {
  if (depth > 4) return
  if (Array.isArray(value)) {
    for (const item of value) flattenJsonLd(item, into, depth + 1)
    return
  }
  if (typeof value !== 'object' || value === null) return
  const record = value as Record<string, unknown>
  into.push(record)
  if (record['@graph'] !== undefined) flattenJsonLd(record['@graph'], into, depth + 1)
}

function gather(tree: Tree, root: Element): Sources {
  const sources: Sources = {
    jsonLd: [],
    siteNames: [],
    meta: new Map(),
    htmlLang: null,
    canonical: null,
    title: null,
    firstTime: null,
  }
  const attr = (element: Element, name: string) => tree.attr(element, name)
  // The first pass after parsing: the tree is in parse order, as a scan wants.
  tree.scan(root, (element) => {
    switch (tree.tagName(element)) {
      case 'html':
        sources.htmlLang ??= str(attr(element, 'lang')) ?? str(attr(element, 'xml:lang'))
        break
      case 'meta': {
        const key = (
          attr(element, 'property') ||
          attr(element, 'name') ||
          attr(element, 'itemprop') ||
          attr(element, 'http-equiv')
        ).toLowerCase()
        const content = str(attr(element, 'content'))
        if (key && content && !sources.meta.has(key)) sources.meta.set(key, content)
        break
      }
      case 'link':
        if (/(^|\s)canonical(\s|$)/i.test(attr(element, 'rel')))
          sources.canonical ??= str(attr(element, 'href'))
        break
      case 'title':
        sources.title ??= str(tree.textContent(element))
        break
      case 'time':
        sources.firstTime ??= str(attr(element, 'datetime'))
        break
      case 'script':
        if (/ld\+json/i.test(attr(element, 'type'))) readJsonLd(tree.textContent(element), sources)
        break
    }
    return SCAN_INTO
  })
  return sources
}

function readJsonLd(source: string, sources: Sources): void {
  if (source.length > MAX_JSON_LD_CHARS) return
  let parsed: unknown
  try {
    parsed = JSON.parse(source)
  } catch {
    return
  }
  const items: Record<string, unknown>[] = []
  flattenJsonLd(parsed, items)
  for (const item of items) {
    const types = typesOf(item)
    if (types.some((type) => ARTICLE_TYPE.test(type))) sources.jsonLd.push(item)
    else if (types.includes('WebSite') || types.includes('Organization')) {
      const name = str(item.name)
      if (name) sources.siteNames.push(name)
    }
  }
}

/** An ISO 8601 form of a date the page gives: date-only stays a date, else UTC seconds. */
export function isoDate(value: string | null): string | null {
  if (!value) return null
  const text = value.trim()
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text
  const time = Date.parse(text)
  if (Number.isNaN(time)) return null
  const year = new Date(time).getUTCFullYear()
  if (year < 1900 || year > 2200) return null
  return new Date(time).toISOString().replace('.000Z', 'Z')
}

function absolute(url: string | null, base: string | undefined): string | null {
  if (!url) return null
  try {
    return new URL(url, base).href
  } catch {
    return null
  }
}

/** A BCP 47 tag from `en_US`, `en-us` or `EN`. */
function languageTag(value: string | null): string | null {
  if (!value) return null
  const match = /^([a-z]{2,3})(?:[-_]([a-z0-9]{2,4}))?/i.exec(value.trim())
  if (!match?.[1]) return null
  const region = match[2]
  const primary = match[1].toLowerCase()
  if (!region) return primary
  return `${primary}-${region.length === 2 ? region.toUpperCase() : region}`
}

/** The metadata, and the JSON-LD `articleBody` (the fallback text of pages that render by script). */
export function readMetadata(
  tree: Tree,
  root: Element,
  pageUrl?: string,
): { metadata: PageMetadata; articleBody: string | null } {
  const sources = gather(tree, root)
  const { meta, jsonLd } = sources
  const fromLd = (read: (item: Record<string, unknown>) => string | null) => {
    for (const item of jsonLd) {
      const value = read(item)
      if (value) return value
    }
    return null
  }
  const m = (...keys: string[]) => {
    for (const key of keys) {
      const value = meta.get(key)
      if (value) return value
    }
    return null
  }
  const url =
    absolute(
      fromLd((item) => urlOf(item.url) ?? urlOf(item.mainEntityOfPage)),
      pageUrl,
    ) ??
    absolute(sources.canonical, pageUrl) ??
    absolute(m('og:url'), pageUrl) ??
    (pageUrl ? absolute(pageUrl, undefined) : null)
  const metaAuthor = m(
    'author',
    'article:author',
    'dc.creator',
    'byl',
    'sailthru.author',
    'parsely-author',
  )
  const metadata: PageMetadata = {
    title:
      fromLd((item) => str(item.headline) ?? str(item.name)) ??
      m('og:title', 'twitter:title', 'dc.title') ??
      sources.title,
    byline:
      fromLd((item) => names(item.author) ?? names(item.creator)) ??
      (metaAuthor && !/^https?:/.test(metaAuthor) ? metaAuthor : null),
    publishedAt: isoDate(
      fromLd((item) => str(item.datePublished) ?? str(item.dateCreated)) ??
        m(
          'article:published_time',
          'og:article:published_time',
          'datepublished',
          'date',
          'pubdate',
          'publish-date',
          'dc.date',
          'dc.date.issued',
          'dcterms.created',
          'parsely-pub-date',
          'sailthru.date',
          'citation_publication_date',
        ) ??
        sources.firstTime,
    ),
    modifiedAt: isoDate(
      fromLd((item) => str(item.dateModified)) ??
        m(
          'article:modified_time',
          'og:updated_time',
          'datemodified',
          'last-modified',
          'dcterms.modified',
        ),
    ),
    language: languageTag(
      fromLd((item) => str(item.inLanguage)) ??
        sources.htmlLang ??
        m('content-language', 'og:locale', 'language', 'dc.language'),
    ),
    url,
    siteName:
      m('og:site_name', 'application-name') ??
      fromLd((item) => names(item.publisher)) ??
      sources.siteNames[0] ??
      null,
    description:
      fromLd((item) => str(item.description)) ??
      m('og:description', 'twitter:description', 'description'),
    image: absolute(
      fromLd((item) => urlOf(item.image) ?? urlOf(item.thumbnailUrl)) ??
        m('og:image', 'twitter:image', 'twitter:image:src'),
      url ?? pageUrl,
    ),
  }
  const body = jsonLd.map((item) => item.articleBody).find((value) => typeof value === 'string')
  return { metadata, articleBody: typeof body === 'string' ? body : null }
}
