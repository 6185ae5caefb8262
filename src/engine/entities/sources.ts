/**
 * Where a story names its source rather than its subject: the journal a study was "published in
 * the journal Harbour Science" or "in Proceedings of the Academy of Tides", the city of a dateline
 * ("OSLO —"), and the outlets credited with the news: a wire agency ("Reuters", "Getty Images"),
 * the agency of a dateline ("OSLO (Harbour Wire) —") or of a picture credit, a body spoken to
 * ("told the Daily Post", "in an interview with Kestrel Radio", "sources tell Kestrel Radio",
 * "…, she tells Kestrel Radio", "declined to comment to KVX"),
 * an outlet claiming the news ("Kestrel Radio has learned") or presenting its piece ("This
 * Kestrel Radio video explores…"), a paper reporting ("the Harbour
 * Times reported", "according to the Daily Post"). Such mentions say where the story comes from,
 * so they count for little in salience (salience.ts).
 *
 * Method: the words right before and after the mention. Skipping "the" and "of", a venue follows
 * a publication noun ("journal", "proceedings") or "published in", or is a Journal after "in". A
 * body is credited after "told", "sources tell", "interview with", before "has learned" or
 * between "this" and a piece ("video", "podcast") whatever its name; after "according to",
 * "reported by" or before "reported" only when its name is a paper's or a broadcaster's (a media
 * word such as "Times" or "News", or a network's letters): "according to the Health Ministry" is
 * the ministry speaking, and "Halvard reported a loss" a firm's news.
 */

import type { Candidate } from './candidate'
import { isCreditAgency, isDatelineAgency } from './datelines'
import type { Token } from './tokenize'
import { AGENCIES, words } from '../text/furniture/vocabulary'

/** Nouns that introduce the venue of a paper. */
const VENUE_NOUNS = new Set(['journal', 'proceedings'])
/** Words that make a name a journal's: "in the Norland Journal of Paediatrics". */
const VENUE_HEADS = new Set(['Journal', 'Proceedings'])
/** Verbs of publishing before "in": "published in Harbour Science". */
const PUBLISHING_VERBS = new Set(['published', 'publishes'])
const SKIPPED = new Set(['the', 'of'])
/** Tokens looked at before a mention. */
const LOOK_BACK = 4

/** The last word of a paper's or a broadcaster's name: "the Harbour Times", "Kestrel Radio". */
const MEDIA_WORDS = words(
  'News Times Post Journal Herald Tribune Telegraph Guardian Gazette Press Magazine Radio ' +
    'Television TV Broadcasting Mail Express Observer Chronicle Independent Standard Mirror ' +
    'Economist Wire Insider Weekly Bulletin Courier Globe Examiner Inquirer Dispatch Monitor ' +
    'Images',
)
/** Networks known by their letters: "told CNN", "according to the BBC". */
const NETWORKS = new Set(['BBC', 'CNN', 'NBC', 'CBS', 'ABC', 'NPR', 'PBS', 'CNBC', 'MSNBC', 'ITV'])
/** Words before "to" that credit the body after it: "told the", "speaking to", "according to". */
const TO_CUES = new Set(['speaking', 'spoke', 'statement', 'according', 'confirmed', 'comment'])
/** Of the above, those that credit only a paper or a broadcaster. */
const MEDIA_TO_CUES = new Set(['according'])
/** Words before "by" that credit a paper: "reported by", "obtained by", "seen by". */
const BY_CUES = new Set([
  'reported',
  'quoted',
  'obtained',
  'seen',
  'cited',
  'reviewed',
  'published',
])
/** Verbs after a paper that credit it: "the Harbour Times reported", "Kestrel Radio reports". */
const REPORT_VERBS = new Set(['reported', 'reports', 'contributed', 'revealed'])
/** Who tells an outlet the news: "sources tell the Harbour Times". */
const TELLERS = new Set(['sources', 'source', 'officials', 'insiders', 'witnesses', 'people'])
const TELL_VERBS = new Set(['tell', 'tells'])
/** Who tells an outlet in an interview's present: "…, he tells Kestrel Radio", "…, tells KVX". */
const INTERVIEWEES = new Set([',', 'he', 'she', 'they', 'we', 'i'])
/** An outlet's own claim to the news after its name: "Kestrel Radio has learned". */
const HAVE_VERBS = new Set(['has', 'have'])
const LEARN_VERBS = new Set(['learned', 'learnt'])
/** What an outlet makes, after its name and "this": "This Kestrel Radio video explores…". */
const MEDIA_PIECES = new Set([
  'video',
  'podcast',
  'series',
  'investigation',
  'newsletter',
  'episode',
  'documentary',
  'explainer',
  'story',
  'article',
  'report',
])
/** What follows an outlet's "has learned": the end of the clause or "that", not an object. */
const LEARNED_NEXT = new Set(['.', ',', ';', 'that', ''])
/** Words between a paper and its verb: "first reported", "has reported". */
const REPORT_BETWEEN = new Set(['first', 'has', 'had', 'also', 'earlier', 'previously', 'later'])

/** True when the mention, opening at token `first`, names the venue a paper was published in. */
export function namesVenue(tokens: readonly Token[], candidate: Candidate, first: number): boolean {
  let t = first - 1
  const stop = t - LOOK_BACK
  while (t >= 0 && t > stop) {
    const word = (tokens[t] as Token).lower
    if (VENUE_NOUNS.has(word)) return true
    if (word === 'in') {
      // "published in Harbour Science", "published on Monday in the Norland Journal of …"
      const verb = tokens[t - 1]?.lower ?? ''
      return PUBLISHING_VERBS.has(verb) || candidate.words.some((name) => VENUE_HEADS.has(name))
    }
    if (!SKIPPED.has(word)) return false
    t--
  }
  return false
}

/** A wire or picture agency: "Reuters", "AFP", "Getty Images", "Bloomberg News". */
function isAgency(words: readonly string[]): boolean {
  const head = words[0]?.toLowerCase() ?? ''
  return (
    AGENCIES.has(head) && (words.length === 1 || (words.length === 2 && isMedia(words.slice(1))))
  )
}

/** A paper's or a broadcaster's name: "the Harbour Times", "CBS News", "CNN". */
function isMedia(words: readonly string[]): boolean {
  return MEDIA_WORDS.has(words.at(-1) ?? '') || NETWORKS.has(words[0] ?? '')
}

function lowerAt(tokens: readonly Token[], t: number): string {
  return tokens[t]?.lower ?? ''
}

/** The credit the words before the mention give it: 'any' body, 'media' only, or none. */
function creditBefore(tokens: readonly Token[], first: number): 'any' | 'media' | undefined {
  let t = first - 1
  const skipped = lowerAt(tokens, t)
  if (skipped === 'the' || skipped === '“' || skipped === '"') t--
  const word = lowerAt(tokens, t)
  const previous = lowerAt(tokens, t - 1)
  if (word === 'told') return 'any'
  if (TELL_VERBS.has(word) && TELLERS.has(previous)) return 'any'
  if (word === 'tells' && INTERVIEWEES.has(previous)) return 'any'
  if (word === 'with') return previous === 'interview' ? 'any' : undefined
  if (word === 'to' && TO_CUES.has(previous)) return MEDIA_TO_CUES.has(previous) ? 'media' : 'any'
  if (word === 'by' && BY_CUES.has(previous)) return 'media'
  return undefined
}

/** A report verb follows the mention: "the Harbour Times reported", "… first reported". */
function reportsAfter(tokens: readonly Token[], last: number): boolean {
  let t = last + 1
  if (REPORT_BETWEEN.has(lowerAt(tokens, t))) t++
  return REPORT_VERBS.has(lowerAt(tokens, t))
}

/** The outlet presents its own piece: "This Kestrel Radio video explores…". */
function presentsPiece(tokens: readonly Token[], first: number, last: number): boolean {
  return lowerAt(tokens, first - 1) === 'this' && MEDIA_PIECES.has(lowerAt(tokens, last + 1))
}

/**
 * The outlet claims the news, whatever its name: "…, Kestrel Radio has learned." or "Kestrel Radio
 * has learned that…"; a body that "has learned nothing" or "has learned to wait" learns itself.
 */
function learnsAfter(tokens: readonly Token[], last: number): boolean {
  return (
    HAVE_VERBS.has(lowerAt(tokens, last + 1)) &&
    LEARN_VERBS.has(lowerAt(tokens, last + 2)) &&
    LEARNED_NEXT.has(lowerAt(tokens, last + 3))
  )
}

/**
 * True when the mention over tokens first..last credits an outlet with the news rather than
 * naming a subject.
 */
export function namesCredit(
  tokens: readonly Token[],
  candidate: Candidate,
  first: number,
  last: number,
): boolean {
  if (isAgency(candidate.words)) return true
  // A dateline's or a picture credit's agency: "VALMORA (Harbour Wire) —", "Ann Lee/Harbour Wire".
  if (isDatelineAgency(tokens, first, last) || isCreditAgency(tokens, first)) return true
  const credit = creditBefore(tokens, first)
  if (credit === 'any' || learnsAfter(tokens, last) || presentsPiece(tokens, first, last))
    return true
  if (!isMedia(candidate.words)) return false
  if (credit === 'media') return true
  return reportsAfter(tokens, last)
}
