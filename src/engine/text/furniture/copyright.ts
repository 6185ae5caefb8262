/**
 * Copyright lines: "© 2024 Example Media", "Copyright 2023 The Example Times", "All rights
 * reserved". Not "Copyright law is changing": the word must be followed by a mark, a year, "by" or
 * a name.
 */
import type { LinePass } from './pass'
import { propertyPattern } from '../patterns'

const MAX_WORDS = 30
const RIGHTS_RESERVED = /\ball rights reserved\b/i
const COPYRIGHT_OPENING = propertyPattern(
  String.raw`^(?:\u00a9|\([cC]\)\s|[Cc]opyright\s*(?:\u00a9|\([cC]\)|\d{4}|[Bb]y\b|\p{Lu}))`,
)

export const copyright: LinePass = {
  name: 'copyright',
  mayMatch: (text, head) =>
    head === 'copyright' || head === 'c' || text.includes('©') || RIGHTS_RESERVED.test(text),
  kindOf: (unit) =>
    unit.words.length <= MAX_WORDS &&
    (COPYRIGHT_OPENING.test(unit.raw) || RIGHTS_RESERVED.test(unit.raw))
      ? 'copyright'
      : null,
}
