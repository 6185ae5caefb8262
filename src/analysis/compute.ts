/**
 * Maps the API's parsed options onto the engine and serialises what it returns: the one place where
 * the HTTP shapes (option names, `format`, the `article` block of an analysis) meet the engine.
 */
import type { Article } from '../domain/article'
import {
  ENGINE_VERSION,
  analyze,
  extractEntities,
  findQuotes,
  renderSummary,
  summarize,
  type SummaryOptions as EngineSummaryOptions,
} from '../engine'
import type { QuoteOptions } from './options'
import { AnalysisOptions, ArticleQuoteOptions, EntityOptions, SummaryOptions } from './options'

export type ResultKind = 'summary' | 'quotes' | 'entities' | 'analysis'

/** The options a plain GET without a query uses, per kind: the edge copies a write purges. */
export const DEFAULT_OPTIONS: Record<ResultKind, Record<string, unknown>> = {
  summary: SummaryOptions.parse({}),
  quotes: ArticleQuoteOptions.parse({}),
  entities: EntityOptions.parse({}),
  analysis: AnalysisOptions.parse({}),
}

const MEDIA_TYPES: Record<string, string> = {
  text: 'text/plain; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
}

/** The media type of a serialised result: JSON, unless a summary asked for another `format`. */
export function resultMediaType(options: Record<string, unknown>): string {
  const format = typeof options.format === 'string' ? options.format : 'json'
  return MEDIA_TYPES[format] ?? 'application/json; charset=utf-8'
}

function summaryOptions(options: Partial<AnalysisOptions>): EngineSummaryOptions {
  return {
    ...(options.sentences !== undefined ? { sentences: options.sentences } : {}),
    ...(options.ratio !== undefined ? { ratio: options.ratio } : {}),
    ...(options.words !== undefined ? { words: options.words } : {}),
    order: options.order ?? 'document',
    ...(options.avoid !== undefined ? { avoid: options.avoid } : {}),
  }
}

function articleBlock(article: Article) {
  return {
    id: article.id,
    title: article.title,
    ...(article.byline ? { byline: article.byline } : {}),
    ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
    ...(article.url ? { url: article.url } : {}),
    version: article.version,
  }
}

/**
 * Serialises the result of `kind` for `text`. `article` is the block that describes where the text
 * came from (a stored article, an extracted page); a JSON result carries it first.
 */
export function analyseText(
  kind: ResultKind,
  text: string,
  title: string | undefined,
  options: Record<string, unknown>,
  article?: object,
): string {
  const result = analysisResult(kind, text, title, options)
  if (typeof result === 'string') return result
  return JSON.stringify(article === undefined ? result : { article, ...result })
}

function analysisResult(
  kind: ResultKind,
  text: string,
  title: string | undefined,
  options: Record<string, unknown>,
): string | object {
  switch (kind) {
    case 'summary': {
      const parsed = options as SummaryOptions
      const result = summarize(text, summaryOptions(parsed), title)
      if (parsed.format !== 'json') {
        return renderSummary(
          result.sentences.map((sentence) => sentence.text),
          parsed.format,
        )
      }
      return result
    }
    case 'quotes': {
      const parsed = options as QuoteOptions
      return {
        quotes: findQuotes(text, {
          limit: parsed.limit ?? Infinity,
          minWords: parsed.minWords,
          terms: parsed.scare,
          join: parsed.join,
          ...(parsed.kind ? { kind: parsed.kind } : {}),
        }),
      }
    }
    case 'entities': {
      const parsed = options as EntityOptions
      return {
        entities: extractEntities(text, {
          ...(parsed.limit !== undefined ? { limit: parsed.limit } : {}),
          ...(parsed.types ? { types: parsed.types } : {}),
          ...(title !== undefined ? { title } : {}),
        }),
      }
    }
    case 'analysis': {
      const parsed = options as AnalysisOptions
      const analysis = analyze(text, {
        ...(title !== undefined ? { title } : {}),
        summary: summaryOptions(parsed),
        quotes: { limit: parsed.quotes },
        entities: parsed.entities !== undefined ? { limit: parsed.entities } : {},
      })
      return { ...analysis, engine: ENGINE_VERSION }
    }
  }
}

export function computeResult(
  kind: ResultKind,
  article: Article,
  options: Record<string, unknown>,
): string {
  const block = kind === 'analysis' ? articleBlock(article) : undefined
  return analyseText(kind, article.body, article.title, options, block)
}
