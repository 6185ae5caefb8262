/**
 * Prompts addressed to the reader of a page: calls to action ("Sign up for our newsletter",
 * "Follow us on Instagram", "Send us your photos") and pointers to other pages ("Read more: …",
 * "Related: …", "See also: …"). A call to action opens with a reader verb and points at the page or
 * its channels; it is short, or long only when it lacks sentence punctuation, and quotes nothing,
 * so "Read more books, she said." stays. An editor's promotion in square brackets holds a call to
 * action after its teaser ("[Before you go to work: get the morning briefing in your inbox.]").
 */
import type { BoilerplateKind } from './kinds'
import type { LinePass } from './pass'
import { QUOTE_MARKS, readUnit, type Unit } from './unit'
import { CALL_VERBS, PAGE_TARGETS, words } from './vocabulary'

/** Longest call to action; longer units starting with "read" or "join" are prose. */
const MAX_CALL_WORDS = 16
/** A call to action this short needs no missing final punctuation to be recognised. */
const SHORT_CALL_WORDS = 10
/** Longest pointer line ("Related: <headline>"). */
const MAX_POINTER_WORDS = 25

/** Heads of a pointer to another page, when a ":", "»", "|" or dash follows them. */
const POINTER_HEADS = words(
  'related more also read see watch listen recommended explainer analysis',
)
const POINTER =
  /^(?:read more|see also|also read|more|related(?: stories| articles| content)?|recommended|watch|listen|explainer|analysis)\s*(?::|\u00bb|\||[-\u2013\u2014]\s)/i

function pointer(unit: Unit): boolean {
  if (unit.words.length > MAX_POINTER_WORDS || QUOTE_MARKS.test(unit.raw)) return false
  return POINTER.test(unit.raw.replace(/^[([]\s*/, '')) || /^read more$/i.test(unit.raw)
}

function callToAction(unit: Unit): boolean {
  const { words: unitWords } = unit
  const verb = unitWords[0]
  if (verb === undefined || !CALL_VERBS.has(verb)) return false
  if (unitWords.length > MAX_CALL_WORDS || QUOTE_MARKS.test(unit.raw)) return false
  if (unit.finalPunctuation && unitWords.length > SHORT_CALL_WORDS) return false
  return unitWords.slice(1).some((w) => PAGE_TARGETS.has(w))
}

/** Longest bracketed promotion. */
const MAX_PROMOTION_WORDS = 30
const BRACKETED = /^\[[^[\]]+\]$/

/** "[Teaser: Get the briefing in your inbox.]": a call verb then a page target after a colon. */
function promotion(unit: Unit): boolean {
  if (!BRACKETED.test(unit.raw) || unit.words.length > MAX_PROMOTION_WORDS) return false
  const colon = unit.raw.indexOf(':')
  if (colon < 0) return false
  const call = readUnit(unit.raw.slice(colon + 1, -1))
  return !QUOTE_MARKS.test(unit.raw) && callToAction(call)
}

function kindOf(unit: Unit): BoilerplateKind | null {
  if (pointer(unit)) return 'related'
  return callToAction(unit) || promotion(unit) ? 'call-to-action' : null
}

export const prompt: LinePass = {
  name: 'prompt',
  mayMatch: (text, head) => CALL_VERBS.has(head) || POINTER_HEADS.has(head) || text.startsWith('['),
  kindOf,
}
