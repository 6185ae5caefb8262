/**
 * Benchmark texts built from our own sample articles: whole paragraphs taken round-robin from
 * every article until the word count is reached, so that longer texts keep the mix of quotes,
 * names and numbers of real news rather than repeating one article.
 */
import { readArticleFiles } from '../scripts/lib/article-files'

const countWords = (text: string) => text.split(/\s+/).filter((word) => word.length > 0).length

export async function buildCorpus(words: number): Promise<string> {
  const articles = (await readArticleFiles()).flatMap(({ article }) => (article ? [article] : []))
  const paragraphLists = articles.map((article) =>
    article.body.split(/\n\s*\n/).filter((paragraph) => paragraph.trim().length > 0),
  )
  const chosen: string[] = []
  let total = 0
  for (let round = 0; total < words; round++) {
    for (const paragraphs of paragraphLists) {
      const paragraph = paragraphs[round % paragraphs.length]
      if (paragraph === undefined || total >= words) continue
      chosen.push(paragraph.trim())
      total += countWords(paragraph)
    }
  }
  return chosen.join('\n\n')
}

/** Inputs built to find super-linear behaviour (regex backtracking, quadratic scans). */
export function hostileInputs(bytes: number): Record<string, string> {
  return {
    'no spaces': 'a'.repeat(bytes),
    'quote marks': '"“”«»'.repeat(bytes / 5),
    'nested brackets': '('.repeat(bytes / 2) + ')'.repeat(bytes / 2),
    'only punctuation': '.,;:!?-'.repeat(bytes / 7),
    'capitalised words': 'Alpha Beta Gamma Delta '.repeat(bytes / 23),
    'dots and initials': 'A. B. C. D. '.repeat(bytes / 12),
    'one long quote': `“${'He said we will. '.repeat(bytes / 17)}`,
  }
}
