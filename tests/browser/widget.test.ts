/**
 * The widget and the embed iframe in a real browser (Debian's chromium driven by playwright-core),
 * on a host page from another origin under a strict CSP: `style-src 'none'` proves the widget needs
 * no host-page styles, `script-src`/`connect-src` limited to the Worker prove it needs no eval and
 * only our API. Screenshots of each theme at 720 and 360 px go to test-artifacts/.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readArticleFiles } from '../../scripts/lib/article-files'
import { toArticle, type Article } from '../../src/domain/article'
import type { Analysis } from '../../src/widget/types'
import { HOSTILE_TEXT, hostileAnalysis, sampleAnalysis } from '../widget/fixtures'
import { CHROMIUM, CHROMIUM_ARGS, RUN_BROWSER } from './chromium'
import { startHost, startWorker, type Running } from './servers'

const WORKER_PORT = 8790
const HOST_PORT = 8791
const API = `http://localhost:${WORKER_PORT}`
const HOST_CSP = [
  "default-src 'none'",
  `script-src ${API}`,
  `connect-src ${API}`,
  `frame-src ${API}`,
  "style-src 'none'",
].join('; ')
const ARTICLE = 'kelsworth-flood-inquiry'
const HOSTILE_ID = 'hostile-markup'
const HOSTILE_TITLE =
  '<script>alert(1)</script> "onerror=alert(1) </iframe> \'><img src=x onerror=alert(1)>'
const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url).pathname

function hostPage(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Publisher</title>
<script src="${API}/widget.js" async></script></head><body>
<h1>A publisher's page</h1><p><a href="#top">A link of the host page</a></p>
${body}
<p>After the embeds.</p></body></html>`
}

const widget = (id: string, theme: string) =>
  `<precis-summary article="${id}" theme="${theme}" sentences="3"></precis-summary>`

/** The iframe HTML our oEmbed endpoint hands a consumer for this article and theme. */
async function oembedIframe(id: string, theme: string, maxwidth = 560): Promise<string> {
  const url = `${API}/embed/${id}?theme=${theme}`
  const query = `url=${encodeURIComponent(url)}&maxwidth=${maxwidth}&format=json`
  const response = await fetch(`${API}/oembed?${query}`)
  expect(response.status).toBe(200)
  return ((await response.json()) as { html: string }).html
}

// The pages with an iframe are added once the Worker is up, from its oEmbed answers.
const PAGES = new Map([
  ['/missing', hostPage(widget('no-such-article', 'light'))],
  ['/stubbed', hostPage(widget('stubbed', 'light') + widget('stubbed', 'dark'))],
  ['/auto', hostPage(widget('stubbed', 'auto'))],
])

let worker: Running | undefined
let host: Running | undefined
let context: BrowserContext | undefined
let profile: string | undefined

async function hostileArticle(): Promise<Article> {
  return toArticle(HOSTILE_ID, {
    title: HOSTILE_TITLE,
    body: `${HOSTILE_TITLE}\n\n“${HOSTILE_TITLE},” said <b>Eve</b>.\n\n</iframe><script>alert(2)</script>`,
    byline: 'By "onerror=alert(1)',
    publishedAt: '2026-01-05T08:00:00Z',
    url: 'https://precis.example/samples/hostile-markup',
    language: 'en',
    tags: [],
  })
}

beforeAll(async () => {
  if (!RUN_BROWSER) return
  const samples = (await readArticleFiles()).flatMap(({ article }) => (article ? [article] : []))
  ;[worker, host] = await Promise.all([
    startWorker(WORKER_PORT, [...samples, await hostileArticle()]),
    startHost(HOST_PORT, HOST_CSP, PAGES),
  ])
  for (const [path, id, theme] of [
    ['/light', ARTICLE, 'light'],
    ['/dark', ARTICLE, 'dark'],
    ['/hostile', HOSTILE_ID, 'light'],
  ] as const) {
    PAGES.set(path, hostPage(widget(id, theme) + (await oembedIframe(id, theme))))
  }
  PAGES.set('/narrow-iframe', hostPage(await oembedIframe(ARTICLE, 'light', 340)))
  profile = mkdtempSync(join(tmpdir(), 'precis-chromium-'))
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    viewport: { width: 720, height: 900 },
  })
  mkdirSync(ARTIFACTS, { recursive: true })
})

afterAll(async () => {
  await context?.close()
  await Promise.all([worker?.stop(), host?.stop()])
  if (profile) rmSync(profile, { recursive: true, force: true })
})

interface Visit {
  page: Page
  errors: string[]
  dialogs: string[]
}

/**
 * Opens a host page, recording console errors, uncaught exceptions and dialogs (alert). With
 * `stub`, the widget's requests for the article `stubbed` are answered with that analysis, as the
 * API would answer them (CORS included), to render documents the engine would not produce.
 */
async function visit(path: string, stub?: Analysis): Promise<Visit> {
  if (!context || !host) throw new Error('the browser did not start')
  const page = await context.newPage()
  if (stub) {
    await page.route('**/v1/articles/stubbed/analysis*', (route) =>
      route.fulfill({
        status: 200,
        headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' },
        body: JSON.stringify(stub),
      }),
    )
  }
  const errors: string[] = []
  const dialogs: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.goto(`${host.url}${path}`)
  return { page, errors, dialogs }
}

async function analysisOf(id: string): Promise<Analysis> {
  const response = await fetch(`${API}/v1/articles/${id}/analysis?sentences=3`)
  expect(response.status).toBe(200)
  return (await response.json()) as Analysis
}

describe.runIf(RUN_BROWSER)('the script widget on a strict-CSP page of another origin', () => {
  it.each(['light', 'dark'])('renders the %s card with no console errors', async (theme) => {
    const { page, errors, dialogs } = await visit(`/${theme}`)
    const card = page.locator('precis-summary .card')
    await expect.poll(() => card.getAttribute('data-theme')).toBe(theme)
    const analysis = await analysisOf(ARTICLE)
    expect(await page.locator('precis-summary .title').textContent()).toBe(analysis.article.title)
    const sentences = [...analysis.summary.sentences]
      .sort((a, b) => a.index - b.index)
      .map((sentence) => sentence.text)
    expect(await page.locator('precis-summary .points li').allTextContents()).toEqual(sentences)
    if (analysis.summary.algorithm !== 'placeholder') {
      expect(sentences.length).toBeGreaterThan(0)
      await expect.poll(() => page.locator('precis-summary .quote blockquote').count()).toBe(1)
      expect(await page.locator('precis-summary .quote .speaker').textContent()).toBeTruthy()
    }
    await page.waitForLoadState('networkidle')
    await card.screenshot({ path: `${ARTIFACTS}widget-${theme}-720.png` })
    const frame = page.locator('iframe')
    await frame.scrollIntoViewIfNeeded()
    await frame.screenshot({ path: `${ARTIFACTS}embed-${theme}.png` })
    // The height oEmbed estimated holds the whole card: the framed page does not scroll.
    const height = Number(await frame.getAttribute('height'))
    const framed = page.frameLocator('iframe').locator('html')
    expect(await framed.evaluate((root) => root.scrollHeight)).toBeLessThanOrEqual(height)
    await page.setViewportSize({ width: 360, height: 900 })
    await card.screenshot({ path: `${ARTIFACTS}widget-${theme}-360.png` })
    expect(errors).toEqual([])
    expect(dialogs).toEqual([])
    await page.close()
  })

  it('follows the reader’s colour scheme with theme="auto"', async () => {
    const { page } = await visit('/auto', sampleAnalysis())
    const background = () =>
      page.evaluate(() => {
        const card = document.querySelector('precis-summary')?.shadowRoot?.querySelector('.card')
        return card ? getComputedStyle(card).backgroundColor : ''
      })
    await page.emulateMedia({ colorScheme: 'light' })
    await expect.poll(background).toBe('rgb(255, 255, 255)')
    await page.emulateMedia({ colorScheme: 'dark' })
    await expect.poll(background).toBe('rgb(21, 24, 29)')
    await page.close()
  })

  it('fetches the analysis once per element, then again when an attribute changes', async () => {
    const { page } = await visit('/light')
    const requests: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/analysis')) requests.push(request.url())
    })
    await page.reload()
    await page.locator('precis-summary .title').waitFor()
    expect(requests).toEqual([`${API}/v1/articles/${ARTICLE}/analysis?sentences=3`])
    await page.evaluate(() => {
      const element = document.querySelector('precis-summary')
      element?.setAttribute('sentences', '5')
      element?.setAttribute('theme', 'dark')
    })
    await expect.poll(() => requests.length).toBe(2)
    expect(requests[1]).toBe(`${API}/v1/articles/${ARTICLE}/analysis?sentences=5`)
    await page.close()
  })

  it('sizes a narrow oEmbed iframe to hold its whole card', async () => {
    const { page, errors } = await visit('/narrow-iframe')
    const frame = page.locator('iframe')
    expect(await frame.getAttribute('width')).toBe('340')
    const framed = page.frameLocator('iframe').locator('html')
    await framed.locator('.quote').waitFor()
    const height = Number(await frame.getAttribute('height'))
    expect(await framed.evaluate((root) => root.scrollHeight)).toBeLessThanOrEqual(height)
    await frame.screenshot({ path: `${ARTIFACTS}embed-light-340.png` })
    expect(errors).toEqual([])
    await page.close()
  })

  it('takes keyboard focus on its title link after the host page link', async () => {
    const { page } = await visit('/light')
    await page.locator('precis-summary .title a').waitFor()
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'A link of the host page',
    )
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const host = document.activeElement
      return {
        host: host?.tagName,
        inner: host?.shadowRoot?.activeElement?.closest('.title') !== null,
      }
    })
    expect(focused).toEqual({ host: 'PRECIS-SUMMARY', inner: true })
    await page.close()
  })

  it('announces loading in a live region, then the summary', async () => {
    if (!context) throw new Error('the browser did not start')
    // The analysis is held until the loading state has been seen, however slow the machine.
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await context.route('**/analysis*', async (route) => {
      await held
      await route.continue()
    })
    const { page } = await visit('/light')
    const live = page.locator('precis-summary [role=status][aria-live=polite]')
    await expect.poll(() => live.textContent()).toBe('Loading summary…')
    expect(await page.locator('precis-summary .card[aria-busy=true]').count()).toBe(1)
    release()
    await expect.poll(() => live.textContent(), { timeout: 5000 }).toMatch(/^Summary of /)
    await context.unroute('**/analysis*')
    await page.close()
  })

  it('shows an error state for an unknown article', async () => {
    const { page, errors } = await visit('/missing')
    const status = page.locator('precis-summary .status[data-state=error]')
    await expect.poll(() => status.textContent()).toBe('This article could not be found.')
    // The browser itself logs the 404 of the fetch; nothing else may fail.
    expect(errors.filter((error) => !/status of 404/.test(error))).toEqual([])
    await page.close()
  })

  it('renders hostile markup in the article as text, in the widget and the iframe', async () => {
    const { page, errors, dialogs } = await visit('/hostile')
    const title = page.locator('precis-summary .title')
    await expect.poll(() => title.textContent()).toBe(HOSTILE_TITLE)
    const injected = await page.evaluate(
      () =>
        document
          .querySelector('precis-summary')
          ?.shadowRoot?.querySelectorAll('script, img, iframe, b').length,
    )
    expect(injected).toBe(0)
    await page.locator('iframe').scrollIntoViewIfNeeded()
    const frame = page.frameLocator('iframe')
    expect(await frame.locator('h1').textContent()).toBe(HOSTILE_TITLE)
    expect(await frame.locator('script, img, b').count()).toBe(0)
    expect(dialogs).toEqual([])
    expect(errors).toEqual([])
    await page.close()
  })

  it('renders every section of a full analysis in both themes and widths', async () => {
    const { page, errors } = await visit('/stubbed', sampleAnalysis())
    const light = page.locator('precis-summary').nth(0)
    await expect
      .poll(() => light.locator('.points li').allTextContents())
      .toEqual(['The ferry sailed again on Monday.', 'Repairs cost more than planned.'])
    expect(await light.locator('.quote blockquote').textContent()).toBe(
      'The hull held up better than anyone hoped',
    )
    expect(await light.locator('.quote figcaption').textContent()).toBe('Mara Holt, harbour master')
    expect(await light.locator('.chip').allTextContents()).toEqual([
      'Mara Holt (person)',
      'Kelport (place)',
    ])
    const dark = page.locator('precis-summary').nth(1)
    await dark.locator('.chip').first().waitFor()
    const colours = await page.evaluate(() =>
      Array.from(document.querySelectorAll('precis-summary')).map((element) => {
        const card = element.shadowRoot?.querySelector('.card')
        return card ? getComputedStyle(card).backgroundColor : ''
      }),
    )
    expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(21, 24, 29)'])
    for (const [name, locator] of [
      ['light', light],
      ['dark', dark],
    ] as const) {
      await locator.screenshot({ path: `${ARTIFACTS}widget-full-${name}-720.png` })
    }
    await page.setViewportSize({ width: 360, height: 900 })
    for (const [name, locator] of [
      ['light', light],
      ['dark', dark],
    ] as const) {
      await locator.screenshot({ path: `${ARTIFACTS}widget-full-${name}-360.png` })
    }
    expect(errors).toEqual([])
    await page.close()
  })

  it('renders an article with only a title and a body: no date, no link', async () => {
    const bare = sampleAnalysis({ article: { id: 'stubbed', title: 'Bare', version: 'v1' } })
    const { page, errors } = await visit('/stubbed', bare)
    const card = page.locator('precis-summary').nth(0)
    await expect.poll(() => card.locator('.title').textContent()).toBe('Bare')
    expect(await card.locator('time, .meta, a').count()).toBe(0)
    expect(await card.locator('.card').textContent()).not.toMatch(/undefined|Invalid Date/)
    expect(errors).toEqual([])
    await page.close()
  })

  it('renders hostile markup in every field as text', async () => {
    const { page, dialogs } = await visit('/stubbed', hostileAnalysis())
    const first = page.locator('precis-summary').nth(0)
    await expect.poll(() => first.locator('.title').textContent()).toBe(HOSTILE_TEXT)
    expect(await first.locator('.points li').textContent()).toBe(HOSTILE_TEXT)
    expect(await first.locator('.quote blockquote').textContent()).toBe(HOSTILE_TEXT)
    expect(await first.locator('.speaker').textContent()).toBe(HOSTILE_TEXT)
    expect(await first.locator('.chip').first().textContent()).toContain(HOSTILE_TEXT)
    const injected = await page.evaluate(() =>
      Array.from(document.querySelectorAll('precis-summary')).map(
        (element) => element.shadowRoot?.querySelectorAll('script, img, iframe, b, a').length,
      ),
    )
    // The javascript: article URL is never linked, so the card has no anchor at all.
    expect(injected).toEqual([0, 0])
    expect(dialogs).toEqual([])
    await page.close()
  })
})

describe.runIf(RUN_BROWSER)('the demo page', () => {
  it('runs the widget for every article under its own CSP, without console errors', async () => {
    if (!context) throw new Error('the browser did not start')
    const page = await context.newPage()
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    await page.goto(`${API}/`)
    const widgets = page.locator('precis-summary')
    const count = await widgets.count()
    expect(count).toBeGreaterThan(1)
    await expect.poll(() => page.locator('precis-summary .title').count()).toBe(count)
    await page.waitForLoadState('networkidle')
    await page.screenshot({ path: `${ARTIFACTS}demo.png`, fullPage: false })
    expect(errors).toEqual([])
    await page.close()
  })
})
