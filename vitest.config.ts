import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'
import { fakeOrigin } from './tests/origin/fake-origin.ts'

export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: './wrangler.toml' },
      miniflare: {
        bindings: { ADMIN_TOKEN: 'test-admin-token', PAGE_HOSTS: 'news.example, *.pages.example' },
        // Every outbound fetch of the Worker is answered by a fake web: no test touches the network.
        outboundService: fakeOrigin,
      },
    }),
  ],
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests run in Node against wrangler dev: vitest.browser.config.ts.
    exclude: ['tests/browser/**'],
    setupFiles: ['tests/setup.ts'],
  },
})
