import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/engine'

const PAGE = [
  'Harbour bridge approved',
  'By Lena Okafor',
  'Updated 14:05 GMT',
  'The city council of Port Aldwin approved a new harbour bridge on Monday after two years of debate.',
  'Dockers march past the town hall. (Photo: Sven Marr/Reuters)',
  'Advertisement',
  '"We listened to the harbour and we changed the plan," said council leader Tomas Brandt.',
  'Read more: Why the ferry company is worried',
  'The bridge will cost 240 million euros and open in four years, the council said.',
  'Additional reporting by Kofi Mensah in Accra',
].join('\n\n')

describe('furniture in the analysis', () => {
  const analysis = analyze(PAGE, { title: 'Harbour bridge approved' })
  const spanned = (kind: string) =>
    analysis.furniture.filter((f) => f.kind === kind).map((f) => PAGE.slice(f.start, f.end))

  it('says which spans it set aside and why', () => {
    expect(spanned('byline')).toEqual([
      'By Lena Okafor',
      'Additional reporting by Kofi Mensah in Accra',
    ])
    expect(spanned('timestamp')).toEqual(['Updated 14:05 GMT'])
    expect(spanned('caption')).toEqual(['Dockers march past the town hall.'])
    expect(spanned('ad')).toEqual(['Advertisement'])
    expect(spanned('related')).toEqual(['Read more: Why the ferry company is worried'])
    expect(spanned('heading')).toEqual(['Harbour bridge approved'])
  })

  it('never offers furniture as a summary sentence', () => {
    const summary = analyze(PAGE, { summary: { ratio: 1 } }).summary.sentences
    for (const sentence of summary) {
      expect(analysis.furniture.some((f) => f.start < sentence.end && sentence.start < f.end)).toBe(
        false,
      )
    }
    expect(summary.length).toBeGreaterThan(1)
  })

  it('lists no entity from a byline, credit or caption', () => {
    const names = analysis.entities.map((e) => e.name)
    expect(names).not.toContain('Lena Okafor')
    expect(names).not.toContain('Kofi Mensah')
    expect(names).not.toContain('Sven Marr')
    expect(names).not.toContain('Reuters')
    expect(names).toContain('Tomas Brandt')
    for (const entity of analysis.entities) {
      for (const mention of entity.mentions) {
        const inFurniture = analysis.furniture.some(
          (f) => f.kind !== 'heading' && f.start <= mention.start && mention.start < f.end,
        )
        expect(inFurniture, `${mention.text} at ${String(mention.start)}`).toBe(false)
      }
    }
  })

  it('keeps the quotes of the body, with their offsets into the original text', () => {
    const [quote] = analysis.quotes
    expect(quote?.speaker?.name).toBe('Tomas Brandt')
    expect(PAGE.slice(quote?.start, quote?.end)).toBe(quote?.text)
  })

  it('reads the structure an extractor supplies', () => {
    const text =
      'Ferries resume\n\nThe harbour reopened on Friday after storm repairs were finished.'
    const withStructure = analyze(text, {
      structure: {
        blocks: [{ kind: 'list-item', start: 0, end: 14 }],
        removed: [],
      },
    })
    expect(withStructure.furniture).toEqual([{ start: 0, end: 14, kind: 'list-row' }])
  })
})
