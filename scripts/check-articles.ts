/** Validates every file in articles/ (npm run check:articles); exits 1 on the first bad file. */
import { readArticleFiles } from './lib/article-files'

const results = await readArticleFiles()
const bad = results.filter((result) => result.problems.length > 0)
for (const { file, problems } of bad) {
  for (const problem of problems) console.error(`articles/${file}: ${problem}`)
}
if (results.length === 0) {
  console.error('articles/: no article files found')
  process.exit(1)
}
if (bad.length > 0) process.exit(1)
console.log(`articles/: ${results.length} articles valid`)
