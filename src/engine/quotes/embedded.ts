/**
 * Posts embedded in an article without quotation marks: a social-media post copied into the page
 * ends with its author's signature line, "— Ann Lee (@annlee) July 3, 2019", either on a line of
 * its own or glued to the post's last words. The post is the text before the dash in that
 * paragraph and the paragraphs right before it, as long as they fit in a post (POST_CHARS) and
 * hold no quotation marks nor the author's name (the writer's introduction of the post). Each paragraph is one piece of a quote whose signature credits its
 * author (attribute.ts reads the dash and the name after it).
 *
 * Method: one test per paragraph for the signature at its end (only paragraphs holding "(@"),
 * then a walk back over at most a few short paragraphs. The pieces are merged into the marked
 * spans in text order, with the parents of nested spans re-pointed.
 */
import type { Paragraph } from '../types'
import type { QuoteSpan } from './marks'
import { holdsQuote, mergeSpans, trimmed, type Piece } from './merge-spans'
import { propertyPattern } from '../text/patterns'

/** "— Ann Lee (@annlee) July 3, 2019" closing a paragraph. */
const SIGNATURE = propertyPattern(
  String.raw`[\u2014\u2015\u2013]\s*(\p{Lu}[^\n()\u2014\u2015\u2013]{0,60}?)\s*\(@\w{1,15}\)[^\n()]{0,40}$`,
)
/** Longest post, in characters: a post of a microblog with room for a link. */
const POST_CHARS = 320
const LETTER = propertyPattern(String.raw`\p{L}`)
/** Links at the end of a post's words, with the white space before them. */
const TRAILING_LINKS = /(?:\s*(?:https?:\/\/|pic\.|www\.)\S+)+$/
/** Fewest words of a post. */
const POST_MIN_WORDS = 6

/** The pieces of the post signed at the end of paragraph `p`, in text order. */
function postBefore(
  text: string,
  paragraphs: readonly Paragraph[],
  p: number,
  dash: number,
  surname: string,
  spans: readonly QuoteSpan[],
): Piece[] {
  const pieces: Piece[] = []
  let budget = POST_CHARS
  let to = dash
  for (let k = p; k >= 0 && k > p - 4; k--) {
    const para = paragraphs[k]
    if (!para) break
    const [start, end] = trimmed(text, para.start, Math.min(to, para.end))
    if (end <= start) {
      if (k === p) {
        to = Infinity
        continue
      }
      break
    }
    budget -= end - start
    const words = text.slice(start, end)
    // "On the site, Ann Lee explains …": a paragraph that names the author is the writer's.
    if (k < p && words.includes(surname)) break
    if (budget < 0 || holdsQuote(spans, start, end) || !LETTER.test(words)) break
    // The link a post carries ("pic.twitter.com/Ab12", "https://…") is its attachment, not words.
    const last = pieces.length === 0 ? end - (TRAILING_LINKS.exec(words)?.[0].length ?? 0) : end
    pieces.unshift({ start, end: last, paragraph: k })
    // A post signed at the end of its own words is that paragraph; only a signature on a line of
    // its own closes a post laid out over the paragraphs before it.
    if (k === p) break
    to = Infinity
  }
  return pieces
}

/** The marked spans with the pieces of every signed embedded post merged in, in text order. */
export function withEmbeddedPosts(
  text: string,
  paragraphs: readonly Paragraph[],
  spans: readonly QuoteSpan[],
): QuoteSpan[] {
  const posts: Piece[][] = []
  paragraphs.forEach((para, p) => {
    const body = text.slice(para.start, para.end).trimEnd()
    if (!body.includes('(@')) return
    const signature = SIGNATURE.exec(body)
    if (!signature) return
    const author = signature[1] ?? ''
    const surname = author.slice(author.lastIndexOf(' ') + 1)
    const pieces = postBefore(text, paragraphs, p, para.start + signature.index, surname, spans)
    const words = pieces.reduce(
      (n, piece) => n + text.slice(piece.start, piece.end).split(/\s+/).length,
      0,
    )
    // "Follow me — Ann Lee (@annlee)": a signed line of a few words is a byline, not a post.
    if (words >= POST_MIN_WORDS) posts.push(pieces)
  })
  return mergeSpans(spans, posts)
}
