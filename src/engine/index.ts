/**
 * The precis text engine: pure TypeScript with no Workers, Hono or Node imports, so the same code
 * runs in a Worker, in Node (benchmarks, training) and in a browser.
 *
 * @example
 * import { analyze } from './engine'
 * const { summary, quotes, entities } = analyze(articleBody, { title: headline })
 */
export { analyze } from './analyze'
export type { Analysis, AnalyzeOptions, FurnitureSpan, LinkedQuote, LinkedSummary } from './analyze'
export { extractEntities, extractEntitiesFromDocument } from './entities'
export type { Entity, EntityMention, EntityOptions, EntityType } from './entities'
export { findQuotes, findQuotesInDocument } from './quotes'
export type { Quote, QuoteKind, QuoteOptions, Speaker } from './quotes'
export {
  DEFAULT_AVOID,
  SUMMARY_ALGORITHM,
  renderSummary,
  summarize,
  summarizeSentences,
} from './summary'
export type { SummaryFormat, SummaryOptions, SummaryResult, SummarySentence } from './summary'
export { BOILERPLATE_KINDS, findBoilerplate, isPageFurniture } from './text/boilerplate'
export { splitParagraphs } from './text/paragraphs'
export { splitSentences, splitText } from './text/sentences'
export type { Paragraph, Sentence, Span, TextStructure } from './types'
export { ENGINE_FINGERPRINT, ENGINE_VERSION } from './version'
