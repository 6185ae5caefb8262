/**
 * Repeated furniture: a short unit that the text holds twice or more, word for word, in different
 * paragraphs ("Advertisement" between every few paragraphs, a caption printed again under its
 * picture, a "Follow our coverage" line after each post). A copy of a unit already marked takes
 * its kind; otherwise a repeated unit without sentence punctuation is furniture. A repeated full
 * sentence stays text (an article may repeat a quote or a refrain).
 */
import type { BoilerplateKind } from './kinds'
import type { DocumentPass } from './pass'

/** Longest unit, in characters, compared for repetition. */
const MAX_CHARS = 160

/** White space other than single spaces: without it, the key needs no replacement. */
const IRREGULAR_SPACE = /\s\s|[^\S ]/

const key = (text: string): string =>
  (IRREGULAR_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text).trim().toLowerCase()

export const repetition: DocumentPass = {
  name: 'repetition',
  run({ split, kinds }) {
    const groups = new Map<string, number[]>()
    split.sentences.forEach((sentence, i) => {
      if (sentence.text.length > MAX_CHARS) return
      const k = key(sentence.text)
      const group = groups.get(k)
      if (group) group.push(i)
      else groups.set(k, [i])
    })
    for (const [text, members] of groups) {
      if (members.length < 2) continue
      const paragraphs = new Set(members.map((i) => split.sentences[i]?.paragraph))
      if (paragraphs.size < 2) continue
      // A heading printed twice is page chrome, not structure.
      const marked = members
        .map((i) => kinds[i] ?? null)
        .find((kind) => kind !== null && kind !== 'heading')
      const kind: BoilerplateKind | null =
        marked ?? (/[.!?]["\u201d\u2019)]?$/.test(text) ? null : 'repeated')
      if (kind === null) continue
      for (const i of members) if (kinds[i] === null || kinds[i] === 'heading') kinds[i] = kind
    }
  },
}
