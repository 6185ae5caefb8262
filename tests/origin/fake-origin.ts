/**
 * A fake web for the tests: the Worker's outbound fetch is routed here (Miniflare's
 * `outboundService` in vitest.config.ts), so no test touches the network. Hosts under `.example`
 * answer by path; every request is logged, and `https://origin.test/log?path=…` tells a test how
 * often a path was asked for and with which validators.
 *
 * Paths of `https://news.example`: /story… and /?p=… (ETag and Last-Modified, 304 to a matching validator),
 * /redirect/<n>/<target> (n hops, then <target>), /to?location=… (one redirect anywhere),
 * /pdf, /huge (declared too large), /huge-streamed (too large, no length), /slow (answers after
 * two seconds), /missing (404), /broken (500), /no-location (302 without Location),
 * /front (no article), /plain-typed (HTML served as text/plain), and the path of EXAMPLE_PAGE_URL
 * (the example page of the OpenAPI document). `down.example` is unreachable
 * (Cloudflare's 523).
 */
import { EXAMPLE_PAGE_HTML, EXAMPLE_PAGE_URL } from '../../src/domain/example-article.ts'
import { SECTION_FRONT, storyPage } from './pages.ts'

export const STORY_ETAG = '"story-v1"'
export const STORY_LAST_MODIFIED = 'Tue, 03 Nov 2026 08:15:00 GMT'
const MEGABYTE = 1024 * 1024

interface Seen {
  path: string
  ifNoneMatch: string | null
  ifModifiedSince: string | null
}

const log: Seen[] = []

const html = (body: string, headers: Record<string, string> = {}) =>
  new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8', ...headers } })

const redirect = (location: string, status = 302) =>
  new Response(null, { status, headers: { location } })

function story(request: Request, url: URL): Response {
  const validators = { etag: STORY_ETAG, 'last-modified': STORY_LAST_MODIFIED }
  if (request.headers.get('if-none-match') === STORY_ETAG) {
    return new Response(null, { status: 304, headers: validators })
  }
  return html(storyPage(`${url.origin}${url.pathname}`), validators)
}

function streamed(bytes: number): ReadableStream<Uint8Array> {
  let sent = 0
  const chunk = new TextEncoder().encode(`<p>${'x'.repeat(64 * 1024 - 7)}</p>`)
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) controller.close()
      else {
        controller.enqueue(chunk)
        sent += chunk.byteLength
      }
    },
  })
}

function route(request: Request, url: URL): Response | Promise<Response> {
  const path = url.pathname
  const redirectChain = /^\/redirect\/(\d+)\/(.*)$/.exec(path)
  if (redirectChain) {
    const left = Number(redirectChain[1])
    const target = redirectChain[2] ?? ''
    return redirect(left > 1 ? `/redirect/${left - 1}/${target}` : `/${target}`, 301)
  }
  if (path === '/to') return redirect(url.searchParams.get('location') ?? '/')
  if (path.startsWith('/story') || (path === '/' && url.searchParams.has('p'))) {
    return story(request, url)
  }
  switch (path) {
    case new URL(EXAMPLE_PAGE_URL).pathname:
      return html(EXAMPLE_PAGE_HTML)
    case '/front':
      return html(SECTION_FRONT)
    case '/pdf':
      return new Response('%PDF-1.7', { headers: { 'content-type': 'application/pdf' } })
    case '/plain-typed':
      return new Response(storyPage(url.href), { headers: { 'content-type': 'text/plain' } })
    case '/huge':
      return html('<p>small</p>', { 'content-length': String(5 * MEGABYTE) })
    case '/huge-streamed':
      return new Response(streamed(3 * MEGABYTE), { headers: { 'content-type': 'text/html' } })
    case '/slow':
      return new Promise((resolve) =>
        setTimeout(() => {
          resolve(html(storyPage(url.href)))
        }, 2000),
      )
    case '/missing':
      return new Response('gone', { status: 404, headers: { 'content-type': 'text/html' } })
    case '/broken':
      return new Response('oops', { status: 500, headers: { 'content-type': 'text/html' } })
    case '/no-location':
      return new Response(null, { status: 302 })
    default:
      return new Response('not here', { status: 404 })
  }
}

export function fakeOrigin(request: Request): Response | Promise<Response> {
  const url = new URL(request.url)
  if (url.hostname === 'origin.test' && url.pathname === '/log') {
    const path = url.searchParams.get('path')
    return Response.json(log.filter((seen) => seen.path === path))
  }
  log.push({
    path: `${url.host}${url.pathname}${url.search}`,
    ifNoneMatch: request.headers.get('if-none-match'),
    ifModifiedSince: request.headers.get('if-modified-since'),
  })
  // What Cloudflare's edge answers for an origin it cannot reach (a Worker's fetch sees no error).
  if (url.hostname === 'down.example') return new Response('unreachable', { status: 523 })
  if (!url.hostname.endsWith('.example')) return new Response('no such host', { status: 502 })
  return route(request, url)
}
