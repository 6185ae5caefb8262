/**
 * GET /openapi.json and GET /docs. The OpenAPI 3.1 document is generated from the same zod
 * schemas that validate requests; /docs renders it as a plain HTML page on the server (no script,
 * no CDN), with a section per problem type so that the `type` of every error resolves here.
 */
import type { OpenAPIHono } from '@hono/zod-openapi'
import { html, raw } from 'hono/html'

type OpenAPIDocument = ReturnType<OpenAPIHono['getOpenAPI31Document']>

const PROBLEM_HELP: [kind: string, status: number, help: string][] = [
  ['bad-request', 400, 'Malformed JSON, or a path or query parameter out of its allowed range.'],
  ['unauthorized', 401, 'The bearer token is missing or wrong.'],
  ['forbidden', 403, 'The deployment has no ADMIN_TOKEN secret, so writes are refused.'],
  ['not-found', 404, 'No article with that id, or no such route.'],
  ['method-not-allowed', 405, 'The path exists but not for this method; see the Allow header.'],
  ['payload-too-large', 413, 'The body is over the size limit (MAX_BODY_BYTES, 1 MB by default).'],
  ['unsupported-media-type', 415, 'The body has the wrong Content-Type.'],
  ['no-article', 422, 'The page was read, but holds no article text (POST /v1/extract).'],
  ['validation-failed', 422, 'The JSON is well formed but breaks the schema; see `invalid`.'],
  ['rate-limited', 429, 'Too many requests; wait for Retry-After seconds.'],
  ['not-implemented', 501, 'The request asks for something this API does not do (oEmbed XML).'],
  ['unavailable', 503, 'Storage is unavailable; retry after Retry-After seconds.'],
  ['internal', 500, 'A fault on our side; nothing about it is exposed.'],
]

export const DOCUMENT_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'precis',
    version: '1',
    description:
      'Extractive summaries, attributed quotes and entities for news articles, at the edge.',
  },
}

type Html = ReturnType<typeof html>

function operations(document: OpenAPIDocument): Html[] {
  const rows: Html[] = []
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of ['get', 'post', 'put', 'delete'] as const) {
      const operation = item[method]
      if (!operation) continue
      const params = (operation.parameters ?? []).flatMap((param) =>
        'name' in param ? [`${param.name} (${param.in})`] : [],
      )
      const statuses = Object.keys(operation.responses ?? {}).join(', ')
      rows.push(
        html`<section class="op">
          <h3><code>${method.toUpperCase()} ${path}</code></h3>
          <p>
            ${operation.summary ?? ''}${operation.description ? ` — ${operation.description}` : ''}
          </p>
          ${params.length ? html`<p>Parameters: ${params.join(', ')}</p>` : ''}
          <p>Responses: ${statuses}</p>
        </section>`,
      )
    }
  }
  return rows
}

export function renderDocsPage(document: OpenAPIDocument): Html {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>precis API</title>
        <style>
          ${raw(
            'body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}code{background:#f2f2f2;padding:0 .2em}.op{border-top:1px solid #ddd}',
          )}
        </style>
      </head>
      <body>
        <h1>precis API</h1>
        <p>
          ${document.info.description ?? ''} The machine-readable description is at
          <a href="/openapi.json">/openapi.json</a>.
        </p>
        <h2>Endpoints</h2>
        ${operations(document)}
        <h2>Errors</h2>
        <p>
          Every error is <code>application/problem+json</code> (RFC 9457) with <code>type</code>,
          <code>title</code>, <code>status</code>, <code>detail</code>, <code>instance</code> and,
          for invalid input, <code>invalid</code>.
        </p>
        ${PROBLEM_HELP.map(
          ([kind, status, help]) =>
            html`<section id="problem-${kind}">
              <h3>${status} <code>${kind}</code></h3>
              <p>${help}</p>
            </section>`,
        )}
      </body>
    </html>`
}
