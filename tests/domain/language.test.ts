import { describe, expect, it } from 'vitest'
import { FUNCTION_WORDS, MIN_HITS, SAMPLE_CHARS, detectLanguage } from '../../src/domain/language'

describe('the language guessed for an article written without one', () => {
  it.each([
    ['en', 'The council said that the bridge was closed for repairs and would reopen in May.'],
    ['de', 'Der Stadtrat hat beschlossen, dass die Brücke nicht vor dem Sommer wieder auf ist.'],
    ['fr', 'Le conseil a dit que le pont est fermé pour des travaux et qui sont dans la ville.'],
    ['es', 'El consejo dijo que el puente está cerrado por obras y que los vecinos esperan.'],
    ['it', 'Il consiglio ha detto che il ponte è chiuso per lavori e non sono previsti ritardi.'],
    ['pt', 'O conselho disse que a ponte não está aberta e que os moradores dos bairros esperam.'],
    ['nl', 'De gemeente heeft gezegd dat de brug niet voor de zomer open is en het werk duurt.'],
  ])('reads %s from its function words', (language, text) => {
    expect(detectLanguage(text), text).toBe(language)
  })

  it.each([
    ['a text too short to tell', 'Bonjour Paris'],
    ['no words at all', '2026 — 14:00 · 3/4'],
    ['a language not listed', 'Rada miasta powiedziała, że most będzie zamknięty do maja.'],
    [
      'English quoting a French phrase',
      'The mayor, who said "le pont est fermé" on Monday, was asked whether the bridge would reopen and said that it was for the council to decide.',
    ],
    [
      'half French and half German',
      'Le pont est fermé pour des travaux dans la ville. Der Stadtrat hat beschlossen, dass die Brücke nicht auf ist.',
    ],
  ])('falls back to en for %s', (_name, text) => {
    expect(detectLanguage(text), text).toBe('en')
  })

  it('reads only the opening of a long text', () => {
    const english = 'The bridge was closed and the council said that it would reopen. '
    const french =
      'Le pont est fermé pour des travaux dans la ville et les habitants sont en colère. '
    const text = english.repeat(Math.ceil(SAMPLE_CHARS / english.length)) + french.repeat(200)
    expect(detectLanguage(text)).toBe('en')
    expect(detectLanguage(french.repeat(200) + english.repeat(200))).toBe('fr')
  })

  it('needs MIN_HITS function words', () => {
    const words = ['der', 'und', 'das', 'ist', 'nicht', 'mit']
    expect(detectLanguage(words.slice(0, MIN_HITS - 1).join(' Brücke '))).toBe('en')
    expect(detectLanguage(words.slice(0, MIN_HITS).join(' Brücke '))).toBe('de')
  })

  it('counts a function word for one language only', () => {
    const owners = new Map<string, string[]>()
    for (const [language, words] of FUNCTION_WORDS) {
      for (const word of words) owners.set(word, [...(owners.get(word) ?? []), language])
    }
    const shared = [...owners].filter(([, languages]) => languages.length > 1)
    expect(shared).toEqual([])
  })
})
