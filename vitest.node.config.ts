// Tests of the Node scripts (the archive import): plain Node, no Worker and no Cloudflare.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/node/**/*.test.ts'],
    environment: 'node',
  },
})
