/**
 * The article list at archive scale: a namespace of 10,000 generated articles (written straight
 * to KV as the import script writes them), paged through the API with its cursor.
 */
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { articleEntry } from '../../src/storage/keys'
import { measure } from './counting'
import { articleInput } from './helpers'
import { toArticle } from '../../src/domain/article'

const COUNT = 10_000

async function seedMany(count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, i) => `story-${String(i).padStart(5, '0')}`)
  const template = await toArticle('template', articleInput())
  for (let start = 0; start < ids.length; start += 500) {
    await Promise.all(
      ids.slice(start, start + 500).map((id) => {
        const { key, value, metadata } = articleEntry({ ...template, id, title: `Story ${id}` })
        return env.ARTICLES.put(key, value, { metadata })
      }),
    )
  }
  return ids
}

interface Page {
  articles: { id: string; title: string }[]
  cursor: string | null
}

describe('GET /v1/articles over 10,000 articles', () => {
  it('pages through every article once, in id order, one KV list per page', async () => {
    const ids = await seedMany(COUNT)
    const listed: string[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
      const { response, costs } = await measure(`/v1/articles?limit=1000${query}`)
      expect(response.status).toBe(200)
      expect(costs.kv).toEqual({ reads: 0, writes: 0, deletes: 0, lists: 1 })
      const page = await response.json<Page>()
      expect(page.articles.length).toBeLessThanOrEqual(1000)
      for (const article of page.articles) expect(article.title).toBe(`Story ${article.id}`)
      listed.push(...page.articles.map((article) => article.id))
      cursor = page.cursor
      pages += 1
    } while (cursor !== null && pages < 20)
    expect(pages).toBe(10)
    expect(listed).toEqual(ids)
  }, 180_000)
})
