/**
 * The article the HTML extractor reads from a page (src/engine/html), as the API answers it:
 * metadata, the text, and the text's structure (blocks with their kind, furniture left out).
 */
import { z } from '@hono/zod-openapi'
import EXTRACTED_EXAMPLE from './extracted-example.json'

const nullableString = (description: string, example: string | null) =>
  z.string().nullable().openapi({ description, example })

const BlockKind = z.enum(['heading', 'paragraph', 'list-item', 'blockquote', 'pre', 'table-row'])
const FurnitureKind = z.enum([
  'caption',
  'credit',
  'navigation',
  'share',
  'related',
  'comments',
  'ad',
  'prompt',
  'byline',
  'author-box',
  'chrome',
  'hidden',
])

export const ExtractedArticleSchema = z
  .object({
    title: nullableString(
      'Headline: JSON-LD, OpenGraph, Twitter card or <title>.',
      'Harbour reopens',
    ),
    byline: nullableString('Author(s): metadata, else the visible byline.', 'Ana Ruiz'),
    publishedAt: nullableString('ISO 8601.', '2026-03-04T09:30:00Z'),
    modifiedAt: nullableString('ISO 8601.', null),
    language: nullableString('BCP 47 tag.', 'en'),
    url: nullableString('Canonical URL, else the `url` parameter.', 'https://news.example/harbour'),
    siteName: nullableString('Publisher or site name.', 'Coast Gazette'),
    description: nullableString('The page’s own summary line.', null),
    image: nullableString('Lead image URL.', null),
    text: z.string().openapi({
      description:
        'The article body: paragraphs, headings, list items, quotes and pre blocks separated by a blank line.',
      example: 'Harbour reopens\n\nThe harbour reopened on Tuesday after a six-week closure.',
    }),
    structure: z
      .object({
        blocks: z.array(
          z.object({ start: z.number().int(), end: z.number().int(), kind: BlockKind }),
        ),
        removed: z.array(z.object({ kind: FurnitureKind, text: z.string() })),
      })
      .openapi({
        description:
          'Each block of `text` (UTF-16 offsets, half-open) with its kind, and the furniture left out of it.',
        example: {
          blocks: [
            { start: 0, end: 15, kind: 'heading' },
            { start: 17, end: 75, kind: 'paragraph' },
          ],
          removed: [{ kind: 'caption', text: 'The harbour at dawn. (Photo: J. Ortiz)' }],
        },
      }),
  })
  // The extractor's real answer for the example page (npm run build:examples).
  .openapi('ExtractedArticle', { example: EXTRACTED_EXAMPLE })
