/**
 * GET /docs: the interactive API reference. Swagger UI (through @hono/swagger-ui) renders
 * /openapi.json, the document generated from the zod schemas that validate requests, with an
 * example request and response for every operation and a "Try it out" client. Its script and
 * stylesheet are Workers static assets (public/, filled from node_modules/swagger-ui-dist), so
 * the page loads nothing from another origin and the Worker bundle carries none of it. The page's
 * policy allows our own origin plus the inline start-up script and stylesheet by hash.
 *
 * Below the reference, one section per problem type, so that the `type` of every error answer
 * (`/docs#problem-…`, src/http/problem.ts) resolves to its explanation.
 */
import { OpenAPIHono } from '@hono/zod-openapi'
import { SwaggerUI } from '@hono/swagger-ui'
import { html, raw } from 'hono/html'
import { SWAGGER_UI_BASE } from '../http/asset-paths'
import { pagePolicy, unframedPageHeaders } from '../http/page-headers'
import type { ProblemKind } from '../http/problem'

export const docs = new OpenAPIHono<{ Bindings: Env }>()

export const DOCUMENT_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'precis',
    version: '1',
    description:
      'Extractive summaries, attributed quotes and entities for news articles, at the edge. ' +
      'Writes (PUT and DELETE) need the admin token: press Authorize and paste it.',
  },
}

const PROBLEM_HELP: [kind: ProblemKind, status: number, help: string][] = [
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

/**
 * Swagger UI renders after the page has loaded, which moves a `#problem-…` section down after the
 * browser has scrolled to it: scroll again once the reference is in place.
 */
const SCROLL_TO_FRAGMENT =
  '() => { const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1))); if (target) target.scrollIntoView() }'

/** The reference: Swagger UI's container, its asset tags and its inline start-up script. */
const SWAGGER_UI = SwaggerUI({
  url: '/openapi.json',
  baseUrl: SWAGGER_UI_BASE,
  tryItOutEnabled: true,
  displayRequestDuration: true,
  defaultModelsExpandDepth: 0,
  // The default posts the document to a validator on another origin; the policy would block it.
  validatorUrl: 'none',
  onComplete: SCROLL_TO_FRAGMENT,
})

/** The text of each inline <script> Swagger UI emits, as the policy hashes it. */
const INLINE_SCRIPTS = [...SWAGGER_UI.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
  ([, body]) => body ?? '',
)

export const DOCS_PAGE_CSS =
  'body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1a1a1a}' +
  '.intro,.problems{max-width:1460px;margin:0 auto;padding:0 20px;box-sizing:border-box}' +
  '.problems{padding-bottom:3rem}.problems section{border-top:1px solid #ddd}' +
  '.intro code,.problems code{background:#f2f2f2;padding:0 .2em}'

function renderDocsPage() {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>precis API</title>
        ${raw(`<style>${DOCS_PAGE_CSS}</style>`) /* one piece: the policy hashes its exact text */}
      </head>
      <body>
        <div class="intro">
          <h1>precis API</h1>
          <p>
            The machine-readable description is at <a href="/openapi.json">/openapi.json</a>; error
            answers are explained <a href="#problems">below the reference</a>.
          </p>
        </div>
        ${raw(SWAGGER_UI)}
        <div class="problems" id="problems">
          <h2>Errors</h2>
          <p>
            Every error is <code>application/problem+json</code> (RFC 9457) with <code>type</code>,
            <code>title</code>, <code>status</code>, <code>detail</code>, <code>instance</code> and,
            for invalid input, <code>invalid</code>: a list of <code>{ name, reason }</code>.
          </p>
          ${PROBLEM_HELP.map(
            ([kind, status, help]) =>
              html`<section id="problem-${kind}">
                <h3>${status} <code>${kind}</code></h3>
                <p>${help}</p>
              </section>`,
          )}
        </div>
      </body>
    </html>`
}

docs.use('/docs', unframedPageHeaders)

docs.get('/docs', async (c) => {
  c.header(
    'content-security-policy',
    await pagePolicy({
      style: DOCS_PAGE_CSS,
      inlineScripts: INLINE_SCRIPTS,
      ownAssets: true,
      frameAncestors: "'none'",
    }),
  )
  c.header('cache-control', 'no-cache')
  return c.html(renderDocsPage())
})
