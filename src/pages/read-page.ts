/**
 * From HTML to an article the analysis can take, shared by every route that reads pages (POST
 * bodies, PUT of an article, import, GET /v1/pages/analysis): decode the bytes by the HTML
 * standard's order (BOM, Content-Type, meta, sniff), extract, then refuse a page with no article
 * (422) or one whose text is longer than the analysis accepts (413, both sizes named; never a
 * silent cut).
 */
import { decodeHtml, extractArticle, type ExtractedArticle } from '../engine/html'
import { Problem } from '../http/problem'

/** The extracted article as the API answers it: metadata and text, offsets refer to `text`. */
export interface PageArticle {
  url: string | null
  title: string | null
  byline: string | null
  publishedAt: string | null
  modifiedAt: string | null
  language: string | null
  siteName: string | null
  description: string | null
  image: string | null
  text: string
}

export function pageArticle(extracted: ExtractedArticle): PageArticle {
  return {
    url: extracted.url,
    title: extracted.title,
    byline: extracted.byline,
    publishedAt: extracted.publishedAt,
    modifiedAt: extracted.modifiedAt,
    language: extracted.language,
    siteName: extracted.siteName,
    description: extracted.description,
    image: extracted.image,
    text: extracted.text,
  }
}

/**
 * `?url=` sent with a page: its address when it is an absolute http(s) URL; anything else is
 * ignored, as POST /v1/extract does (scraped pages often come with a broken one).
 */
export function pageAddress(value: string | undefined): string | undefined {
  if (value === undefined || !URL.canParse(value)) return undefined
  return /^https?:$/.test(new URL(value).protocol) ? value : undefined
}

export interface ReadPageOptions {
  /** The page's address: resolves relative links, and is its URL when it names no canonical one. */
  url?: string
  /** MAX_TEXT_CHARS */
  maxTextChars: number
}

/** Decodes and extracts a page; throws a Problem when it holds no article or too much text. */
export function readPage(
  bytes: Uint8Array,
  contentType: string | null,
  options: ReadPageOptions,
): ExtractedArticle {
  const html = decodeHtml(bytes, contentType)
  const extracted = extractArticle(html, options.url === undefined ? {} : { url: options.url })
  if (extracted.text.trim() === '') {
    throw new Problem('no-article', 'No article was found in the page.')
  }
  if (extracted.text.length > options.maxTextChars) {
    throw new Problem(
      'payload-too-large',
      `The page's article text has ${extracted.text.length} characters; the limit is ${options.maxTextChars} (MAX_TEXT_CHARS).`,
    )
  }
  return { ...extracted, url: extracted.url ?? options.url ?? null }
}
