/**
 * The engine writes no regular-expression literal that V8 must expand when it parses the module
 * (src/engine/text/patterns.ts says why): none with a Unicode property class, none with the flags
 * `i` and `u` together. Read with the TypeScript parser, so that a `\p{` in a string or comment
 * is not taken for one.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ENGINE = join(import.meta.dirname, '../../src/engine')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

/** The regular-expression literals of a source text that are costly to parse. */
function costlyLiterals(name: string, text: string): string[] {
  const found: string[] = []
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText()
      const flags = literal.slice(literal.lastIndexOf('/') + 1)
      if (/\\[pP]\{/.test(literal) || (flags.includes('u') && flags.includes('i'))) {
        found.push(literal)
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(ts.createSourceFile(name, text, ts.ScriptTarget.ES2022, true))
  return found
}

describe('regular expressions of the engine', () => {
  it('finds the costly literals it is meant to find, and no others', () => {
    const sample = [
      String.raw`const a = /^\p{Lu}/u`,
      String.raw`const b = /name|anonymity/iu`,
      String.raw`const c = /^[A-Z]/u`,
      String.raw`const d = '\p{Lu}' // /\p{L}/u in a comment`,
    ].join('\n')
    expect(costlyLiterals('sample.ts', sample)).toEqual([
      String.raw`/^\p{Lu}/u`,
      '/name|anonymity/iu',
    ])
  })

  it.each(sourceFiles(ENGINE))('%s writes Unicode patterns with propertyPattern', (path) => {
    expect(costlyLiterals(path, readFileSync(path, 'utf8'))).toEqual([])
  })
})
