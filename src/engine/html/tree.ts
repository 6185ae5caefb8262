/**
 * A forgiving HTML tokenizer and tree builder: any string in, a flat tree out (dom.ts), in time
 * linear in the input whatever it holds.
 *
 * Method: scan for `<` with indexOf; a letter after it starts a tag (its entry in the tag table,
 * tags.ts, says how it builds), `/` an end tag, `!` a comment,
 * doctype or CDATA, `?` a processing instruction; anything else is text. Raw-text elements
 * (script, style, ...) run to their end tag; comments and CDATA left open run to the end of the
 * input. Text and attributes are not copied: a node keeps the range of the page it came from,
 * and only text with character references is decoded, into one store (joined once at the end);
 * attribute values are read (and decoded) when a pass asks for them. Tree building keeps
 * the HTML standard's common cases and none of its costly ones:
 * - void elements take no children; a new `p`, `li`, `dt`/`dd`, `tr`, `td`/`th`, `option` or table
 *   section closes the open one it implies, looked for in the few elements nearest the top;
 * - an end tag closes the nearest open element of its name (found through a count per tag, so an
 *   end tag with nothing to close costs nothing, and one that closes pays only for what it pops);
 *   the end tag of the element on top, the usual case, is recognised in place;
 * - elements nested deeper than MAX_DEPTH are not created (their text still is), so a page of
 *   100,000 nested tags gives a tree every pass can walk.
 */
import { decodeCharacterReferences } from './character-references'
import {
  attributeBit,
  AttributeCursor,
  NONE,
  TEXT_DECODED,
  TEXT_IN_SOURCE,
  Tree,
  type Element,
} from './dom'
import { hashStep, P_IMPLIED, P_TAG, TagTable, type Implied, type TagInfo } from './tags'

/** Deeper nesting than this adds no elements: no real page comes close. */
const MAX_DEPTH = 400
/** How far below the top an implied end tag (a `p` closed by a `div`) is looked for. */
const IMPLIED_CLOSE_REACH = 12

/** Where a tag's attributes are in the page (start = end when it has none), and their names. */
interface Attributes {
  attrStart: number
  attrEnd: number
  /** The mask of the attribute names (dom.ts attributeBit), 0 when it has none. */
  names: number
}

const NO_ATTRIBUTES: Attributes = { attrStart: 0, attrEnd: 0, names: 0 }

class TreeBuilder {
  readonly tree: Tree
  readonly root: Element
  /** The open elements and, beside them, their tags' entries. */
  private readonly stack: Element[] = []
  private readonly stackTags: TagInfo[] = []
  /** Open elements per tag, by the tag's id. */
  private readonly openCount: number[] = []
  /** Start tags skipped for depth: their end tags are skipped too. */
  private skipped = 0
  /** The first html, head and body: a later one adds its attributes to it. */
  private readonly singletons = new Map<string, Element>()
  /** Decoded text, joined into the tree's store at the end, and its length so far. */
  private readonly pieces: string[] = []
  private stored = 0
  /** The next `&` at or after the last text read (the page's length when there is none). */
  private nextAmpersand = -1

  constructor(readonly html: string) {
    const tags = new TagTable()
    // Room for a node per 8 characters, as tag-dense pages have: growing the tree copies it.
    this.tree = new Tree(html, tags, Math.max(64, html.length >> 3))
    this.root = this.tree.add(tags.get('#document').id, 0, 0)
    this.stack.push(this.root)
  }

  /** The page's body element, when it has one (there is only ever one). */
  get body(): Element {
    return this.singletons.get('body') ?? NONE
  }

  get top(): Element {
    return this.stack[this.stack.length - 1] ?? this.root
  }

  private hasAmpersand(start: number, end: number): boolean {
    if (this.nextAmpersand < start) {
      const found = this.html.indexOf('&', start)
      this.nextAmpersand = found < 0 ? this.html.length : found
    }
    return this.nextAmpersand < end
  }

  private store(text: string): void {
    this.pieces.push(text)
    this.stored += text.length
  }

  /** A text node's characters while parsing (the store is not joined yet). */
  private textOf(node: Element): string {
    const tree = this.tree
    if (!tree.isDecodedText(node)) return tree.text(node)
    tree.decoded = this.pieces.join('')
    this.pieces.length = 0
    this.pieces.push(tree.decoded)
    return tree.text(node)
  }

  /**
   * Adds the page's characters from `start` to `end` as text (references decoded unless `raw`)
   * to `parent`, joined to the text before it when that is its last child.
   */
  text(start: number, end: number, parent = this.top, raw = false): void {
    if (start >= end) return
    const tree = this.tree
    const plain = raw || !this.hasAmpersand(start, end)
    const last = tree.lastChild(parent)
    if (last !== NONE && tree.isText(last)) {
      if (plain && !tree.isDecodedText(last) && tree.textEnd(last) === start) {
        tree.setText(last, tree.textStart(last), end, false)
        return
      }
      // Text after a comment, or with references: both parts are joined in the store.
      let from = this.stored
      if (tree.isDecodedText(last) && tree.textEnd(last) === this.stored)
        from = tree.textStart(last)
      else this.store(this.textOf(last))
      this.store(this.read(start, end, plain))
      tree.setText(last, from, this.stored, true)
      return
    }
    let node: Element
    if (plain) node = tree.add(TEXT_IN_SOURCE, start, end)
    else {
      const from = this.stored
      this.store(this.read(start, end, false))
      node = tree.add(TEXT_DECODED, from, this.stored)
    }
    tree.append(parent, node)
  }

  private read(start: number, end: number, plain: boolean): string {
    const text = this.html.slice(start, end)
    return plain ? text : decodeCharacterReferences(text)
  }

  /** The parsed page, its decoded text store joined. */
  finish(): ParsedPage {
    this.tree.decoded = this.pieces.join('')
    return { tree: this.tree, root: this.root, body: this.body }
  }

  private isOpen(info: TagInfo): boolean {
    return (this.openCount[info.id] ?? 0) > 0
  }

  /** Closes the top element. */
  pop(): void {
    if (this.stack.length <= 1) return
    this.stack.pop()
    const info = this.stackTags.pop()
    if (info) this.openCount[info.id] = (this.openCount[info.id] ?? 1) - 1
  }

  /** Closes the nearest open element in `closes` within reach, unless a `stops` tag comes first. */
  private closeImplied({ closes, stops }: Implied): void {
    const lowest = Math.max(1, this.stack.length - IMPLIED_CLOSE_REACH)
    for (let index = this.stack.length - 1; index >= lowest; index--) {
      // stackTags has no entry for the document at the stack's bottom.
      const group = this.stackTags[index - 1]?.group ?? 0
      if ((group & closes) !== 0) {
        while (this.stack.length > index) this.pop()
        return
      }
      if ((group & stops) !== 0) return
    }
  }

  /** Opens an element whose attributes are the page's text from attrStart to attrEnd. */
  open(info: TagInfo, attributes: Attributes, selfClosing: boolean): Element {
    const tag = info.name
    const tree = this.tree
    if (info.singleton) {
      // A second html/body/head (or one after content) only adds its attributes.
      const existing = this.singletons.get(tag)
      if (existing !== undefined) {
        if (attributes.names !== 0)
          tree.addAttributes(existing, attributes.attrStart, attributes.names)
        return NONE
      }
    }
    if (info.closesP && this.isOpen(P_TAG)) this.closeImplied(P_IMPLIED)
    if (info.implied) this.closeImplied(info.implied)
    if (this.stack.length > MAX_DEPTH) {
      if (!info.isVoid && !selfClosing) this.skipped++
      return NONE
    }
    const element = tree.add(info.id, attributes.attrStart, attributes.attrEnd, attributes.names)
    if (info.singleton) this.singletons.set(tag, element)
    tree.append(this.top, element)
    if (!info.isVoid && !selfClosing) {
      this.stack.push(element)
      this.stackTags.push(info)
      this.openCount[info.id] = (this.openCount[info.id] ?? 0) + 1
    }
    return element
  }

  close(info: TagInfo): void {
    if (info.name === 'br') {
      this.open(info, NO_ATTRIBUTES, true)
      return
    }
    if (!this.isOpen(info)) {
      if (this.skipped > 0) this.skipped--
      return
    }
    while (this.stack.length > 1) {
      const element = this.top
      this.pop()
      if (this.tree.tagName(element) === info.name) return
    }
  }
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13
}

/** The tag just read: one object per parse, refilled by readTag for every tag. */
interface Tag extends Attributes {
  /** The tag's entry (named '' for a tag without a name, `</ >`). */
  info: TagInfo
  selfClosing: boolean
  /** Where the tag ends (just after its `>`, or the end of the input). */
  end: number
}

/** Whether `html` has `name` at `start`, as written (a builtin's call costs more on short names). */
function follows(html: string, start: number, name: string): boolean {
  for (let index = 0; index < name.length; index++)
    if (html.charCodeAt(start + index) !== name.charCodeAt(index)) return false
  return true
}

/** Reads a tag's name, and finds its attributes and end, from `start` (after `<` or `</`). */
function readTag(
  html: string,
  start: number,
  tag: Tag,
  cursor: AttributeCursor,
  tags: TagTable,
): void {
  let index = start
  let hash = 0
  while (index < html.length) {
    const code = html.charCodeAt(index)
    if (isSpace(code) || code === 47 || code === 62) break
    hash = hashStep(hash, code >= 65 && code <= 90 ? code + 32 : code)
    index++
  }
  tag.info = tags.read(html, start, index, hash)
  if (html.charCodeAt(index) === 62) {
    // No attributes, the usual case: `<p>`, `</div>`.
    tag.end = index + 1
    tag.names = 0
    tag.attrStart = 0
    tag.attrEnd = 0
    tag.selfClosing = false
    return
  }
  cursor.reset(index)
  let names = 0
  while (cursor.next()) names |= attributeBit(html, cursor.nameStart, cursor.nameEnd)
  tag.end = cursor.end
  tag.names = names
  tag.attrStart = names !== 0 ? index : 0
  tag.attrEnd = names !== 0 ? tag.end : 0
  tag.selfClosing = cursor.selfClosing
}

/** Where the raw text of `tag` that starts at `from` ends (the `<` of its end tag, or the end). */
function rawTextEnd(html: string, from: number, tag: string): number {
  let index = from
  for (;;) {
    index = html.indexOf('</', index)
    if (index < 0) return html.length
    const after = index + 2 + tag.length
    if (html.slice(index + 2, after).toLowerCase() === tag) {
      const code = html.charCodeAt(after)
      if (Number.isNaN(code) || isSpace(code) || code === 47 || code === 62) return index
    }
    index += 2
  }
}

/** Where the markup declaration at `start` (just after `<!`) ends. */
function declarationEnd(html: string, start: number): number {
  if (html.startsWith('--', start)) {
    const close = html.indexOf('-->', start + 2)
    return close < 0 ? html.length : close + 3
  }
  if (html.startsWith('[CDATA[', start)) {
    const close = html.indexOf(']]>', start + 7)
    return close < 0 ? html.length : close + 3
  }
  const close = html.indexOf('>', start)
  return close < 0 ? html.length : close + 1
}

/** A parsed page: its tree, the `#document` element at its root, and its body element if any. */
export interface ParsedPage {
  tree: Tree
  root: Element
  /** NONE when the page has no body element. */
  body: Element
}

/** The tree of `html`. */
export function parseHtml(html: string): ParsedPage {
  const builder = new TreeBuilder(html)
  const tree = builder.tree
  const tag: Tag = {
    info: tree.tags.get(''),
    attrStart: 0,
    attrEnd: 0,
    names: 0,
    selfClosing: false,
    end: 0,
  }
  const cursor = new AttributeCursor(html)
  let index = 0
  while (index < html.length) {
    // Tags often follow one another: no search then.
    const lt = html.charCodeAt(index) === 60 ? index : html.indexOf('<', index)
    if (lt < 0) {
      builder.text(index, html.length)
      break
    }
    const next = html.charCodeAt(lt + 1)
    const kind = isAsciiLetter(next)
      ? 'start'
      : next === 47
        ? 'end'
        : next === 33 || next === 63
          ? 'skip'
          : 'text'
    if (
      kind === 'text' ||
      (kind === 'end' && !isAsciiLetter(html.charCodeAt(lt + 2)) && html.charCodeAt(lt + 2) !== 62)
    ) {
      if (kind === 'end') {
        // `</` followed by neither a letter nor `>`: a bogus comment up to the next `>`.
        builder.text(index, lt)
        const close = html.indexOf('>', lt)
        index = close < 0 ? html.length : close + 1
        continue
      }
      builder.text(index, lt + 1)
      index = lt + 1
      continue
    }
    if (lt > index) builder.text(index, lt)
    if (kind === 'skip') {
      index = next === 33 ? declarationEnd(html, lt + 2) : declarationEnd(html, lt + 1)
      continue
    }
    if (kind === 'end') {
      // Most end tags close the element on top: compared in place, no name read out.
      const top = builder.top
      const name = tree.tagName(top)
      if (
        top !== builder.root &&
        follows(html, lt + 2, name) &&
        html.charCodeAt(lt + 2 + name.length) === 62
      ) {
        builder.pop()
        index = lt + 3 + name.length
        continue
      }
      readTag(html, lt + 2, tag, cursor, tree.tags)
      if (tag.info.name.length > 0) builder.close(tag.info)
      index = tag.end
      continue
    }
    readTag(html, lt + 1, tag, cursor, tree.tags)
    index = tag.end
    const info = tag.info
    const element = builder.open(info, tag, tag.selfClosing)
    if (info.rawText && !tag.selfClosing) {
      const end = rawTextEnd(html, index, info.name)
      // Only the title's text is ever read as text; the rest is dropped or parsed as JSON.
      if (element !== NONE) builder.text(index, end, element, info.name !== 'title')
      builder.close(info)
      const close = html.indexOf('>', end)
      index = end >= html.length || close < 0 ? html.length : close + 1
    }
  }
  return builder.finish()
}
