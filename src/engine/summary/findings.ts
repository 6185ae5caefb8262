/**
 * Findings first in a report on research. A story about a study states its point in the sentence
 * that says what was found ("The trial found that…", "Research now shows…"), while its opening
 * often only announces the study ("A new study may offer a way…", "New research investigates…"),
 * a teaser an editor would not keep. Contract: `adaptToFindings` changes the scores in place, and
 * only when the title or the opening speaks of a study; other articles are left as they are.
 *
 * Method: cue phrases, as in the cue method of Edmundson (1969, "New methods in automatic
 * extracting"): bonus words (verbs of finding with a complement) raise a sentence, stigma words
 * (a study that "may offer", "investigates", "looks at") lower it.
 */
import { holdsQuotation } from './avoid'

/** Words that make an article a report on research, counted in its title and opening. */
const RESEARCH =
  /\b(?:stud(?:y|ies)|research(?:ers)?|scientists|trial|survey|journal|experiment)\b/gi
/** Research words in the title and opening sentences that make a report on research. */
const RESEARCH_WORDS = 2
/** Opening text sentences read for research words. */
const OPENING = 5

const FINDING_VERB =
  '(?:found|finds|shows?|showed|shown|suggests?|suggested|reveals?|revealed|indicates?|indicated|concluded|demonstrated?)\\s+(?:that\\b|the\\s|a\\s|an\\s)'
/** A finding of this study: the study, its authors or "it" as the subject of a verb of finding. */
const OWN_FINDING = new RegExp(
  `\\b(?:(?:the|this|their|its)\\s+(?:new\\s+|latest\\s+)?(?:study|research|trial|findings|results|researchers|scientists|team|authors|analysis|survey)|^it)\\s+(?:\\S+\\s+){0,2}${FINDING_VERB}`,
  'i',
)
/** Any finding stated: a verb of finding with its complement, or an effect measured. */
const FINDING = new RegExp(
  `\\b${FINDING_VERB}|\\b(?:were|was|are|is)\\s+(?:\\S+\\s+)?(?:more|less)\\s+likely\\b|\\b(?:cut|reduced|lowered|raised|increased|doubled|halved)\\s+(?:\\S+\\s+)?(?:chances?|risks?|odds)\\b`,
  'i',
)
/** A study announced, not reported: what it may do, or that it looks into something. */
const TEASER =
  /\b(?:stud(?:y|ies)|research|paper|trial)\s+(?:may|might|could)\s+(?:offer|hold|help|provide|shed|explain|point)\b|\b(?:stud(?:y|ies)|research|researchers|scientists)\s+(?:now\s+)?(?:investigates?|explores?|examines?|looks?\s+(?:at|into)|asks?|sets?\s+out)\b|\bresearch\s+investigates\b/i

/** Added to a sentence that states a finding of the study reported, and to one stating any. */
const OWN_FINDING_BONUS = 0.9
const FINDING_BONUS = 0.3
/** Taken from a sentence that only announces a study. */
const TEASER_PENALTY = 0.6

/**
 * Raises the sentences that state a finding and lowers those that only announce a study, in an
 * article about research.
 *
 * @example
 * const scores = [1, 0.5]
 * adaptToFindings(scores, ['A study may offer a way out.', 'The study found that rates fell.'], [true, true], 'New study on rates')
 * // scores: [0.4, 1.4]
 */
export function adaptToFindings(
  scores: number[],
  texts: readonly string[],
  isText: readonly boolean[],
  title: string | undefined,
): void {
  let words = (title ?? '').match(RESEARCH)?.length ?? 0
  let read = 0
  for (let i = 0; i < texts.length && read < OPENING; i++) {
    if (isText[i] !== true) continue
    words += (texts[i] ?? '').match(RESEARCH)?.length ?? 0
    read++
  }
  if (words < RESEARCH_WORDS) return
  texts.forEach((text, i) => {
    if (isText[i] !== true) return
    // A finding quoted is a voice in the story, often about earlier work: no bonus.
    if (TEASER.test(text)) scores[i] = (scores[i] ?? 0) - TEASER_PENALTY
    else if (holdsQuotation(text)) return
    else if (OWN_FINDING.test(text)) scores[i] = (scores[i] ?? 0) + OWN_FINDING_BONUS
    else if (FINDING.test(text)) scores[i] = (scores[i] ?? 0) + FINDING_BONUS
  })
}
