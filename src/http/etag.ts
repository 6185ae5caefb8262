/** Strong ETags from content versions, and the If-None-Match test (RFC 9110 §13.1.2). */

export const etagOf = (version: string) => `"${version}"`

/** True when the client's If-None-Match already names this entity tag (weakly compared). */
export function isNotModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  if (ifNoneMatch.trim() === '*') return true
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .includes(etag)
}
