// Browser tests: plain Node (not the workers pool), driving Debian's chromium against wrangler dev.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    // What a page shows after a fetch can take seconds on a shared, busy machine; polls wait
    // for it rather than fail at vitest's default of one second.
    expect: { poll: { timeout: 10_000 } },
  },
})
