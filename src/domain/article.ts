/**
 * The article model: the schemas that validate input (and generate the OpenAPI document), and the
 * content hash that versions a stored article. Shared by the Worker and the Node scripts that seed
 * and check articles/, so a seeded article and a PUT one get the same version.
 */
import { z } from '@hono/zod-openapi'
import { detectLanguage } from './language'

export const ARTICLE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const ARTICLE_ID_MAX = 128
export const TITLE_MAX = 200

export const ArticleId = z
  .string()
  .max(ARTICLE_ID_MAX)
  .regex(ARTICLE_ID_PATTERN, 'lowercase letters and digits in hyphen-separated words')
  .openapi({ example: 'korea-china-diplomats' })

/** The `:id` path parameter of every article route. */
export const ArticleIdParam = z.object({
  id: ArticleId.openapi({ param: { name: 'id', in: 'path' } }),
})

const Tag = z
  .string()
  .min(1)
  .max(64)
  .regex(ARTICLE_ID_PATTERN, 'lowercase letters and digits in hyphen-separated words')

const nonBlank = (max: number) =>
  z
    .string()
    .max(max)
    .refine((value) => value.trim().length > 0, 'must not be empty')

const LanguageTag = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 language tag such as en or en-GB')
  .openapi({ example: 'en' })

/**
 * What a client sends to store an article (the id comes from the path). Only a title and a body
 * are required; the language, when left out, is guessed from the text (src/domain/language.ts).
 */
export const ArticleInput = z
  .object({
    title: nonBlank(TITLE_MAX).openapi({
      example: 'Senior Chinese, South Korean diplomats vow closer ties',
    }),
    body: nonBlank(Number.MAX_SAFE_INTEGER).openapi({
      description: 'Plain text; paragraphs separated by a blank line.',
    }),
    byline: nonBlank(200).optional().openapi({ example: 'By Jane Doe' }),
    publishedAt: z.iso
      .datetime({ offset: true })
      .optional()
      .openapi({ example: '2022-08-09T12:00:00Z' }),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2048)
      .optional()
      .openapi({ example: 'https://precis.example/samples/korea-china-diplomats' }),
    language: LanguageTag.optional().openapi({
      description:
        'Defaults to the language guessed from the title and body (de, en, es, fr, it, nl or pt), else en.',
    }),
    tags: z
      .array(Tag)
      .max(20)
      .default([])
      .openapi({ example: ['diplomacy'] }),
  })
  .strict()
  .openapi('ArticleInput')

export type ArticleInput = z.input<typeof ArticleInput>

/** A stored article: what was sent, with its id, its language settled and its version. */
export const Article = ArticleInput.extend({
  id: ArticleId,
  language: LanguageTag,
  tags: z.array(Tag),
  version: z.string().openapi({
    description: 'SHA-256 of the article content; also its ETag.',
    example: '9f2c…',
  }),
}).openapi('Article')

export type Article = z.infer<typeof Article>

export const ArticleListItem = z
  .object({
    id: ArticleId,
    title: z.string(),
    publishedAt: z
      .string()
      .nullable()
      .openapi({ description: 'Null when the article has no date.' }),
    version: z.string(),
  })
  .openapi('ArticleListItem')

export type ArticleListItem = z.infer<typeof ArticleListItem>

type ArticleContent = Omit<Article, 'id' | 'version'>

/**
 * The version of an article: hex SHA-256 over its content fields in a fixed order, so it changes
 * exactly when what a reader sees changes (and not with key order or the storage format). A field
 * left out hashes as null.
 */
export async function contentVersion(id: string, content: ArticleContent): Promise<string> {
  const canonical = JSON.stringify([
    id,
    content.title,
    content.byline ?? null,
    content.publishedAt ?? null,
    content.url ?? null,
    content.language,
    content.tags,
    content.body,
  ])
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical))
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** The stored form of validated input: the language defaulted, the version computed. */
export async function toArticle(id: string, input: ArticleInput): Promise<Article> {
  const content: ArticleContent = {
    ...input,
    language: input.language ?? detectLanguage(`${input.title}\n\n${input.body}`),
    tags: input.tags ?? [],
  }
  return { id, ...content, version: await contentVersion(id, content) }
}
