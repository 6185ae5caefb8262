/**
 * The precis Worker: routes by resource, one error shape (problem+json) owned by onError and
 * notFound, security headers on every response. All text analysis lives in src/engine.
 */
import { OpenAPIHono } from '@hono/zod-openapi'
import { except } from 'hono/combine'
import { secureHeaders } from 'hono/secure-headers'
import { readOnlyCors } from './http/cors'
import { Problem, renderError } from './http/problem'
import { guardKv, storageTimeoutMs } from './storage/guard'
import { throwOnInvalid } from './http/validation'
import { articleAnalysisRoutes } from './routes/article-analysis'
import { articlePages } from './routes/article-pages'
import { articleRoutes } from './routes/articles'
import { demo } from './routes/demo'
import { DOCUMENT_INFO, docs } from './routes/docs'
import { embed } from './routes/embed'
import { extract } from './routes/extract'
import { healthRoutes } from './routes/health'
import { pages } from './routes/pages'
import { text } from './routes/text'
import { widgetScript } from './routes/widget-script'

const app = new OpenAPIHono<{ Bindings: Env }>({ defaultHook: throwOnInvalid })

// The embed page (framable by any site), the demo page (runs our script) and the API reference
// (runs Swagger UI) set their own policy.
const PAGES_WITH_OWN_HEADERS = ['/', '/embed', '/embed/*', '/docs']

app.use(
  except(
    PAGES_WITH_OWN_HEADERS,
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        styleSrc: ["'unsafe-inline'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'none'"],
      },
      referrerPolicy: 'strict-origin-when-cross-origin',
      xFrameOptions: 'DENY',
      crossOriginResourcePolicy: 'cross-origin',
    }),
  ),
)
app.use('/v1/*', readOnlyCors)

/** The JSON API, chained so that its type carries every route: see `AppType`. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- only its type is used (AppType)
const api = app
  .route('/health', healthRoutes)
  .route('/v1/articles', articleRoutes)
  .route('/v1/articles', articleAnalysisRoutes)
  .route('/v1/articles', articlePages)
  .route('/v1/pages', pages)
app.route('/v1', text)
app.route('/v1', extract)
app.route('/', widgetScript)
app.route('/', embed)
app.route('/', demo)

app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
  type: 'http',
  scheme: 'bearer',
})
app.doc31('/openapi.json', DOCUMENT_INFO)
app.route('/', docs)

/** Methods that do answer at this path, for a 405 with an Allow header instead of a 404. */
function allowedMethods(path: string): string[] {
  const methods = new Set<string>()
  for (const route of app.routes) {
    if (route.method === 'ALL') continue
    const pattern = new RegExp(`^${route.path.replace(/:[^/]+/g, '[^/]+')}/?$`)
    if (pattern.test(path)) methods.add(route.method)
  }
  if (methods.has('GET')) methods.add('HEAD')
  return [...methods].sort()
}

app.notFound((c) => {
  const path = new URL(c.req.url).pathname
  const allowed = allowedMethods(path)
  const problem =
    allowed.length > 0
      ? new Problem('method-not-allowed', `${c.req.method} is not supported on ${path}.`, {
          headers: { allow: allowed.join(', ') },
        })
      : new Problem('not-found', `There is nothing at ${path}.`)
  return renderError(problem, c)
})
app.onError(renderError)

/**
 * The API's routes, paths, inputs and outputs as a type, for Hono's typed client:
 *
 * @example
 * ```ts
 * import { hc } from 'hono/client'
 * import type { AppType } from 'precis/src/index'
 *
 * const client = hc<AppType>('https://precis.example')
 * const response = await client.v1.articles[':id'].analysis.$get({
 *   param: { id: 'korea-china-diplomats' },
 *   query: { sentences: '3' },
 * })
 * if (response.ok) console.log((await response.json()).summary.summary)
 * ```
 */
export type AppType = typeof api

export default {
  fetch(request, env, ctx) {
    return app.fetch(
      request,
      { ...env, ARTICLES: guardKv(env.ARTICLES, storageTimeoutMs(env)) },
      ctx,
    )
  },
} satisfies ExportedHandler<Env>
