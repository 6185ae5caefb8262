/**
 * Vocabulary classes the furniture passes share: words that address the reader of a web page,
 * name the page and its channels, or report speech. Classes, not phrases: a pass combines a class
 * with a line shape, so that no single string decides.
 */

export const words = (list: string): ReadonlySet<string> => new Set(list.split(' '))

/** Imperative verbs addressed to the reader of a web page. */
export const CALL_VERBS = words(
  'read share sign subscribe follow click tap download leave watch listen join like ' +
    'comment register log email print tweet continue skip see view get visit check discover ' +
    'explore support donate install save bookmark send contact scroll swipe play',
)

/** Words naming the page, the site or its channels: what a call to action points the reader at. */
export const PAGE_TARGETS = words(
  'here newsletter newsletters article articles story stories comment comments us our app ' +
    'link page site website facebook twitter instagram youtube tiktok linkedin whatsapp ' +
    'telegram inbox updates alerts podcast podcasts gallery subscription subscriber ' +
    'subscribers feed rss reply below above full login account photos videos pictures',
)

/** Interface words: a short unit made only of these is a section label or a share bar. */
export const INTERFACE_WORDS = words(
  'related articles article stories story more on this top trending comments comment share ' +
    'tweet email print image images media caption copyright topics tags newsletter subscribe ' +
    'menu skip to main home next previous back video videos photo photos gallery loading most ' +
    'read popular latest news recommended you may also like see all facebook twitter whatsapp ' +
    'linkedin pinterest reddit messenger instagram x sms link copy save for later in from around ' +
    'the web up sign leave a reply follow us and or close open toggle navigation search login ' +
    "log register listen watch now live updates full coverage show hide playing continue reading below editor picks editor's",
)

/** Verbs and phrases of reporting: a unit holding one is news text. */
export const REPORTING_WORDS = words(
  'said says say told tells according announced announces reported reports added adds ' +
    'stated states explained explains wrote writes asked asks confirmed confirms warned warns ' +
    'claimed claims argued argues insisted insists noted notes',
)

/** Agencies that sign photo credits ("Jane Doe/Reuters"). */
export const AGENCIES = words(
  'reuters ap afp getty epa pa shutterstock alamy bloomberg xinhua efe ansa dpa anadolu ' +
    'sipa rex corbis istock nurphoto zuma upi',
)

/** First-person plural: how a live blog's writers speak of themselves. */
export const WE_WORDS = words("we we'll we're we've we’ll we’re we’ve us our")
