/**
 * Regular expressions with Unicode property classes (`\p{Lu}`, `\p{L}`…) or Unicode case folding
 * (flags `iu`), built from their source text. V8 checks a regular-expression literal's syntax
 * when it parses the module, also inside functions that never run, and expanding each property
 * class into its code point ranges there costs about 0.2 ms per literal, as much again when the
 * literal is first evaluated: 15 to 20 ms of an isolate's start for the engine's 90. Built with the
 * `RegExp` constructor, a pattern is read once, when its constant is made; so every such pattern
 * is a module-level constant made here, never a literal, and never built inside a function
 * (which would build it on every call).
 */

/**
 * The pattern `source` with the `u` flag and `flags`; write `source` with `String.raw` so that it
 * reads as the literal would.
 *
 * @example
 * const STARTS_UPPER = unicodePattern(String.raw`^\p{Lu}`)
 */
export function unicodePattern(source: string, flags = ''): RegExp {
  return new RegExp(source, `u${flags}`)
}
