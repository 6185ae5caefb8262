/**
 * Security headers for the HTML pages that need a policy of their own, where the API's global
 * defaults (src/index.ts: nothing may load, nothing may frame) do not fit: the embed page, which
 * any site may frame, the demo page, which runs our widget script, and the API reference, which
 * runs Swagger UI from our static assets. Each page's inline stylesheet and start-up script are
 * allowed by their SHA-256 hashes, never by 'unsafe-inline', and nothing loads from another
 * origin. The middleware sets a style-less policy, so error answers on these paths are covered
 * too; a page handler sets its own `content-security-policy` from `pagePolicy(...)`, naming its
 * inline code's hashes, and that one is kept (`overwrite: false`).
 */
import { secureHeaders } from 'hono/secure-headers'

export interface PagePolicy {
  /** The exact text of the page's one inline <style> element, allowed by hash. */
  style?: string
  /** Load our own script (and let it call our API): the demo page. */
  ownScript?: boolean
  /** The exact text of each inline <script> element, allowed by hash (implies `ownScript`). */
  inlineScripts?: string[]
  /** Our own stylesheets, and images from them or inlined as data: URLs (Swagger UI's icons). */
  ownAssets?: boolean
  /** Who may frame the page: `*` for the embed, nobody otherwise. */
  frameAncestors: '*' | "'none'"
}

async function sha256Base64(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return btoa(String.fromCharCode(...new Uint8Array(digest)))
}

/** The Content-Security-Policy header value for a page. */
export async function pagePolicy(policy: PagePolicy): Promise<string> {
  const hash = async (text: string) => `'sha256-${await sha256Base64(text)}'`
  const styles = [
    ...(policy.ownAssets ? ["'self'"] : []),
    ...(policy.style === undefined ? [] : [await hash(policy.style)]),
  ]
  const inlineScripts = await Promise.all((policy.inlineScripts ?? []).map(hash))
  const scripts = policy.ownScript || inlineScripts.length > 0 ? ["'self'", ...inlineScripts] : []
  const directives = [
    "default-src 'none'",
    `style-src ${styles.length > 0 ? styles.join(' ') : "'none'"}`,
    ...(scripts.length > 0 ? [`script-src ${scripts.join(' ')}`, "connect-src 'self'"] : []),
    ...(policy.ownAssets ? ["img-src 'self' data:"] : []),
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

/** Not framable: the demo page and the API reference. */
export const unframedPageHeaders = secureHeaders({
  ...shared,
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'none'"],
  },
  xFrameOptions: 'DENY',
})
