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

const AFTER_HEAD = /^(?:s\b)?\s*(?::|by\b|credit\b|courtesy\b|©|\/|\||-\s)/i
const NAME_SLASH_NAME = /(?:^|[\s(])([\p{L}.' ]{1,40})\/([\p{L}.' ]{1,40})(?:[\s)]|$)/u
const AGENCY_ALONE =
  /^\(?\s*(?:getty images|ap photo|reuters|afp|epa|pa media|shutterstock)\b[^.!?]*\)?$/i

/** Words of a name list after a credit head: a description longer than this is a caption. */
const MAX_NAME_WORDS = 6

/** Lower-case words a credit's name list may hold ("Jane Doe for the Courier via Getty"). */
const CREDIT_PARTICLES = words('for the of via and by courtesy at in de van von der la le da di')

/** "Image: Sampling on the river" describes a picture; "Image: Jane Doe/AP" credits it. */
function describes(rest: string): boolean {
  const parts = rest.replace(/^[:|/-]\s*/, '').split(/\s+/)
  const lower = parts.filter((w) => /^\p{Ll}/u.test(w) && !CREDIT_PARTICLES.has(w))
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

function kindOf(unit: Unit): BoilerplateKind | null {
  const headed = headedKind(unit)
  if (headed !== null) return headed
  if (unit.words.length > MAX_SLASH_CREDIT_WORDS) return null
  const raw = unit.raw.replace(/^[([]\s*/, '')
  if (raw.includes('/') && NAME_SLASH_NAME.test(raw) && unit.words.some((w) => AGENCIES.has(w))) {
    return 'credit'
  }
  return AGENCY_ALONE.test(unit.raw) ? 'credit' : null
}

export const credit: LinePass = {
  name: 'credit',
  mayMatch: (text, head) =>
    PICTURE_HEADS.has(head) || SOURCE_HEADS.has(head) || AGENCIES.has(head) || text.includes('/'),
  kindOf,
}

/** Words that make a credit the credit of a picture (agencies sign pictures too). */
const PHOTO_WORDS = words(
  'photo photos photograph photographs picture pictures image images pic pics photographer ' +
    'illustration getty shutterstock alamy',
)

/** A credit for a picture, not for data ("Source: NHS") or a chart. */
export function isPhotoCredit(unit: Unit): boolean {
  return unit.words.some((w) => PHOTO_WORDS.has(w))
}
