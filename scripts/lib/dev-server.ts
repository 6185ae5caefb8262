/**
 * Starts `wrangler dev` on a port of its own with local KV persisted in a fresh temporary folder,
 * seeded with the given articles, for the benchmark, the load test and the browser test. Only
 * loopback addresses are used. `stop()` ends the server and removes the folder.
 */
import { spawn, execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Article } from '../../src/domain/article'
import { articleEntry } from '../../src/storage/keys'

export interface DevServer {
  url: string
  pid: number | undefined
  stop: () => Promise<void>
}

export interface DevServerOptions {
  port: number
  articles: Article[]
  vars?: Record<string, string>
  startTimeoutMs?: number
}

export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const dir = mkdtempSync(join(tmpdir(), 'precis-dev-'))
  const persist = join(dir, 'state')
  const seedFile = join(dir, 'seed.json')
  writeFileSync(seedFile, JSON.stringify(options.articles.map(articleEntry)))
  execFileSync(
    'wrangler',
    ['kv', 'bulk', 'put', seedFile, '--binding', 'ARTICLES', '--local', '--persist-to', persist],
    { stdio: 'ignore' },
  )
  const varArgs = Object.entries(options.vars ?? {}).flatMap(([name, value]) => [
    '--var',
    `${name}:${value}`,
  ])
  const child = spawn(
    'wrangler',
    [
      'dev',
      '--port',
      String(options.port),
      '--ip',
      '127.0.0.1',
      '--persist-to',
      persist,
      '--show-interactive-dev-session=false',
      ...varArgs,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  )
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const url = `http://127.0.0.1:${options.port}`
  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        // already gone
      }
      await new Promise((resolve) => setTimeout(resolve, 300))
    }
    rmSync(dir, { recursive: true, force: true })
  }
  const deadline = Date.now() + (options.startTimeoutMs ?? 60_000)
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break
    try {
      const response = await fetch(`${url}/health`)
      if (response.ok) return { url, pid: child.pid, stop }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  await stop()
  throw new Error(`wrangler dev did not start on ${url}:\n${output.slice(-2000)}`)
}
