/**
 * Scores how much a quote carries, for picking "key" quotes: a weighted sum of features in [0, 1],
 * as in feature-based extractive sentence scoring (Edmundson 1969): length (saturating), whether it
 * is a real statement rather than a quoted term or title, whether the speaker is known and named,
 * the speaker's prominence (share of the article's attributed quotes), and position (earlier
 * paragraphs weigh more, as in news lead bias). Deterministic and rounded to 4 decimals.
 *
 * Picking the key quotes then trades score for variety of voices, in the manner of maximal
 * marginal relevance (Carbonell & Goldstein 1998): each quote already taken from a speaker halves
 * the weight of that speaker's next one, so a second named source is heard before a fifth quote
 * from the first; and no voice takes more than two of each five slots while another voice still
 * has a quote to offer (an editor reads five quotes of which three are one person's as one voice).
 */
import type { QuoteKind } from './kind'

export interface RankInput {
  words: number
  kind: QuoteKind
  /** All words capitalised: a title or a name in quotes. */
  titleLike: boolean
  nested: boolean
  speaker: 'named' | 'anonymous' | 'unresolved' | 'none'
  /** Quotes given to the same speaker name, and the most any speaker has. */
  speakerQuotes: number
  maxSpeakerQuotes: number
  paragraph: number
  paragraphs: number
}

/** Word count at which the length feature reaches one half. */
const LENGTH_HALF = 12
const WEIGHT_LENGTH = 0.3
const WEIGHT_STATEMENT = 0.25
const WEIGHT_SPEAKER = 0.2
const WEIGHT_PROMINENCE = 0.15
const WEIGHT_POSITION = 0.1
/** Below this many words a partial quote is a quoted term ("scare quotes"), not a statement. */
const TERM_WORDS = 5
const NESTED_FACTOR = 0.5

const SPEAKER_VALUE: ReadonlyMap<RankInput['speaker'], number> = new Map([
  ['named', 1],
  ['anonymous', 0.5],
  ['unresolved', 0.4],
  ['none', 0],
])

export function quoteScore(input: RankInput): number {
  const length = input.words / (input.words + LENGTH_HALF)
  let statement = 1
  if (input.titleLike && input.kind === 'partial') statement = 0
  else if (input.kind === 'partial') statement = input.words < TERM_WORDS ? 0.2 : 0.6
  const prominence = input.maxSpeakerQuotes > 0 ? input.speakerQuotes / input.maxSpeakerQuotes : 0
  const position = 1 - (0.5 * input.paragraph) / Math.max(1, input.paragraphs - 1)
  const score =
    WEIGHT_LENGTH * length +
    WEIGHT_STATEMENT * statement +
    WEIGHT_SPEAKER * (SPEAKER_VALUE.get(input.speaker) ?? 0) +
    WEIGHT_PROMINENCE * prominence +
    WEIGHT_POSITION * position
  return Math.round(score * (input.nested ? NESTED_FACTOR : 1) * 10000) / 10000
}

/** Fewest words of a quoted phrase (not a sentence) that can be a key quote. */
const KEY_PHRASE_WORDS = 5
/**
 * Fewest words of a phrase that closes a sentence inside its marks ("a deal with the devil."): a
 * key quote only when the text has no whole utterance or long phrase to offer (`lenient`).
 */
const KEY_CLOSING_PHRASE_WORDS = 3

export interface KeyInput {
  words: number
  kind: QuoteKind
  /** The quoted words end a sentence inside the marks. */
  closesSentence: boolean
  speaker: boolean
}

/**
 * Whether a quote may be one of the key quotes: an utterance somebody is credited with. A quote
 * with no speaker is nobody's statement to an editor, and a word or short phrase quoted inside the
 * writer's sentence ("was “appalled”", a “jobs machine”) is reported wording, not a statement.
 */
export function isKeyQuote(input: KeyInput, lenient = false): boolean {
  if (!input.speaker) return false
  if (input.kind !== 'partial') return true
  return (
    input.words >= KEY_PHRASE_WORDS ||
    (lenient && input.closesSentence && input.words >= KEY_CLOSING_PHRASE_WORDS)
  )
}

/** Weight kept by a speaker's next quote for each quote of theirs already picked. */
const REPEAT_FACTOR = 0.5
/** Largest share of the slots one voice may fill while another voice has quotes left. */
const VOICE_SHARE = 0.4

interface Ranked {
  score: number
  start: number
  speaker: { name: string } | null
}

/**
 * The `limit` best quotes of `sorted` (best first, by score then position), each speaker's quotes
 * weighed down by how many of theirs are already picked, and a speaker who holds their share of
 * the slots passed over while another speaker has a quote left. A quote of a lower `tier` is
 * picked before any of a higher one (whole utterances before quoted phrases), the share of the
 * slots counted over all tiers. Cost: `limit` × speakers.
 */
export function pickVaried<T extends Ranked>(
  sorted: readonly T[],
  limit: number,
  tier: (quote: T) => number = () => 0,
): T[] {
  // Each speaker's quotes stay in the given order; only the head of each queue competes.
  const queues = new Map<string, T[]>()
  for (const quote of sorted) {
    const key = quote.speaker?.name.toLowerCase() ?? ''
    const queue = queues.get(key)
    if (queue) queue.push(quote)
    else queues.set(key, [quote])
  }
  const taken = new Map<string, number>()
  const picked: T[] = []
  const share = Math.max(1, Math.ceil(limit * VOICE_SHARE))
  while (picked.length < limit) {
    // Voices under their share compete first; the rest only when no such voice has a quote left.
    let open = false
    for (const [key, queue] of queues) {
      if ((taken.get(key) ?? 0) < Math.min(share, queue.length)) open = true
    }
    let bestKey: string | null = null
    let best: { tier: number; weight: number; start: number } | null = null
    for (const [key, queue] of queues) {
      const count = taken.get(key) ?? 0
      const head = queue[count]
      if (!head || (open && count >= share)) continue
      const rank = {
        tier: tier(head),
        weight: head.score * REPEAT_FACTOR ** count,
        start: head.start,
      }
      if (
        !best ||
        rank.tier < best.tier ||
        (rank.tier === best.tier &&
          (rank.weight > best.weight || (rank.weight === best.weight && rank.start < best.start)))
      ) {
        bestKey = key
        best = rank
      }
    }
    if (bestKey === null) break
    const count = taken.get(bestKey) ?? 0
    const quote = queues.get(bestKey)?.[count]
    if (quote) picked.push(quote)
    taken.set(bestKey, count + 1)
  }
  return picked
}
