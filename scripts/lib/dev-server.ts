/**
 * Starts `wrangler dev` on a port of its own, with local KV persisted in a fresh temporary folder
 * and seeded with the given articles, for the benchmark, the load test and the browser test.
 * Loopback only. `stop()` ends the server's whole process group and removes the folder.
 */
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Article } from '../../src/domain/article'
import { articleEntry } from '../../src/storage/keys'
import { prepareAssets } from '../prepare-assets'

export const WRANGLER = new URL('../../node_modules/wrangler/bin/wrangler.js', import.meta.url)
  .pathname

export interface DevServer {
  /** http://127.0.0.1:<port> */
  url: string
  port: number
  /** The process group of wrangler and workerd. */
  pid: number | undefined
  /** The keys in the server's local ARTICLES namespace. */
  kvKeys: () => string[]
  stop: () => Promise<void>
}

export interface DevServerOptions {
  port: number
  articles: Article[]
  vars?: Record<string, string>
  startTimeoutMs?: number
}

export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  // wrangler dev will not start without the [assets] folder of wrangler.toml.
  prepareAssets()
  const dir = mkdtempSync(join(tmpdir(), 'precis-dev-'))
  const persist = join(dir, 'state')
  const seedFile = join(dir, 'seed.json')
  const env = { ...process.env, WRANGLER_SEND_METRICS: 'false' }
  writeFileSync(seedFile, JSON.stringify(options.articles.map(articleEntry)))
  execFileSync(
    process.execPath,
    [
      WRANGLER,
      'kv',
      'bulk',
      'put',
      seedFile,
      '--binding',
      'ARTICLES',
      '--local',
      '--persist-to',
      persist,
    ],
    { stdio: 'ignore', env },
  )
  const varArgs = Object.entries(options.vars ?? {}).flatMap(([name, value]) => [
    '--var',
    `${name}:${value}`,
  ])
  const child = spawn(
    process.execPath,
    [
      WRANGLER,
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
  const kvKeys = () =>
    (
      JSON.parse(
        execFileSync(
          process.execPath,
          [
            WRANGLER,
            'kv',
            'key',
            'list',
            '--binding',
            'ARTICLES',
            '--local',
            '--persist-to',
            persist,
          ],
          { encoding: 'utf8', env },
        ),
      ) as { name: string }[]
    ).map((key) => key.name)
  const url = `http://127.0.0.1:${options.port}`
  const deadline = Date.now() + (options.startTimeoutMs ?? 60_000)
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(`${url}/health`)).ok)
        return { url, port: options.port, pid: child.pid, kvKeys, stop }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  await stop()
  throw new Error(`wrangler dev did not start on ${url}:\n${output}`)
}
