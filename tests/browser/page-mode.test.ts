/**
 * The widget's page mode in a real browser: `<precis-summary>` with no `article` summarises the page
 * it sits on (its canonical URL), or the page its `url` attribute names. The Worker runs in
 * Miniflare with the fake web of tests/origin behind its outbound fetch (page-worker.ts), so the
 * publisher's pages on news.example never touch the network; the host page itself is served from
 * another origin under a strict CSP.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STORY } from '../origin/pages'
import { CHROMIUM, CHROMIUM_ARGS, RUN_BROWSER } from './chromium'
import { startPageWorker } from './page-worker'
import { onFreePort, startHost, type Running } from './servers'

const WORKER_PORT = 8794
const HOST_PORT = 8796

let worker: Running | undefined
let host: Running | undefined
let context: BrowserContext | undefined
let profile: string | undefined
const PAGES = new Map<string, string>()

function hostPage(api: string, head: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A story</title>
${head}<script src="${api}/widget.js" async></script></head><body>
<h1>A publisher’s story page</h1>${body}</body></html>`
}

beforeAll(async () => {
  if (!RUN_BROWSER) return
  worker = await onFreePort(WORKER_PORT, (port) =>
    startPageWorker(port, { PAGE_HOSTS: 'news.example', TEXT_RATE_LIMIT: 'off' }),
  )
  const api = worker.url
  PAGES.set(
    '/canonical',
    hostPage(
      api,
      '<link rel="canonical" href="https://news.example/story-canonical?utm_source=feed">',
      '<precis-summary theme="light"></precis-summary>',
    ),
  )
  PAGES.set(
    '/attribute',
    hostPage(
      api,
      '',
      '<precis-summary url="https://news.example/story-attribute"></precis-summary>',
    ),
  )
  PAGES.set('/no-canonical', hostPage(api, '', '<precis-summary></precis-summary>'))
  const csp = [
    "default-src 'none'",
    `script-src ${api}`,
    `connect-src ${api}`,
    "style-src 'none'",
  ].join('; ')
  host = await onFreePort(HOST_PORT, (port) => startHost(port, csp, PAGES))
  profile = mkdtempSync(join(tmpdir(), 'precis-chromium-'))
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  })
})

afterAll(async () => {
  await context?.close()
  await Promise.all([worker?.stop(), host?.stop()])
  if (profile) rmSync(profile, { recursive: true, force: true })
})

async function open(path: string) {
  if (!context || !host) throw new Error('the browser did not start')
  const page = await context.newPage()
  const errors: string[] = []
  const requests: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('request', (request) => requests.push(request.url()))
  await page.goto(`${host.url}${path}`)
  return { page, errors, requests }
}

describe.runIf(RUN_BROWSER)('the widget’s page mode', () => {
  it('summarises the page it sits on, by its canonical URL', async () => {
    const { page, errors, requests } = await open('/canonical')
    const title = page.locator('precis-summary .title')
    await expect.poll(() => title.textContent()).toBe(STORY.title)
    await expect.poll(() => page.locator('precis-summary .points li').count()).toBe(3)
    const asked = requests.find((url) => url.includes('/v1/pages/analysis'))
    expect(new URL(asked ?? 'http://x/').searchParams.get('url')).toBe(
      'https://news.example/story-canonical?utm_source=feed',
    )
    expect(errors).toEqual([])
  })

  it('summarises the page its url attribute names', async () => {
    const { page } = await open('/attribute')
    const title = page.locator('precis-summary .title')
    await expect.poll(() => title.textContent()).toBe(STORY.title)
    const link = page.locator('precis-summary .title a')
    expect(await link.getAttribute('href')).toBe('https://news.example/story-attribute')
  })

  it('falls back to the page address, and says so when that host is not allowed', async () => {
    const { page } = await open('/no-canonical')
    const status = page.locator('precis-summary .status[data-state=error]')
    await expect.poll(() => status.textContent()).toBe('Summaries are not available for this page.')
  })
})
