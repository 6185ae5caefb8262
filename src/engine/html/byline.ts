/**
 * The visible byline, for pages whose metadata names no author: the first short element marked
 * as a byline or author by class, id, `rel="author"` or `itemprop="author"`, with a leading
 * "By" and any trailing date or role after a separator dropped.
 */
import { attributeMask, normaliseSpace, SCAN_INTO, SCAN_STOP, type Element, type Tree } from './dom'
import { BYLINE_MARK } from './vocabulary'
import { propertyPattern } from '../text/patterns'

const LETTER = propertyPattern(String.raw`\p{L}`)

const MAX_BYLINE_CHARS = 100
/** Marked elements looked at before giving up: a page of a thousand "author" links is no byline. */
const MAX_TRIES = 20
const LEADING_BY = /^(by|von|par|por|di|door|av|przez)\s+/i
const TRAILING_DETAIL = /\s*[|\u2022\u00b7\u2014\u2013](\s.*)?$/

const MARKS = attributeMask('rel', 'itemprop', 'class', 'id')

function marked(tree: Tree, element: Element): boolean {
  if (!tree.mayHave(element, MARKS)) return false
  if (tree.attr(element, 'rel') === 'author' || tree.attr(element, 'itemprop') === 'author')
    return true
  const names = tree.classAndId(element)
  return names !== '' && BYLINE_MARK.test(names)
}

export function visibleByline(tree: Tree, root: Element): string | null {
  let tries = 0
  let byline: string | null = null
  // Before the content passes move anything: a scan.
  tree.scan(root, (element) => {
    if (!marked(tree, element)) return SCAN_INTO
    if (++tries > MAX_TRIES) return SCAN_STOP
    const text = normaliseSpace(tree.textContent(element))
      .replace(TRAILING_DETAIL, '')
      .replace(LEADING_BY, '')
    if (text.length > 2 && text.length <= MAX_BYLINE_CHARS && LETTER.test(text)) byline = text
    return byline === null ? SCAN_INTO : SCAN_STOP
  })
  return byline
}
