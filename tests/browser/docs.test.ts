/**
 * The API reference at /docs in a real browser (Debian's chromium driven by playwright-core)
 * against wrangler dev, static assets included: Swagger UI loads from our own origin under the
 * page's strict policy, renders every operation of /openapi.json, sends a request from the page
 * and shows the Worker's answer, and a problem `type` link lands on its explanation.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toArticle } from '../../src/domain/article'
import { EXAMPLE_ARTICLE_INPUT, EXAMPLE_ID } from '../../src/domain/example-article'
import { CHROMIUM, CHROMIUM_ARGS, RUN_BROWSER } from './chromium'
import { startWorker, type Running } from './servers'

const WORKER_PORT = 8797
const ORIGIN = `http://localhost:${WORKER_PORT}`
const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url).pathname

let worker: Running | undefined
let context: BrowserContext | undefined
let profile: string | undefined

beforeAll(async () => {
  if (!RUN_BROWSER) return
  worker = await startWorker(WORKER_PORT, [await toArticle(EXAMPLE_ID, EXAMPLE_ARTICLE_INPUT)])
  profile = mkdtempSync(join(tmpdir(), 'precis-chromium-'))
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  })
  mkdirSync(ARTIFACTS, { recursive: true })
})

afterAll(async () => {
  await context?.close()
  await worker?.stop()
  if (profile) rmSync(profile, { recursive: true, force: true })
})

interface Visit {
  page: Page
  /** Console errors (a policy violation is one), uncaught exceptions and failed requests. */
  errors: string[]
  /** Every URL the page asked for that is not on our origin. */
  foreign: string[]
}

async function visit(path: string): Promise<Visit> {
  if (!context) throw new Error('the browser did not start')
  const page = await context.newPage()
  const errors: string[] = []
  const foreign: string[] = []
  page.on('console', (message) => {
    // The browser's own favicon request answers 404; everything else must load.
    if (message.type() === 'error' && !/status of 404/.test(message.text()))
      errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('request', (request) => {
    if (!request.url().startsWith(`${ORIGIN}/`) && !request.url().startsWith('data:'))
      foreign.push(request.url())
  })
  await page.goto(`${ORIGIN}${path}`)
  await page.locator('.opblock').first().waitFor({ timeout: 20_000 })
  return { page, errors, foreign }
}

async function operationCount(): Promise<number> {
  const response = await fetch(`${ORIGIN}/openapi.json`)
  const document = (await response.json()) as { paths: Record<string, Record<string, unknown>> }
  return Object.values(document.paths).reduce((sum, item) => sum + Object.keys(item).length, 0)
}

describe.runIf(RUN_BROWSER)('the API reference at /docs', () => {
  it('renders every operation from our own assets with no policy violation', async () => {
    const { page, errors, foreign } = await visit('/docs')
    const operations = await operationCount()
    expect(operations).toBeGreaterThanOrEqual(17)
    await expect.poll(() => page.locator('.opblock').count()).toBe(operations)
    await page.waitForLoadState('networkidle')
    await page.screenshot({ path: `${ARTIFACTS}docs.png` })
    expect(errors).toEqual([])
    expect(foreign).toEqual([])
    await page.close()
  })

  it('sends the example request of an operation and shows the answer', async () => {
    const { page, errors } = await visit('/docs')
    const operation = page.locator('.opblock-get', { hasText: '/v1/articles/{id}' }).first()
    await operation.locator('.opblock-summary').click()
    // The path parameter is filled with its example, the id of the stored example article.
    await expect
      .poll(() => operation.locator('input[placeholder="id"]').inputValue())
      .toBe(EXAMPLE_ID)
    const answered = page.waitForResponse(`${ORIGIN}/v1/articles/${EXAMPLE_ID}`)
    await operation.locator('button.execute').click()
    expect((await answered).status()).toBe(200)
    const live = operation.locator('.live-responses-table')
    await expect
      .poll(() => live.locator('tr.response .response-col_status').first().textContent())
      .toBe('200')
    expect(await live.textContent()).toContain(EXAMPLE_ARTICLE_INPUT.title)
    await operation.screenshot({ path: `${ARTIFACTS}docs-try-it.png` })
    expect(errors).toEqual([])
    await page.close()
  })

  it('brings a problem type link to its explanation once the reference has rendered', async () => {
    const { page, errors } = await visit('/docs#problem-not-found')
    const section = page.locator('#problem-not-found')
    await expect
      .poll(() => section.evaluate((element) => element.getBoundingClientRect().top))
      .toBeLessThan(100)
    expect(
      await section.evaluate((element) => element.getBoundingClientRect().top),
    ).toBeGreaterThanOrEqual(0)
    expect(await section.textContent()).toContain('404')
    expect(errors).toEqual([])
    await page.close()
  })
})
