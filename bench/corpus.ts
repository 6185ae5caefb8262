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

/**
 * Inputs built to find super-linear behaviour (regex backtracking, quadratic scans), by kind.
 * `symbols` have no words to analyse (no letters or digits, or no spaces): nothing in them should
 * cost more than a scan. `textLike` are made of words (markup included), so the engine does its
 * real work on them (tagging, ranking, attribution); they are held to a small multiple (1.5×) of
 * the cost of ordinary news text per MB.
 */
export function hostileInputs(bytes: number): {
  symbols: Record<string, string>
  textLike: Record<string, string>
} {
  const fill = (unit: string) => unit.repeat(Math.floor(bytes / unit.length))
  return {
    symbols: {
      'no spaces': fill('a'),
      'quote marks': fill('"“”«»'),
      'nested brackets': '('.repeat(Math.floor(bytes / 2)) + ')'.repeat(Math.floor(bytes / 2)),
      'only punctuation': fill('.,;:!?-'),
      'emoji, NUL and lone surrogates': fill('👩‍👩‍👧 \u0000\ud800 ✓ → '),
    },
    textLike: {
      'capitalised words': fill('Alpha Beta Gamma Delta '),
      'full names ending in a country': fill('Steve Israel spoke. '),
      'dots and initials': fill('A. B. C. D. '),
      'one long quote': `“${fill('He said we will. ')}`,
      'html tags': fill('<div class="a"><p><br/></p></div>'),
      'windows line endings': fill('Talks went on.\r\nKim said so.\r\n'),
      'scripts and combining marks': fill('中文 العربية é\u0303 Ñandú Zürich '),
    },
  }
}
