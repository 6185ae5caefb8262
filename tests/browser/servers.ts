/**
 * What the browser test runs against: `wrangler dev` on port 8790 with local KV persisted in a
 * fresh temporary folder and seeded with `wrangler kv bulk put`, and a host page server on another
 * origin (127.0.0.1:8791) whose pages carry a strict Content-Security-Policy. Loopback only; each
 * `stop()` ends what it started, by process group id.
 */
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Article } from '../../src/domain/article'
import { articleEntry } from '../../src/storage/keys'

const WRANGLER = new URL('../../node_modules/wrangler/bin/wrangler.js', import.meta.url).pathname

export interface Running {
  url: string
  stop: () => Promise<void>
}

export async function startWorker(port: number, articles: Article[]): Promise<Running> {
  const dir = mkdtempSync(join(tmpdir(), 'precis-browser-'))
  const persist = join(dir, 'state')
  const seed = join(dir, 'seed.json')
  writeFileSync(seed, JSON.stringify(articles.map(articleEntry)))
  const env = { ...process.env, WRANGLER_SEND_METRICS: 'false' }
  execFileSync(
    process.execPath,
    [
      WRANGLER,
      'kv',
      'bulk',
      'put',
      seed,
      '--binding',
      'ARTICLES',
      '--local',
      '--persist-to',
      persist,
    ],
    { stdio: 'ignore', env },
  )
  const child = spawn(
    process.execPath,
    [
      WRANGLER,
      'dev',
      '--port',
      String(port),
      '--ip',
      '127.0.0.1',
      '--persist-to',
      persist,
      '--show-interactive-dev-session=false',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env },
  )
  let output = ''
  const collect = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000))
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve()
    }),
  )
  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      process.kill(-child.pid, 'SIGTERM')
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))])
    }
    rmSync(dir, { recursive: true, force: true })
  }
  const url = `http://localhost:${port}`
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return { url, stop }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  await stop()
  throw new Error(`wrangler dev did not start on port ${port}:\n${output}`)
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
