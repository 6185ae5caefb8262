/**
 * A short hash of the engine's source files (code, word lists and the entity model), from which
 * the engine version is derived (see version.ts). The engine imports nothing outside its folder,
 * so its source decides its output: any change to it, even one no sample article shows, gives a
 * new version. Files are hashed by path and text, in path order, whatever order they come in.
 */

export interface SourceFile {
  /** Path inside src/engine, with forward slashes ("entities/model.json"). */
  path: string
  text: string
}

/** version.ts holds the fingerprint itself, so it cannot be part of it. */
const UNHASHED_FILE = 'version.ts'

/**
 * The files that make the engine: TypeScript and JSON, none in a dot-folder and no dotfile. The
 * script that writes the fingerprint and the test that checks it both select files with this.
 */
export function isEngineFile(path: string): boolean {
  const hidden = path.split('/').some((segment) => segment.startsWith('.'))
  return !hidden && /\.(?:ts|json)$/.test(path) && path !== UNHASHED_FILE
}

export async function engineFingerprint(files: readonly SourceFile[]): Promise<string> {
  const hashed = files
    .filter((file) => isEngineFile(file.path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  // A checkout with Windows line endings is the same engine.
  const text = hashed
    .map((file) => `${file.path}\u0000${file.text.replace(/\r\n/g, '\n')}\u0000`)
    .join('')
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest, 0, 8)]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('')
}
