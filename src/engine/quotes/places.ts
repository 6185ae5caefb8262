/**
 * Tells a place from a speaker. A name credited with words must be a person, an organisation or a
 * human description; a harbour or a region cannot speak ("Whangārei Harbour" picked up from a
 * caption, "Europe" from a fused sentence). A name is a geographic feature when its last word is a
 * feature noun ("Harbour", "River", "Beach"): never a speaker. It is a region when every word of it
 * is in the engine's gazetteer of countries and places (compass words aside) and none is a given
 * name ("Jordan said" may be a person); a region speaks for its government only through a cue of
 * its own ("China said", as PolNeAR annotates it), so the caller says whether that is missing.
 */
import { GAZETTEER, GAZETTEER_BITS } from '../entities/gazetteer'

/** Last words that make a name a geographic feature. */
const FEATURE_NOUNS: ReadonlySet<string> = new Set([
  'harbour',
  'harbor',
  'river',
  'beach',
  'bay',
  'lake',
  'island',
  'islands',
  'mountain',
  'mountains',
  'valley',
  'coast',
  'peninsula',
  'street',
  'avenue',
  'road',
  'square',
  'bridge',
  'park',
  'airport',
  'forest',
  'desert',
  'sea',
  'ocean',
])
/** Compass and "new" words that open place names ("South Carolina", "New Zealand"). */
const PLACE_OPENERS: ReadonlySet<string> = new Set([
  'north',
  'south',
  'east',
  'west',
  'new',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
])
const PLACE_BITS = GAZETTEER_BITS.country | GAZETTEER_BITS.place

/** Whether `name` is a geographic feature, or (when `regions` is set) a country or place. */
export function isPlace(name: string, regions: boolean): boolean {
  const words = name.toLowerCase().split(/\s+/)
  const last = words[words.length - 1] ?? ''
  if (words.length > 1 && FEATURE_NOUNS.has(last)) return true
  if (!regions) return false
  let place = false
  for (const word of words) {
    const bits = GAZETTEER.get(word) ?? 0
    if (bits & GAZETTEER_BITS.firstName) return false
    if (bits & PLACE_BITS) place = true
    else if (!PLACE_OPENERS.has(word)) return false
  }
  return place
}
