/** The sample articles of articles/, read through Vite's ?raw imports (workerd has no file system). */

interface SampleArticle {
  id: string
  title: string
  body: string
}

const sources = import.meta.glob<string>('../articles/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
})

function parse(path: string, source: string): SampleArticle {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source)
  if (!match) throw new Error(`${path}: no front matter`)
  const title = /^title: (.*)$/m.exec(match[1] ?? '')?.[1] ?? ''
  const id = /([^/]+)\.md$/.exec(path)?.[1] ?? path
  return { id, title, body: source.slice(match[0].length) }
}

export const SAMPLE_ARTICLES: SampleArticle[] = Object.entries(sources)
  .map(([path, source]) => parse(path, source))
  .sort((a, b) => a.id.localeCompare(b.id))

function sample(id: string): SampleArticle {
  const article = SAMPLE_ARTICLES.find((candidate) => candidate.id === id)
  if (!article) throw new Error(`no sample article ${id}`)
  return article
}

export const KOREA = sample('korea-china-diplomats')
export const KELSWORTH = sample('kelsworth-flood-inquiry')
export const ZURICH = sample('zurich-cold-chain-pledge')
export const CEDAR = sample('cedar-rapids-library-reopens')
export const HALVARD = sample('halvard-meridian-takeover')
export const ORKNEY = sample('orkney-tidal-power-feature')
