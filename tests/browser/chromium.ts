/** The browser the browser tests drive: Debian's chromium, headless, with no background traffic. */
import { existsSync } from 'node:fs'

export const CHROMIUM = '/usr/bin/chromium'
/**
 * Without Debian's chromium (`apt-get install chromium`) these tests are skipped on a developer's
 * machine, so `npm test` works on a fresh clone; in CI (CI=true) a missing browser is a failure.
 */
export const RUN_BROWSER = existsSync(CHROMIUM) || process.env.CI === 'true'
if (!RUN_BROWSER)
  console.warn(`Browser tests skipped: ${CHROMIUM} not found (apt-get install chromium).`)

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
