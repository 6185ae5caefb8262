/**
 * Reads the sample articles in articles/: one Markdown file per article, named `<id>.md`, with
 * YAML front matter (title; optionally byline, publishedAt, url, language, tags) and the body
 * after it, kept byte for byte; or an HTML page, `<id>.html`, whose article and metadata the
 * extractor reads (title, byline, publishedAt, url and language from the page; no tags).
 * Validation uses the same schema as PUT /v1/articles/:id.
 */
import { readFile, readdir } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { ArticleId, ArticleInput, toArticle, type Article } from '../../src/domain/article'
import { decodeHtml, extractArticle } from '../../src/engine/html'

export const ARTICLES_DIR = new URL('../../articles/', import.meta.url).pathname

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/

export interface ArticleFileResult {
  file: string
  article?: Article
  problems: string[]
}

function normaliseYamlValues(data: Record<string, unknown>): Record<string, unknown> {
  // YAML reads an unquoted timestamp as a Date; the schema wants the ISO string.
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => [
      key,
      value instanceof Date ? value.toISOString().replace('.000Z', 'Z') : value,
    ]),
  )
}

function validate(data: Record<string, unknown>, problems: string[]) {
  const input = ArticleInput.safeParse(data)
  if (!input.success) {
    for (const issue of input.error.issues)
      problems.push(`${issue.path.join('.') || 'article'}: ${issue.message}`)
  }
  return input
}

async function readHtmlFile(path: string, problems: string[]) {
  const page = extractArticle(decodeHtml(new Uint8Array(await readFile(path))))
  if (page.text.length === 0) problems.push('the extractor finds no article in the page')
  const fields = { title: page.title, byline: page.byline, publishedAt: page.publishedAt }
  const data: Record<string, unknown> = { body: page.text, url: page.url, language: page.language }
  for (const [name, value] of Object.entries(fields)) if (value !== null) data[name] = value
  return validate(data, problems)
}

export async function readArticleFile(path: string): Promise<ArticleFileResult> {
  const file = basename(path)
  const id = file.replace(/\.(md|html)$/, '')
  const problems: string[] = []
  const idCheck = ArticleId.safeParse(id)
  if (!idCheck.success)
    problems.push(`file name "${file}" is not a valid id: ${idCheck.error.issues[0]?.message}`)
  if (file.endsWith('.html')) {
    const page = await readHtmlFile(path, problems)
    if (problems.length > 0 || !page.success) return { file, problems }
    return { file, article: await toArticle(id, page.data), problems }
  }
  const source = await readFile(path, 'utf8')
  const match = FRONT_MATTER.exec(source)
  if (!match) return { file, problems: [...problems, 'no YAML front matter between --- lines'] }
  let data: unknown
  try {
    data = parseYaml(match[1] ?? '')
  } catch (error) {
    return { file, problems: [...problems, `front matter is not valid YAML: ${String(error)}`] }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { file, problems: [...problems, 'front matter is not a mapping'] }
  }
  const input = validate(
    {
      ...normaliseYamlValues(data as Record<string, unknown>),
      body: source.slice(match[0].length),
    },
    problems,
  )
  if (problems.length > 0 || !input.success) return { file, problems }
  return { file, article: await toArticle(id, input.data), problems }
}

/** Whether a file name is an article: a Markdown article or an HTML page. */
export const isArticleFile = (name: string) => /\.(md|html)$/.test(name)

export async function readArticleFiles(dir = ARTICLES_DIR): Promise<ArticleFileResult[]> {
  const files = (await readdir(dir)).filter(isArticleFile).sort()
  return Promise.all(files.map((name) => readArticleFile(join(dir, name))))
}
