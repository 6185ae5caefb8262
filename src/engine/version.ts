/**
 * The engine's version, part of every cache key and ETag so that a new engine never serves a
 * result computed by an old one. It is derived from ENGINE_FINGERPRINT, a hash of the engine's
 * output on the sample articles: tests/engine/version.test.ts fails when that output changes, and
 * updating the fingerprint there changes the version with it, so the two cannot drift apart.
 */
export const ENGINE_FINGERPRINT = '7285a91a01d405b2'
export const ENGINE_VERSION = `engine-${ENGINE_FINGERPRINT.slice(0, 8)}`
