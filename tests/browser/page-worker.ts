/**
 * The Worker for the browser test of the widget's page mode: the same bundle `wrangler dev` would
 * run, in Miniflare, with its outbound fetch answered by the fake web of tests/origin (wrangler dev
 * cannot route outbound fetches, and the Worker refuses loopback addresses, as it should). Its
 * bindings and variables come from wrangler.toml; `vars` override them. Loopback only.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { Miniflare, convertV4MiniflareOptions } from 'miniflare'
import { unstable_getMiniflareWorkerOptions } from 'wrangler'
import { fakeOrigin } from '../origin/fake-origin.ts'
import type { Running } from './servers'

const ROOT = new URL('../../', import.meta.url).pathname
export async function startPageWorker(
  port: number,
  vars: Record<string, string>,
): Promise<Running> {
  const dir = mkdtempSync(join(tmpdir(), 'precis-page-worker-'))
  const script = join(dir, 'worker.js')
  await build({
    entryPoints: [join(ROOT, 'src/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['module', 'main'],
    outfile: script,
    logLevel: 'silent',
  })
  const { workerOptions } = unstable_getMiniflareWorkerOptions(join(ROOT, 'wrangler.toml'))
  // One bundled module: wrangler's module rules have nothing to match (and do not convert).
  const options: Partial<typeof workerOptions> = { ...workerOptions }
  delete options.modulesRules
  // wrangler hands options in Miniflare's previous (v4) shape; convert them to the current one.
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      workers: [
        {
          ...options,
          bindings: { ...(options.bindings as Record<string, string>), ...vars },
          modules: true,
          modulesRoot: dir,
          scriptPath: script,
          outboundService: fakeOrigin,
        },
      ],
      host: '127.0.0.1',
      port,
    }),
  )
  const stop = async () => {
    await mf.dispose()
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    const url = await mf.ready
    return { url: `http://localhost:${url.port}`, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
