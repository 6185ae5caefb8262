/** The sample articles' bodies, read through Vite's ?raw imports (workerd has no file system). */
import kelsworth from '../articles/kelsworth-flood-inquiry.md?raw'
import korea from '../articles/korea-china-diplomats.md?raw'
import zurich from '../articles/zurich-cold-chain-pledge.md?raw'

function split(source: string): { title: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source)
  if (!match) throw new Error('sample article without front matter')
  const title = /^title: (.*)$/m.exec(match[1] ?? '')?.[1] ?? ''
  return { title, body: source.slice(match[0].length) }
}

export const KOREA = split(korea)
export const KELSWORTH = split(kelsworth)
export const ZURICH = split(zurich)
