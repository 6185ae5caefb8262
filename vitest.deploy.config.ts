// The deploy artifact: plain Node, building what `wrangler deploy` uploads and running it in
// Miniflare (which cannot start inside the Workers test pool).
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/deploy/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
})
