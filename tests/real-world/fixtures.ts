/**
 * The real-world suite's articles (tests/fixtures/real-world/*.txt): texts written for this
 * project as they come off web pages, furniture and all, read through Vite's ?raw imports (workerd
 * has no file system). Each file opens with a front matter of its title and kind.
 */

export interface RealWorldArticle {
  name: string
  title: string
  kind: string
  body: string
}

const sources = import.meta.glob<string>('../fixtures/real-world/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
})

function parse(path: string, source: string): RealWorldArticle {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source)
  if (!match) throw new Error(`${path}: no front matter`)
  const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(match[1] ?? '')?.[1] ?? ''
  const name = /([^/]+)\.txt$/.exec(path)?.[1] ?? path
  return { name, title: field('title'), kind: field('kind'), body: source.slice(match[0].length) }
}

export const REAL_WORLD: RealWorldArticle[] = Object.entries(sources)
  .map(([path, source]) => parse(path, source))
  .sort((a, b) => a.name.localeCompare(b.name))
