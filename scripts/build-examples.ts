/**
 * Writes src/analysis/examples.json: the example responses of the analysis endpoints in the OpenAPI
 * document, computed by the engine for the example article (src/domain/example-article.ts) with
 * default options, so the reference shows real output rather than invented numbers. Run it
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
import { EXAMPLE_TEXT, EXAMPLE_TITLE } from '../src/domain/example-article'

const output = 'src/analysis/examples.json'

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
execFileSync('prettier', ['--write', output], { stdio: 'ignore' })
console.log(`Wrote ${output}.`)
