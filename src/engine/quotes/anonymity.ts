/**
 * Flags anonymous sources and keeps the words that make them so. A speaker is anonymous when the
 * text withholds who they are: an unnamed description ("a senior official", "residents"), or a
 * clause that says so ("a source who declined to be named", "an activist who uses a pseudonym",
 * "officials who spoke on condition of anonymity", "Speaking on condition of anonymity, an aide
 * said"). The clause is looked for in the speaker's own sentence, nearest to the mention; the
 * vocabulary is that of newsroom sourcing rules (withheld names, pseudonyms, authorisation).
 */
import type { Sentence } from '../types'
import { sentenceAt } from './clause'
import type { Speaker } from './resolve'
import { propertyPattern } from '../text/patterns'

export interface Anonymity {
  text: string
  start: number
  end: number
}

/** Characters between a speaker mention and the clause that makes it anonymous. */
const AFTER_REACH = 40
/** Characters from the sentence start within which an opening clause must start. */
const OPENING_REACH = 3

const ANONYMITY = new RegExp(
  [
    String.raw`(?:(?:who|and)\s+)?(?:declined|refused|asked|requested|wished|did\s+not\s+want|didn[\u2019']t\s+want|would\s+not\s+agree)\s+(?:not\s+)?to\s+be\s+(?:named|identified|quoted\s+by\s+name)`,
    String.raw`(?:(?:who|and)\s+)?(?:spoke|speaking|spoken|talked|talking)\s+on\s+(?:the\s+)?condition\s+(?:of\s+anonymity|that\s+\p{L}+\s+not\s+be\s+(?:named|identified))`,
    String.raw`on\s+condition\s+of\s+anonymity`,
    String.raw`(?:(?:who|and)\s+)?(?:requested|was\s+granted|were\s+granted|demanded|asked\s+for)\s+anonymity`,
    String.raw`(?:(?:who|and)\s+)?(?:uses?|used|using|goes\s+by|gave\s+only)\s+(?:a|the|his|her|their)\s+(?:pseudonym|nom\s+de\s+guerre|assumed\s+name|first\s+name)`,
    String.raw`(?:(?:who|and)\s+)?(?:was|were|is|are)\s+not\s+authori[sz]ed\s+to\s+(?:speak|comment|discuss)(?:\s+(?:publicly|on\s+the\s+record))?`,
    String.raw`(?:whose\s+name\s+(?:was|is)\s+(?:withheld|not\s+given))`,
  ].join('|'),
  'giu',
)
/**
 * A word every ANONYMITY clause holds, with the same flags (under `iu`, "ſ" matches "s"): tested
 * first, as compiling ANONYMITY costs milliseconds and most sentences hold none of these.
 */
const ANONYMITY_WORD = propertyPattern(
  'name|identified|anonymity|pseudonym|guerre|authori[sz]ed',
  'i',
)

/** The anonymity clause of the speaker's sentence nearest to the mention, if any. */
function clauseNear(text: string, speaker: Speaker, sentence: Sentence): Anonymity | null {
  let best: Anonymity | null = null
  let bestDistance = Infinity
  const clause = text.slice(sentence.start, sentence.end)
  if (!ANONYMITY_WORD.test(clause)) return null
  for (const match of clause.matchAll(ANONYMITY)) {
    const start = sentence.start + match.index
    const end = start + match[0].length
    // Right after the mention ("a source who declined to be named"), or opening the sentence
    // before it ("Speaking on condition of anonymity, an aide said").
    const after = start >= speaker.end && start - speaker.end <= AFTER_REACH
    const opening = end <= speaker.start && start - sentence.start <= OPENING_REACH
    if (!after && !opening) continue
    const distance = after ? start - speaker.end : speaker.start - end
    if (distance < bestDistance) {
      best = { text: match[0], start, end }
      bestDistance = distance
    }
  }
  return best
}

/**
 * Marks each anonymous speaker with `anonymity`: the clause that withholds the name, else (for an
 * unnamed description already flagged by resolution) the description itself.
 */
export function flagAnonymous(
  text: string,
  speakers: readonly (Speaker | null)[],
  sentences: readonly Sentence[],
): (Speaker | null)[] {
  return speakers.map((speaker) => {
    if (!speaker) return null
    const sentence = sentenceAt(sentences, speaker.start)
    const clause = sentence ? clauseNear(text, speaker, sentence) : null
    if (clause) return { ...speaker, anonymous: true, anonymity: clause }
    if (!speaker.anonymous) return speaker
    return {
      ...speaker,
      anonymity: {
        text: text.slice(speaker.start, speaker.end),
        start: speaker.start,
        end: speaker.end,
      },
    }
  })
}
