/**
 * Bytes of a page to text, finding the encoding in the HTML standard's order: a byte-order mark;
 * the charset of the Content-Type header; a `<meta charset>` or `http-equiv` in the first 4 KiB;
 * then a sniff: GBK when the non-ASCII bytes pair up as GBK's two-byte characters do, else
 * windows-1252 (which the standard uses for ISO-8859-1 too). One departure: bytes that are valid
 * UTF-8 are read as UTF-8 before the meta tag is believed, since pages re-encoded by a CMS or a
 * scraper often keep their old `<meta charset>`, and legacy text almost never forms valid UTF-8. A
 * label TextDecoder does not know is passed over; a meta tag claiming UTF-16 in an ASCII-
 * compatible prescan means UTF-8, as the standard says.
 */

const PRESCAN_BYTES = 4096
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i
/** Share of non-ASCII characters that must be well-formed GBK pairs to call the page GBK. */
const GBK_SHARE = 0.9

function decoder(label: string, fatal = false): TextDecoder | null {
  try {
    return new TextDecoder(label.trim().toLowerCase(), { fatal, ignoreBOM: false })
  } catch {
    return null
  }
}

function headerCharset(contentType: string | null | undefined): string | null {
  if (!contentType) return null
  const match = /charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType)
  return match?.[1] ?? null
}

function metaCharset(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, PRESCAN_BYTES)
  let ascii = ''
  for (const byte of head) ascii += String.fromCharCode(byte)
  const label = META_CHARSET.exec(ascii)?.[1]
  if (!label) return null
  return /^utf-?16/i.test(label) ? 'utf-8' : label
}

function looksLikeGbk(bytes: Uint8Array): boolean {
  let pairs = 0
  let singles = 0
  for (let index = 0; index < bytes.length; index++) {
    const lead = bytes[index] ?? 0
    if (lead < 0x80) continue
    const trail = bytes[index + 1] ?? 0
    if (lead >= 0x81 && lead <= 0xfe && trail >= 0x40 && trail <= 0xfe && trail !== 0x7f) {
      pairs++
      index++
    } else {
      singles++
    }
  }
  return pairs > 0 && pairs / (pairs + singles) >= GBK_SHARE
}

function validUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return null
  }
}

function sniff(bytes: Uint8Array): string {
  const label = looksLikeGbk(bytes) ? 'gbk' : 'windows-1252'
  return (decoder(label) ?? new TextDecoder()).decode(bytes)
}

/** The page's text. */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3))
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  const header = headerCharset(contentType)
  const fromHeader = header ? decoder(header) : null
  if (fromHeader) return fromHeader.decode(bytes)
  const utf8 = validUtf8(bytes)
  if (utf8 !== null) return utf8
  const meta = metaCharset(bytes)
  const fromMeta = meta ? decoder(meta) : null
  if (fromMeta) return fromMeta.decode(bytes)
  return sniff(bytes)
}
