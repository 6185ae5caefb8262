/**
 * The engine's version: part of every cache key and ETag, so a new engine never serves a result
 * computed by an old one. tests/engine/version.test.ts fingerprints the engine's output on the
 * sample articles and fails when the output changes while this version stays the same.
 */
export const ENGINE_VERSION = 'e1'
