/**
 * Security headers for the HTML pages that need a policy of their own, where the API's global
 * defaults (src/index.ts: nothing may load, nothing may frame) do not fit: the embed page, which
 * any site may frame, and the demo page, which runs our widget script. Each page's inline
 * stylesheet is allowed by its SHA-256 hash, never by 'unsafe-inline'. The middleware sets a
 * style-less policy, so error answers on these paths are covered too; a page handler sets its own
 * `content-security-policy` from `pagePolicy(...)`, naming its stylesheet's hash, and that one is
 * kept (`overwrite: false`).
 */
import { secureHeaders } from 'hono/secure-headers'

export interface PagePolicy {
  /** The exact text of the page's one inline <style> element, allowed by hash. */
  style?: string
  /** Load our own script (and let it call our API): the demo page. */
  ownScript?: boolean
  /** Who may frame the page: `*` for the embed, nobody otherwise. */
  frameAncestors: '*' | "'none'"
}

async function sha256Base64(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return btoa(String.fromCharCode(...new Uint8Array(digest)))
}

/** The Content-Security-Policy header value for a page. */
export async function pagePolicy(policy: PagePolicy): Promise<string> {
  const style =
    policy.style === undefined ? "'none'" : `'sha256-${await sha256Base64(policy.style)}'`
  const directives = [
    "default-src 'none'",
    `style-src ${style}`,
    ...(policy.ownScript ? ["script-src 'self'", "connect-src 'self'"] : []),
    `frame-ancestors ${policy.frameAncestors}`,
    "base-uri 'none'",
    "form-action 'none'",
  ]
  return directives.join('; ')
}

const shared = {
  referrerPolicy: 'strict-origin-when-cross-origin',
  crossOriginResourcePolicy: 'cross-origin',
  // The handler's own Content-Security-Policy (with its stylesheet hash) wins over the default.
  overwrite: false,
} as const

/** Framable by any site: `frame-ancestors *` and no X-Frame-Options. */
export const embedPageHeaders = secureHeaders({
  ...shared,
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    frameAncestors: ['*'],
    baseUri: ["'none'"],
    formAction: ["'none'"],
  },
  xFrameOptions: false,
})

export const demoPageHeaders = secureHeaders({
  ...shared,
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'none'"],
  },
  xFrameOptions: 'DENY',
})
