/**
 * The engine's version, part of every cache key and ETag so that a new engine never serves a
 * result computed by an old one. It is derived from ENGINE_FINGERPRINT, a hash of the engine's
 * source files (fingerprint.ts): tests/engine/version.test.ts fails when any of them changes, and
 * updating the fingerprint here changes the version with it, so the two cannot drift apart.
 */
export const ENGINE_FINGERPRINT = 'f31164b6cd9660d4'
export const ENGINE_VERSION = `engine-${ENGINE_FINGERPRINT.slice(0, 8)}`
