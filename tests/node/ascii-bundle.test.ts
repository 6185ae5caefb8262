/**
 * The Worker's bundle is ASCII. V8 keeps a script made only of ASCII as a one-byte string; one
 * character beyond it (a curly quote in a pattern) makes Node and workerd decode the whole 1.4 MB
 * source into a two-byte string, which V8 then scans at import and again for every function it
 * compiles on first call: about 50 million more instructions for a cold start (docs/cold-start.md).
 * esbuild escapes such characters in strings and plain templates, but not in regular-expression
 * literals nor in `String.raw` templates, so the source writes them as `\u2019` there.
 */
import { join } from 'node:path'
import { buildSync } from 'esbuild'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '../..')

/** Bundles as wrangler does (esbuild, minified, ES2022) and returns the code. */
function bundle(options: { entry: string } | { contents: string }): string {
  const input =
    'entry' in options
      ? { entryPoints: [join(ROOT, options.entry)] }
      : { stdin: { contents: options.contents, loader: 'ts' as const } }
  const result = buildSync({
    ...input,
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    platform: 'neutral',
    minify: true,
    external: ['cloudflare:*', 'node:*'],
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['module', 'main'],
    logLevel: 'error',
  })
  return result.outputFiles[0]?.text ?? ''
}

/** Each character beyond ASCII, with the code around it, so that a failure says where it is. */
function nonAscii(code: string): string[] {
  return [...code.matchAll(/[^\0-\x7f]/g)].map((match) =>
    code.slice(Math.max(0, match.index - 40), match.index + 10),
  )
}

describe('the bundle of the Worker', () => {
  it.each([
    ['a regular-expression literal', "export const quote = /[\u2019']s$/"],
    ['a String.raw template', 'export const dash = String.raw`[\u2013-]`'],
  ])('keeps a character beyond ASCII written in %s', (_, contents) => {
    expect(nonAscii(bundle({ contents }))).toHaveLength(1)
  })

  it.each([
    ['a string', "export const quote = '\u2019'"],
    ['a plain template', 'export const quote = `\u2019 ${String(1)}`'],
    ['an escaped literal', "export const quote = /[\\u2019']s$/"],
  ])('escapes or keeps out a character beyond ASCII written in %s', (_, contents) => {
    expect(nonAscii(bundle({ contents }))).toEqual([])
  })

  it('is ASCII', () => {
    expect(nonAscii(bundle({ entry: 'src/index.ts' }))).toEqual([])
  })
})
