/**
 * Credit and source lines. A credit names who made a picture or a video ("Photo: Jane Doe/Reuters",
 * "AP Photo/Evan Vucci", "(Getty Images)"); a source line names where a chart's figures come from
 * ("Source: Office for National Statistics", "Chart: Ana Lima", "Graphic: …"). Both open with a
 * credit word followed by ":", "by", "/", "|" or "©", or are a name slash an agency.
 */
import type { BoilerplateKind } from './kinds'
import type { LinePass } from './pass'
import type { Unit } from './unit'
import { AGENCIES, words } from './vocabulary'
import { propertyPattern } from '../patterns'

const STARTS_LOWER = propertyPattern(String.raw`^\p{Ll}`)

const MAX_WORDS = 30
/** Longest "Name/Agency" credit in words. */
const MAX_SLASH_CREDIT_WORDS = 12

/** Words that open a picture or video credit. */
const PICTURE_HEADS = words(
  'photo photos photograph photographs picture pictures image images illustration video ' +
    'credit credits caption footage pic pics artwork photography',
)
/** Words that open a line naming where data or a graphic comes from. */
const SOURCE_HEADS = words('source sources chart charts graphic graphics map maps data table note')

const AFTER_HEAD = /^(?:s\b)?\s*(?::|by\b|credit\b|courtesy\b|\u00a9|\/|\||-\s)/i
/** "Jane Doe/Reuters", "(Ana Lima/AFP/Getty Images)": a unit opening with a name and agencies. */
const NAME_SLASH_NAME = propertyPattern(
  String.raw`^[\p{L}.' ]{1,40}(?:\/[\p{L}.' ]{1,40})+(?:[\s)]|$)`,
)
/**
 * A credit word glued to the name by a scraper that dropped the markup between them:
 * "CreditCreditAna Lima/…", "Credit...Ana Lima/…", "PhotoAna Lima/…" (capitalised, case-sensitive).
 */
const GLUED_HEAD = propertyPattern(
  String.raw`^[([]?(?:Credit|Photo|Image|Picture)s?(?:Credit)?(?:\.{2,}|\u2026|(?=\p{Lu}\p{Ll}))`,
)
const AGENCY_ALONE =
  /^\(?\s*(?:getty images|ap photo|reuters|afp|epa|pa media|shutterstock)\b[^.!?]*\)?$/i

/** Words of a name list after a credit head: a description longer than this is a caption. */
const MAX_NAME_WORDS = 6

/** Lower-case words a credit's name list may hold ("Jane Doe for the Courier via Getty"). */
const CREDIT_PARTICLES = words('for the of via and by courtesy at in de van von der la le da di')

/** "Image: Sampling on the river" describes a picture; "Image: Jane Doe/AP" credits it. */
function describes(rest: string): boolean {
  const parts = rest.replace(/^[:|/-]\s*/, '').split(/\s+/)
  const lower = parts.filter((w) => STARTS_LOWER.test(w) && !CREDIT_PARTICLES.has(w))
  return parts.length > MAX_NAME_WORDS + 2 || lower.length >= 2
}

function headedKind(unit: Unit): BoilerplateKind | null {
  const head = unit.words[0]
  if (head === undefined || unit.words.length > MAX_WORDS) return null
  const picture = PICTURE_HEADS.has(head)
  if (!picture && !SOURCE_HEADS.has(head)) return null
  const raw = unit.raw.replace(/^[([]\s*/, '')
  const rest = raw.slice(raw.toLowerCase().indexOf(head) + head.length).trimStart()
  if (!AFTER_HEAD.test(rest)) return null
  if (!picture) return 'source'
  return rest.startsWith(':') && describes(rest) ? 'caption' : 'credit'
}

/** A glued head with an ellipsis, or one before a name slash an agency ("ImageNet…" is not one). */
function isGluedCredit(unit: Unit): boolean {
  const glued = GLUED_HEAD.exec(unit.raw)
  if (glued === null || unit.words.length > MAX_SLASH_CREDIT_WORDS) return false
  const ellipsis = glued[0].endsWith('.') || glued[0].endsWith('…')
  return ellipsis || unit.raw.includes('/') || hasAgency(unit)
}

/** An agency among the words, also inside a slashed run ("Coex/AFP/Getty" is one word). */
function hasAgency(unit: Unit): boolean {
  return unit.words.some(
    (w) => AGENCIES.has(w) || (w.includes('/') && w.split('/').some((part) => AGENCIES.has(part))),
  )
}

function kindOf(unit: Unit): BoilerplateKind | null {
  if (isGluedCredit(unit)) return 'credit'
  const headed = headedKind(unit)
  if (headed !== null) return headed
  if (unit.words.length > MAX_SLASH_CREDIT_WORDS) return null
  const raw = unit.raw.replace(/^[([]\s*/, '')
  if (raw.includes('/') && NAME_SLASH_NAME.test(raw) && hasAgency(unit)) {
    return 'credit'
  }
  return AGENCY_ALONE.test(unit.raw) ? 'credit' : null
}

export const credit: LinePass = {
  name: 'credit',
  mayMatch: (text, head) =>
    PICTURE_HEADS.has(head) ||
    SOURCE_HEADS.has(head) ||
    AGENCIES.has(head) ||
    text.includes('/') ||
    GLUED_HEAD.test(text),
  kindOf,
}

/**
 * Words that make a credit the credit of a picture (agencies sign pictures too; a bare "Credit"
 * line and "Source: Supplied" or "handout" credit pictures, not data).
 */
const PHOTO_WORDS = words(
  'photo photos photograph photographs picture pictures image images pic pics photographer ' +
    'illustration getty shutterstock alamy credit supplied handout',
)

/** A credit for a picture, not for data ("Source: NHS") or a chart. */
export function isPhotoCredit(unit: Unit): boolean {
  return (
    GLUED_HEAD.test(unit.raw) ||
    unit.words.some((w) => w.split('/').some((part) => PHOTO_WORDS.has(part)))
  )
}
