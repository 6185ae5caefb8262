// Every test starts from empty storage and seeds what it needs, so no test depends on another.
import { reset } from 'cloudflare:test'
import { beforeEach } from 'vitest'

beforeEach(async () => {
  await reset()
})
