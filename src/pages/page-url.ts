/**
 * The normal form of a page's URL, so that every link to the same page shares one cache entry:
 * no fragment, no tracking parameters (utm_*, click ids of ad networks and mail tools), the other
 * query parameters sorted by name (stable, so repeated names keep their order), host in lower
 * case and default ports dropped (the URL parser does those two).
 */

const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_']
const TRACKING_NAMES = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'rb_clickid',
  's_cid',
  'cmpid',
  'ocid',
])

export function isTrackingParameter(name: string): boolean {
  const lower = name.toLowerCase()
  return TRACKING_NAMES.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix))
}

/** The normal form of an absolute URL already checked by the URL rules. */
export function normalisePageUrl(url: URL): string {
  const normal = new URL(url.href)
  normal.hash = ''
  const kept = [...normal.searchParams].filter(([name]) => !isTrackingParameter(name))
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  normal.search = new URLSearchParams(kept).toString()
  return normal.href
}
