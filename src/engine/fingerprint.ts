/**
 * A short hash of the engine's output on a set of articles, from which the engine version is
 * derived (see version.ts). Articles are taken in the order given; the caller sorts them.
 */
import { analyze } from './analyze'

export async function engineFingerprint(articles: readonly { title: string; body: string }[]) {
  const outputs = articles.map((article) =>
    JSON.stringify(analyze(article.body, { title: article.title, quotes: { limit: 100 } })),
  )
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(outputs.join('\n')))
  return [...new Uint8Array(digest, 0, 8)]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('')
}
