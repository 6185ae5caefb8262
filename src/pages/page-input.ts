/**
 * A stored article from an extracted page: the page's metadata fills the article's fields (those
 * it lacks are left out, for the schema to default or refuse), and an id can be made from the
 * page URL's last path segment (its slug) when the client gives none.
 */
import { ARTICLE_ID_MAX, ARTICLE_ID_PATTERN } from '../domain/article'
import type { ExtractedArticle } from '../engine/html'

const PAGE_SUFFIX = /\.(?:s?html?|php|aspx?|jsp)$/i

/**
 * The article id a URL's slug gives (`/2026/11/ferry-strike-ends.html` → `ferry-strike-ends`),
 * or null when the path has no usable segment (a home page, a bare number is kept).
 */
export function idFromUrl(url: string): string | null {
  const segments = new URL(url).pathname.split('/').filter((segment) => segment !== '')
  const last = segments.at(-1)
  if (last === undefined) return null
  let decoded: string
  try {
    decoded = decodeURIComponent(last)
  } catch {
    decoded = last
  }
  const slug = decoded
    .replace(PAGE_SUFFIX, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  const cut =
    slug.length > ARTICLE_ID_MAX ? slug.slice(0, ARTICLE_ID_MAX).replace(/-[^-]*$/, '') : slug
  return ARTICLE_ID_PATTERN.test(cut) ? cut : null
}

/** The fields of an article input the page supplies; the schema validates them. */
export function articleFieldsFromPage(
  extracted: ExtractedArticle,
  pageUrl: string | undefined,
): Record<string, unknown> {
  const url = extracted.url ?? pageUrl
  const fields: Record<string, unknown> = { body: extracted.text }
  if (extracted.title !== null) fields.title = extracted.title
  if (extracted.byline !== null) fields.byline = extracted.byline
  if (extracted.publishedAt !== null) fields.publishedAt = extracted.publishedAt
  if (url !== undefined) fields.url = url
  if (extracted.language !== null) fields.language = languageTag(extracted.language)
  return fields
}

/** `EN_us` → `en-us`: pages write language tags loosely; the primary subtag is lower case. */
function languageTag(value: string): string {
  const [primary = '', ...rest] = value.trim().replace(/_/g, '-').split('-')
  return [primary.toLowerCase(), ...rest].join('-')
}
