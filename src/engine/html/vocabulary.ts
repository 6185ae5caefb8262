/**
 * The extractor's vocabulary and constants, in one place: the generic class/id words that mark
 * likely and unlikely content, the words of each kind of furniture, and the thresholds of the
 * scoring passes. Generic words only (what any CMS calls a share bar or a sidebar), never the
 * names of particular sites.
 */
import type { FurnitureKind } from '../types'

/** Below this many characters an extraction is retried with fewer passes (as Readability does). */
export const MIN_ARTICLE_CHARS = 500
/** A block shorter than this adds nothing to its ancestors' scores. */
export const MIN_SCORED_CHARS = 25
/** How many ancestors a block's score reaches. */
export const SCORE_ANCESTOR_LEVELS = 5
/** Class weight for a likely or unlikely class/id. */
export const CLASS_WEIGHT = 25

/** Containers whose class or id says "not content", removed before scoring... */
export const UNLIKELY =
  /banner|breadcrumb|combx|comment|community|cookie|consent|disqus|extra|footer|gdpr|header|legends|menu|modal|newsletter|pagination|pager|popup|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|subscribe|signup|toolbar|overlay|ad-break|agegate|(^|[\s_-])ads?([\s_-]|$)|advert/
/** ...unless it also says "content". */
export const LIKELY = /and|article|body|column|content|main|shadow|story|entry|post-?text/
/** Roles that are never the article. */
export const UNLIKELY_ROLES = new Set([
  'menu',
  'menubar',
  'complementary',
  'navigation',
  'alert',
  'alertdialog',
  'dialog',
  'banner',
  'contentinfo',
  'search',
])

export const POSITIVE =
  /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose/
export const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|caption|credit|byline|author|newsletter/

/** Tags whose content is never text of the article. */
export const NON_CONTENT_TAGS = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'map',
  'input',
  'select',
  'textarea',
  'button',
  'dialog',
  'title',
  'meta',
  'link',
  'base',
])

/**
 * Furniture inside the article by class, id or role, in the order they are tried (a share bar
 * called "article-share" is a share bar, not the article). Each entry is one kind.
 */
export const FURNITURE_CLASSES: [FurnitureKind, RegExp][] = [
  ['comments', /comment|disqus|replies|respond|discussion/],
  ['share', /share|sharing|social|follow-?us|print-?this|email-?this|toolbar/],
  [
    'prompt',
    /newsletter|subscribe|signup|sign-up|cookie|consent|gdpr|paywall|modal|popup|donat|membership|register/,
  ],
  [
    'related',
    /related|recommend|more-?stories|read-?more|readmore|trending|most-?popular|popular|next-?article|teaser|also-?read|see-?also|further-?reading/,
  ],
  ['ad', /advert|(^|[\s_-])ads?([\s_-]|$)|-ad-|sponsor|promo|dfp|banner|commercial/],
  ['caption', /caption|figcaption|img-?desc|image-?desc|photo-?desc|gallery-?count|slide-?count/],
  ['credit', /credit|copyright|photographer|image-?source|photo-?source/],
  [
    'author-box',
    /author-?bio|author-?box|about-?(the-)?author|author-?info|author-?card|bio-?box|contributor/,
  ],
  [
    'byline',
    /byline|dateline|timestamp|published|posted-?on|article-?meta|post-?meta|entry-?meta|meta-?data|author/,
  ],
  [
    'navigation',
    /breadcrumb|(^|[\s_-])nav|menu|pagination|pager|skip-?link|tags|tag-?list|categories/,
  ],
  ['chrome', /masthead|site-?header|site-?footer|(^|[\s_-])footer|toolbar|widget|sidebar/],
]

/** Furniture by tag, inside the article. */
export const FURNITURE_TAGS: Record<string, FurnitureKind> = {
  nav: 'navigation',
  aside: 'related',
  footer: 'chrome',
  form: 'prompt',
  figcaption: 'caption',
}

/**
 * Furniture by its text: short blocks that say what they are. Each pattern is matched against a
 * whole block (whitespace collapsed); MAX_FURNITURE_TEXT bounds what counts as short.
 */
export const MAX_FURNITURE_TEXT = 160
export const FURNITURE_TEXTS: [FurnitureKind, RegExp][] = [
  ['caption', /^(image|photo|picture|slide|gallery)?\s*\d+\s*(of|\/)\s*\d+$/i],
  [
    'credit',
    /^[([]?(photo(graph)?s?|image|picture|illustration|credit|video|graphic)( credit)?\s*(:|by\b)|^[([]?(photo|image):?\s|\/\s*(getty( images)?|afp|ap|reuters|epa|shutterstock)[)\]]?$/i,
  ],
  [
    'share',
    /^((share|tweet|email|print|copy( link)?|save|pin|whatsapp|facebook|twitter|linkedin|reddit)( (this|on|via|the)( \w+)?)?[\s,|\u00b7\u2022]*){1,8}$/i,
  ],
  ['ad', /^(advertisement|sponsored( content)?|ad|anzeige|publicit\u00e9|werbung)$/i],
  [
    'prompt',
    /^(sign up|subscribe|get (our|the)|join (our|the))\b.*(newsletter|inbox|email|updates|briefing)|newsletter$|we use cookies|accept (all )?cookies/i,
  ],
  // Calls to subscribe, follow or install: the story cut short for non-subscribers, the social
  // accounts and apps of the publisher.
  [
    'prompt',
    /\b(subscribe|subscribers?|log ?in|sign in)\b.{0,80}\bfull (story|article)\b|\bfull (story|article)\b.{0,40}\bsubscribe|^follow .{1,60} on (twitter|facebook|instagram|telegram|youtube)\b|\bdownload (the|our) .{1,40} apps?\b|\bnuestro canal de (youtube|telegram|whatsapp)\b|\bunser(em|en)? (whatsapp|telegram)-kanal\b/i,
  ],
  [
    'related',
    /^(read more|related|see also|more on this|also read|read next|recommended|most read|trending)\b\s*:?/i,
  ],
  // The same signposts in the languages of the pages we see most, as a whole block only: "Lesen
  // Sie auch die Hinweise unten." is a sentence of the article.
  [
    'related',
    /^(lesen sie (auch|mehr)|lies auch|weiterlesen|schon gelesen|mehr (zum thema|themen)|weitere (artikel|beitr\u00e4ge|nachrichten)|empfohlene (artikel|beitr\u00e4ge)|(das|dies) (thema )?k\u00f6nnte (dich|sie) auch interessieren|meistgelesene? (artikel|beitr\u00e4ge)?|\u00e4hnliche (artikel|beitr\u00e4ge)|(\u00e0 )?lire aussi|(les )?articles les plus lus|sur le m\u00eame sujet|lea tambi\u00e9n|(te|le) puede interesar|noticias relacionadas|leggi anche|articoli correlati|you (may|might) also like|more stories|don'?t miss)\s*[:?!.\u2026]?$/i,
  ],
  [
    'comments',
    /^(\d+\s+)?comments?$|^(leave|post|add) a (comment|reply)|^comments? (are|is) (closed|disabled)/i,
  ],
]

/** The visible byline when the metadata has none: class, id, rel or itemprop. */
export const BYLINE_MARK = /byline|author|writtenby|p-author/

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
