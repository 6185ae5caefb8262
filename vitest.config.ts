import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: './wrangler.toml' },
      miniflare: {
        bindings: { ADMIN_TOKEN: 'test-admin-token' },
      },
    }),
  ],
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests run in Node against wrangler dev: vitest.browser.config.ts; the scripts' tests
    // run in plain Node: vitest.node.config.ts.
    exclude: ['tests/browser/**', 'tests/node/**'],
    setupFiles: ['tests/setup.ts'],
  },
})
