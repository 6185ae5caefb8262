import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'
import { prepareAssets } from './scripts/prepare-assets'
import { fakeOrigin } from './tests/origin/fake-origin.ts'

// The workers pool reads wrangler.toml, whose [assets] folder must exist before it starts.
prepareAssets()

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
    // Node projects: the scripts' tests in plain Node (vitest.node.config.ts), browser tests against
    // wrangler dev (vitest.browser.config.ts) and the deploy bundle in Miniflare
    // (vitest.deploy.config.ts).
    exclude: ['tests/browser/**', 'tests/node/**', 'tests/deploy/**'],
    setupFiles: ['tests/setup.ts'],
  },
})
