/**
 * Whether a mention names the one who conducts an interview rather than a voice of the story:
 * "“CBS This Morning” co-host Ann Lee", "moderator Ann Lee", "Radio Harbour presenter Ann Lee".
 * Her questions and remarks frame the answers ("Lee asked Vik", "Vik told Lee"): readers look for
 * the people she interviews, so speaking raises her no higher (salience.ts).
 *
 * Method: the word right before the mention, whatever its case ("host", "Host"), is a broadcast or
 * interview role, alone or as the end of a compound ("co-host", "co-anchor").
 */

import type { Token } from './tokenize'

/** Roles of the one who asks: a show's host, a debate's moderator, a paper's reporter. */
const INTERVIEWER_ROLE =
  /(?:^|-)(?:host|anchor|moderator|interviewer|presenter|correspondent|reporter)$/

/** True when the mention opening at token `first` is introduced by an interviewer's role. */
export function namesInterviewer(tokens: readonly Token[], first: number): boolean {
  const previous = tokens[first - 1]
  return previous !== undefined && INTERVIEWER_ROLE.test(previous.lower)
}
