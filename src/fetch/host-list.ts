/**
 * The PAGE_HOSTS allow-list: comma-separated host names, `*.example.com` for any subdomain of
 * example.com (not example.com itself: list it too). Names are compared in the URL parser's
 * form (lower case, punycode), so `Bücher.example` in the list matches a URL's `xn--bcher-kva…`.
 * An empty or missing list allows nothing.
 */

export interface HostList {
  /** True when a URL's host name is on the list. */
  allows(hostname: string): boolean
  /** True when the list allows no host at all. */
  readonly empty: boolean
}

function canonicalHost(name: string): string | null {
  try {
    return new URL(`http://${name}/`).hostname.replace(/\.$/, '')
  } catch {
    return null
  }
}

export function parseHostList(value: string | undefined): HostList {
  const exact = new Set<string>()
  const suffixes: string[] = []
  for (const entry of (value ?? '').split(',')) {
    const trimmed = entry.trim()
    if (trimmed === '') continue
    const wildcard = trimmed.startsWith('*.')
    const host = canonicalHost(wildcard ? trimmed.slice(2) : trimmed)
    if (host === null || host === '') continue
    if (wildcard) suffixes.push(`.${host}`)
    else exact.add(host)
  }
  return {
    empty: exact.size === 0 && suffixes.length === 0,
    allows(hostname) {
      const host = hostname.replace(/\.$/, '').toLowerCase()
      return exact.has(host) || suffixes.some((suffix) => host.endsWith(suffix))
    },
  }
}
