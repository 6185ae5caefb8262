/**
 * PropertyPattern (src/engine/text/patterns.ts) matches plain text with an ASCII twin of its
 * pattern. Checked here: the twin's source for each property class, which subjects count as
 * plain (counter-examples: letters and numbers of Latin-1, case-folding letters), and, for every
 * pattern the engine writes, that twin and full pattern give the same matches on the plain lines
 * and words of our real-world fixtures and on case and punctuation edge cases.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { plainSource, propertyPattern, type PropertyPattern } from '../../src/engine/text/patterns'

const ROOT = join(import.meta.dirname, '../..')
const ENGINE = join(ROOT, 'src/engine')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

/** Every `propertyPattern(String.raw`…`, flags)` call of the engine, as [source, flags]. */
function enginePatterns(): [string, string][] {
  const found: [string, string][] = []
  for (const path of sourceFiles(ENGINE)) {
    const visit = (node: ts.Node): void => {
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'propertyPattern'
      ) {
        const [source, flags] = node.arguments
        if (source && ts.isTaggedTemplateExpression(source)) {
          const template = source.template
          if (ts.isNoSubstitutionTemplateLiteral(template) && template.rawText !== undefined) {
            found.push([template.rawText, flags && ts.isStringLiteral(flags) ? flags.text : ''])
          }
        }
      }
      ts.forEachChild(node, visit)
    }
    const text = readFileSync(path, 'utf8')
    visit(ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true))
  }
  return found
}

const EDGE_SUBJECTS = [
  '',
  'a',
  'K',
  'k',
  's',
  'S',
  'Jane Roe',
  'JANE ROE',
  'jane roe',
  'McDonald’s',
  'U.S.',
  'e.g.',
  '2020',
  '10:30 a.m. GMT',
  'Credit...Jane Doe/AP',
  '“Hello,” she said.',
  '‘It was good’ — she said…',
  'By JANE ROE, Reuters',
  'WASHINGTON (AP) — The',
  'Photo: Jane Doe/Getty Images',
  'that’s all from us',
  'I’m sure, said Ms Roe',
  'rock-n-roll & co.',
  '© 2024 News Ltd',
  '1,200 people (about 3%)',
  'non\u00a0breaking\u2009spaces',
  'Tab\tand\nnew line',
  'x×y÷z «quoted» ¿what?',
]

/** The plain lines and words of the real-world fixtures, the text the engine reads most. */
function fixtureSubjects(): string[] {
  const dir = join(ROOT, 'tests/fixtures/real-world')
  const subjects = new Set<string>()
  for (const name of readdirSync(dir)) {
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      subjects.add(line)
      for (const word of line.split(' ')) subjects.add(word)
    }
  }
  return [...subjects]
}

/** All matches of `pattern` in `subject`, with their indexes and groups. */
function matches(pattern: RegExp, subject: string): unknown[] {
  const global = new RegExp(
    pattern.source,
    pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
  )
  return [...subject.matchAll(global)].map((match) => [match.index, ...match])
}

describe('plainSource', () => {
  it.each([
    [String.raw`\p{L}`, '[A-Za-z]'],
    [String.raw`^\p{Lu}\p{Ll}+$`, '^[A-Z][a-z]+$'],
    [String.raw`[\p{L}\p{N}'’&.-]+`, "[A-Za-z0-9'’&.-]+"],
    [String.raw`[^\p{L}\p{N}]+`, '[^A-Za-z0-9]+'],
    [String.raw`[\p{L}\p{N}\p{M}]`, '[A-Za-z0-9]'],
    [String.raw`\p{Lu}|\p{Lt}`, '[A-Z]|[]'],
    [String.raw`\p{M}`, '[]'],
    [String.raw`\\p{L}\[\p{L}\]`, String.raw`\\p{L}\[[A-Za-z]\]`],
  ])('%s reads %s', (source, plain) => {
    expect(plainSource(source)).toBe(plain)
  })

  it.each([String.raw`\P{L}`, String.raw`\p{Script=Greek}`, String.raw`\p{Lo}`])(
    'has no twin for %s',
    (source) => {
      expect(() => plainSource(source)).toThrow(/no plain twin/)
    },
  )
})

describe('PropertyPattern', () => {
  const full = (pattern: PropertyPattern) => new RegExp(pattern.source, pattern.flags)

  it.each(['Jane', 'U.S.', '“Hi,” she said — twice…', 'a\u00a0b', '£5 × 2', '¿Que?'])(
    'reads %j as plain text (the twin)',
    (subject) => {
      const pattern = propertyPattern(String.raw`\p{Lu}`)
      expect(pattern.for(subject).source).toBe('[A-Z]')
    },
  )

  it.each([
    ['a letter with an accent', 'Élan'],
    ['a Latin-1 letter (ordinal)', 'ª'],
    ['a Latin-1 lower-case letter (micro)', 'µ'],
    ['a superscript digit', 'x²'],
    ['a vulgar fraction', '½'],
    ['a letter that case-folds to s', '\u017f'],
    ['the Kelvin sign', '\u212a'],
    ['a title-case letter', '\u01c5'],
    ['a combining mark', 'e\u0301'],
    ['another script', 'Москва'],
    ['an astral letter', '𝐀'],
    ['a lone surrogate', '\ud835'],
  ])('gives the full pattern to %s', (_, subject) => {
    const pattern = propertyPattern(String.raw`\p{Lu}`, 'i')
    expect(pattern.for(subject).source).toBe(String.raw`\p{Lu}`)
    expect(pattern.test(subject)).toBe(full(pattern).test(subject))
  })

  it('replaces, splits and matches as its RegExp does', () => {
    const runs = propertyPattern(String.raw`[^\p{L}\p{N}]+`, 'g')
    expect('Jane’s  car'.replace(runs, '-')).toBe('Jane-s-car')
    expect('Élan vital'.replace(runs, (run) => `<${run}>`)).toBe('Élan< >vital')
    expect('a, b; c'.split(runs)).toEqual(['a', 'b', 'c'])
    expect('Zoë, 12'.match(propertyPattern(String.raw`\p{L}+`, 'g'))).toEqual(['Zoë'])
    expect(propertyPattern(String.raw`(\p{Lu})\p{Ll}+`).exec('so Jane')?.index).toBe(3)
  })

  const patterns = enginePatterns()
  const subjects = [...EDGE_SUBJECTS, ...fixtureSubjects()]

  it('finds the engine patterns', () => {
    expect(patterns.length).toBeGreaterThan(80)
  })

  it.each(patterns)(
    '/%s/ matches plain text as its twin does (flags %j)',
    (source, flags) => {
      const pattern = propertyPattern(source, flags)
      const reference = full(pattern)
      for (const subject of subjects) {
        const chosen = pattern.for(subject)
        if (chosen.source === source) continue
        expect(matches(chosen, subject), subject).toEqual(matches(reference, subject))
      }
      // Thousands of subjects per pattern: ample time on a loaded machine.
    },
    60_000,
  )
})
