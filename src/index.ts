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
import { articleAnalysis } from './routes/article-analysis'
import { articlePages } from './routes/article-pages'
import { articles } from './routes/articles'
import { demo } from './routes/demo'
import { DOCUMENT_INFO, renderDocsPage } from './routes/docs'
import { embed } from './routes/embed'
import { extract } from './routes/extract'
import { health } from './routes/health'
import { pages } from './routes/pages'
import { text } from './routes/text'
import { widgetScript } from './routes/widget-script'

const app = new OpenAPIHono<{ Bindings: Env }>({ defaultHook: throwOnInvalid })

// The embed page (framable by any site) and the demo page (runs our script) set their own policy.
const PAGES_WITH_OWN_HEADERS = ['/', '/embed', '/embed/*']

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

app.route('/health', health)
app.route('/v1/articles', articles)
app.route('/v1/articles', articleAnalysis)
app.route('/v1/articles', articlePages)
app.route('/v1/pages', pages)
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
app.get('/docs', (c) => c.html(renderDocsPage(app.getOpenAPI31Document(DOCUMENT_INFO))))

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

export default {
  fetch(request, env, ctx) {
    return app.fetch(
      request,
      { ...env, ARTICLES: guardKv(env.ARTICLES, storageTimeoutMs(env)) },
      ctx,
    )
  },
} satisfies ExportedHandler<Env>
