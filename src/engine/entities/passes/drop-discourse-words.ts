/**
 * Pass drop-discourse-words: interjections and sentence adverbs open a sentence or a quoted reply
 * with a capital ("'Oh, he left. Well, let us know'", "Instead, doctors use…", "Meanwhile, the
 * council…") and the tagger, seeing a capitalised word before a comma, may read a name. These
 * words name nothing on their own, so a mention that is one of them alone is dropped; a name that
 * holds one ("Oh Wonder", "Wells Fargo") is a different word and stays.
 *
 * Only the capitalised form is dropped: "OH" (Ohio) and "NO" are abbreviations. The list is closed: English interjections and the adverbs that link a sentence to the one
 * before it. Other capitalised common words are found by the text's own lower-case uses
 * (drop-common-words) or by what follows them (drop-opening-verbs).
 */

import type { TaggedMention } from '../tagger'
import { words } from '../../text/furniture/vocabulary'

/** Interjections: a reply or an exclamation, quoted speech's first word. */
const INTERJECTIONS = words(
  'Oh Ooh Ah Aah Aha Ahh Uh Um Umm Er Erm Hmm Huh Hey Wow Whoa Yeah Yep Yup Nope Yes No Okay ' +
    'Ok Ugh Ouch Oops Alas Gosh Phew Well Please Thanks Sorry Hello Hi Bye Goodbye Cheers',
)

/** Sentence adverbs: they tie a sentence to the one before it. */
const SENTENCE_ADVERBS = words(
  'Instead However Meanwhile Moreover Furthermore Nevertheless Nonetheless Indeed Perhaps ' +
    'Maybe Otherwise Hence Thus Therefore Consequently Accordingly Additionally Also Still ' +
    'Besides Likewise Similarly Conversely Regardless Anyway Anyhow Altogether Overall ' +
    'Eventually Finally Ultimately Initially Apparently Unfortunately Fortunately Luckily ' +
    'Sadly Hopefully Honestly Frankly Basically Essentially Obviously Clearly Admittedly ' +
    'Arguably Interestingly Importantly Notably Increasingly Specifically Typically Usually ' +
    'Currently Recently Previously Afterwards Afterward Subsequently Elsewhere Nowadays',
)

export function dropDiscourseWords(mentions: readonly TaggedMention[]): TaggedMention[] {
  return mentions.filter(
    (mention) =>
      mention.firstToken !== mention.lastToken ||
      (!INTERJECTIONS.has(mention.text) && !SENTENCE_ADVERBS.has(mention.text)),
  )
}
