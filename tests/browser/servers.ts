/**
 * What the browser test runs against: `wrangler dev` (scripts/lib/dev-server.ts), and a host page
 * server on another origin (127.0.0.1:8791) whose pages carry a strict Content-Security-Policy.
 * Loopback only; each `stop()` ends what it started.
 */
import { createServer } from 'node:http'
import { startDevServer } from '../../scripts/lib/dev-server'
import type { Article } from '../../src/domain/article'

export interface Running {
  url: string
  stop: () => Promise<void>
}

/** `wrangler dev` seeded with `articles`, addressed as localhost (the host page's CSP names it). */
export async function startWorker(port: number, articles: Article[]): Promise<Running> {
  const server = await startDevServer({ port, articles })
  return { url: `http://localhost:${port}`, stop: server.stop }
}

/** Serves each page of `pages` (path → HTML) with the given CSP, and 404 for anything else. */
export async function startHost(
  port: number,
  csp: string,
  pages: Map<string, string>,
): Promise<Running> {
  const server = createServer((request, response) => {
    const page = pages.get(new URL(request.url ?? '/', 'http://host').pathname)
    if (page === undefined) {
      response.writeHead(404).end()
      return
    }
    response
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': csp,
      })
      .end(page)
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          resolve()
        }),
      ),
  }
}

/**
 * Starts a server on `port`, or on one of the next nine when it is taken (the browser tests of
 * another checkout may be running on this machine).
 */
export async function onFreePort(
  port: number,
  start: (port: number) => Promise<Running>,
): Promise<Running> {
  for (let candidate = port; candidate < port + 10; candidate++) {
    try {
      return await start(candidate)
    } catch (error) {
      if (!/EADDRINUSE|address already in use/i.test(String(error))) throw error
    }
  }
  throw new Error(`no free port from ${port} to ${port + 9}`)
}
