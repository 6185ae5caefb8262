/**
 * Writes src/analysis/examples.json: the example responses of the analysis endpoints in the OpenAPI
 * document, computed by the engine for the example article (src/domain/example-article.ts) with
 * default options, and src/domain/extracted-example.json, the extractor's answer for the example
 * page (POST /v1/extract), so the reference shows real output rather than invented numbers. Run it
 * (npm run build:examples) when the engine's output changes; the examples are documentation, so
 * `npm test` checks their offsets and fields (tests/http/openapi-examples.test.ts), not their
 * scores.
 */
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { analyseText, type ResultKind } from '../src/analysis/compute'
import {
  AnalysisOptions,
  EntityOptions,
  QuoteOptions,
  SummaryOptions,
} from '../src/analysis/options'
import {
  EXAMPLE_PAGE_HTML,
  EXAMPLE_PAGE_URL,
  EXAMPLE_TEXT,
  EXAMPLE_TITLE,
} from '../src/domain/example-article'
import { extractArticle } from '../src/engine/html'

const output = 'src/analysis/examples.json'
const extractedOutput = 'src/domain/extracted-example.json'

const EXAMPLES: [name: string, kind: ResultKind, options: Record<string, unknown>][] = [
  ['summary', 'summary', SummaryOptions.parse({})],
  ['summaryText', 'summary', SummaryOptions.parse({ format: 'text' })],
  ['summaryMarkdown', 'summary', SummaryOptions.parse({ format: 'markdown' })],
  ['summaryHtml', 'summary', SummaryOptions.parse({ format: 'html' })],
  ['quotes', 'quotes', QuoteOptions.parse({})],
  ['entities', 'entities', EntityOptions.parse({})],
  ['analysis', 'analysis', AnalysisOptions.parse({})],
]

const examples = Object.fromEntries(
  EXAMPLES.map(([name, kind, options]) => {
    const answer = analyseText(kind, EXAMPLE_TEXT, EXAMPLE_TITLE, options)
    return [
      name,
      options.format === undefined || options.format === 'json' ? JSON.parse(answer) : answer,
    ]
  }),
)
writeFileSync(output, JSON.stringify(examples, null, 2))
// The example answer of POST /v1/extract: the extractor's output for the example page.
const extracted = extractArticle(EXAMPLE_PAGE_HTML, { url: EXAMPLE_PAGE_URL })
writeFileSync(extractedOutput, JSON.stringify(extracted, null, 2))
execFileSync('prettier', ['--write', output, extractedOutput], { stdio: 'ignore' })
console.log(`Wrote ${output} and ${extractedOutput}.`)
