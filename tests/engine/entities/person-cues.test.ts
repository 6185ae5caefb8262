import { describe, expect, it } from 'vitest'
import { personCuesAround } from '../../../src/engine/entities/person-cues'
import { aroundClusterPass, tokensOf } from './helpers'

/** The person cues around `name` in `text`, as "TYPE weight". */
function cuesOf(text: string, name: string): string[] {
  const { tokens, first, last } = tokensOf(text, name)
  return personCuesAround(tokens, first, last).map((cue) => `${cue.type} ${String(cue.weight)}`)
}

describe('person cues: kinship and age before a name', () => {
  it.each([
    ['He fled with his wife Marra and their son.', 'Marra'],
    ['Her grandson Ostin, 12, was hurt.', 'Ostin'],
    ['The 52-year-old Velda said little.', 'Velda'],
    ['There is little affection for 52-year-old Velda, a former typist.', 'Velda'],
  ])('%s (%s) → PER', (text, name) => {
    expect(cuesOf(text, name)).toEqual(['PER 3'])
  })

  // Counter-examples: a name that qualifies the noun after it, a capitalised kinship word, an
  // age with no hyphens.
  it.each([
    ['A 27-year-old Brask labourer was turned back.', 'Brask'],
    ['The wife Brask story ran for weeks.', 'Brask'],
    ['His Son Ostin album sold.', 'Ostin'],
    ['At 52 Velda retired.', 'Velda'],
  ])('no cue: %s (%s)', (text, name) => {
    expect(cuesOf(text, name)).toEqual([])
  })

  it('keeps a given name written alone a person in pass context-types', () => {
    const text =
      'Police held Dorvan Ketu, his wife Grace and two aides. The 52-year-old Grace, a former typist, stayed home.'
    const { before, after } = aroundClusterPass('context-types', text)
    expect(before).toContain('Grace/LOC')
    expect(after).toContain('Grace/PER')
  })
})
