/**
 * A forgiving HTML tokenizer and tree builder: any string in, a light tree out (dom.ts), in time
 * linear in the input whatever it holds.
 *
 * Method: scan for `<` with indexOf; a letter after it starts a tag (its entry in the tag table,
 * tags.ts, says how it builds), `/` an end tag, `!` a comment,
 * doctype or CDATA, `?` a processing instruction; anything else is text. Raw-text elements
 * (script, style, ...) run to their end tag; comments and CDATA left open run to the end of the
 * input. Text and attribute values have their character references decoded. Tree building keeps
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
import { createElement, NO_ATTRIBUTES, type Element, type Node } from './dom'
import { P_IMPLIED, P_TAG, TagTable, type TagInfo } from './tags'

/** Deeper nesting than this adds no elements: no real page comes close. */
const MAX_DEPTH = 400
/** How far below the top an implied end tag (a `p` closed by a `div`) is looked for. */
const IMPLIED_CLOSE_REACH = 12

/**
 * Adds a child. Most elements have one child or none: the first child gets an array of its own
 * size, where a push into an empty array would reserve room for many.
 */
function append(parent: Element, child: Node): void {
  if (parent.children.length === 0) parent.children = [child]
  else parent.children.push(child)
}

class TreeBuilder {
  readonly root = createElement('#document', 0, null)
  /** How many elements the tree has: they are numbered from 0 (the root) in creation order. */
  size = 1
  readonly tags = new TagTable()
  /** The open elements and, beside them, their tags' entries. */
  private readonly stack: Element[] = [this.root]
  private readonly stackTags: TagInfo[] = []
  /** Open elements per tag, by the tag's id. */
  private readonly openCount: number[] = []
  /** Start tags skipped for depth: their end tags are skipped too. */
  private skipped = 0
  /** The first html, head and body: a later one adds its attributes to it. */
  private readonly singletons = new Map<string, Element>()

  /** The page's body element, when it has one (there is only ever one). */
  get body(): Element | null {
    return this.singletons.get('body') ?? null
  }

  get top(): Element {
    return this.stack[this.stack.length - 1] ?? this.root
  }

  text(value: string): void {
    if (value.length === 0) return
    const top = this.top
    const last = top.children[top.children.length - 1]
    if (typeof last === 'string') top.children[top.children.length - 1] = last + value
    else append(top, value)
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
  private closeImplied({ closes, stops }: NonNullable<TagInfo['implied']>): void {
    const lowest = Math.max(1, this.stack.length - IMPLIED_CLOSE_REACH)
    for (let index = this.stack.length - 1; index >= lowest; index--) {
      const tag = this.stack[index]?.tag ?? ''
      if (closes.has(tag)) {
        while (this.stack.length > index) this.pop()
        return
      }
      if (stops.has(tag)) return
    }
  }

  open(info: TagInfo, attrs: readonly string[], selfClosing: boolean): Element | null {
    const tag = info.name
    if (info.singleton) {
      // A second html/body/head (or one after content) only adds its attributes.
      const existing = this.singletons.get(tag)
      if (existing) {
        const merged = [...existing.attrs]
        for (let index = 0; index < attrs.length; index += 2) {
          const name = attrs[index] ?? ''
          if (!isNamed(merged, name)) merged.push(name, attrs[index + 1] ?? '')
        }
        existing.attrs = merged
        return null
      }
    }
    if (info.closesP && this.isOpen(P_TAG)) this.closeImplied(P_IMPLIED)
    if (info.implied) this.closeImplied(info.implied)
    if (this.stack.length > MAX_DEPTH) {
      if (!info.isVoid && !selfClosing) this.skipped++
      return null
    }
    const element = createElement(tag, this.size++, this.top, attrs)
    if (info.singleton) this.singletons.set(tag, element)
    append(this.top, element)
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
      if (element.tag === info.name) return
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
interface Tag {
  name: string
  attrs: readonly string[]
  selfClosing: boolean
  /** Where the tag ends (just after its `>`, or the end of the input). */
  end: number
}

/** Whether `attrName` is among the names of the flat attribute list `attrs`. */
function isNamed(attrs: readonly string[], attrName: string): boolean {
  for (let index = 0; index < attrs.length; index += 2) if (attrs[index] === attrName) return true
  return false
}

/**
 * Reads a tag's name and attributes from `start` (after `<` or `</`) into `tag`; `scratch`
 * gathers the attributes, copied out at their exact size (most tags have none and share the
 * empty list).
 */
function readTag(html: string, start: number, tag: Tag, scratch: string[]): void {
  let index = start
  while (index < html.length) {
    const code = html.charCodeAt(index)
    if (isSpace(code) || code === 47 || code === 62) break
    index++
  }
  tag.name = html.slice(start, index).toLowerCase()
  if (scratch.length > 0) scratch.length = 0
  let selfClosing = false
  tag.end = html.length
  while (index < html.length) {
    let code = html.charCodeAt(index)
    if (code === 62) {
      tag.end = index + 1
      break
    }
    if (isSpace(code) || code === 47) {
      selfClosing = code === 47
      index++
      continue
    }
    selfClosing = false
    const nameStart = index
    index++
    while (index < html.length) {
      code = html.charCodeAt(index)
      if (isSpace(code) || code === 47 || code === 62 || code === 61) break
      index++
    }
    const attrName = html.slice(nameStart, index).toLowerCase()
    while (index < html.length && isSpace(html.charCodeAt(index))) index++
    let value = ''
    if (html.charCodeAt(index) === 61) {
      index++
      while (index < html.length && isSpace(html.charCodeAt(index))) index++
      const quote = html.charCodeAt(index)
      if (quote === 34 || quote === 39) {
        const close = html.indexOf(quote === 34 ? '"' : "'", index + 1)
        const end = close < 0 ? html.length : close
        value = html.slice(index + 1, end)
        index = end + 1
      } else {
        const valueStart = index
        while (index < html.length) {
          code = html.charCodeAt(index)
          if (isSpace(code) || code === 62) break
          index++
        }
        value = html.slice(valueStart, index)
      }
    }
    if (!isNamed(scratch, attrName)) scratch.push(attrName, decodeCharacterReferences(value, true))
  }
  tag.attrs = scratch.length === 0 ? NO_ATTRIBUTES : scratch.slice()
  tag.selfClosing = selfClosing
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

/** A parsed page: its tree, rooted at a `#document` element, and its body element if any. */
export interface ParsedPage {
  root: Element
  body: Element | null
  /** The number of elements: each has an `index` below it. */
  size: number
}

/** The tree of `html`. */
export function parseHtml(html: string): ParsedPage {
  const builder = new TreeBuilder()
  const tag: Tag = { name: '', attrs: NO_ATTRIBUTES, selfClosing: false, end: 0 }
  const scratch: string[] = []
  let index = 0
  while (index < html.length) {
    const lt = html.indexOf('<', index)
    if (lt < 0) {
      builder.text(decodeCharacterReferences(html.slice(index)))
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
        builder.text(decodeCharacterReferences(html.slice(index, lt)))
        const close = html.indexOf('>', lt)
        index = close < 0 ? html.length : close + 1
        continue
      }
      builder.text(decodeCharacterReferences(html.slice(index, lt + 1)))
      index = lt + 1
      continue
    }
    if (lt > index) builder.text(decodeCharacterReferences(html.slice(index, lt)))
    if (kind === 'skip') {
      index = next === 33 ? declarationEnd(html, lt + 2) : declarationEnd(html, lt + 1)
      continue
    }
    if (kind === 'end') {
      // Most end tags close the element on top: compared in place, no name read out.
      const top = builder.top
      if (
        top !== builder.root &&
        html.startsWith(top.tag, lt + 2) &&
        html.charCodeAt(lt + 2 + top.tag.length) === 62
      ) {
        builder.pop()
        index = lt + 3 + top.tag.length
        continue
      }
      readTag(html, lt + 2, tag, scratch)
      if (tag.name.length > 0) builder.close(builder.tags.get(tag.name))
      index = tag.end
      continue
    }
    readTag(html, lt + 1, tag, scratch)
    index = tag.end
    const info = builder.tags.get(tag.name)
    const element = builder.open(info, tag.attrs, tag.selfClosing)
    if (info.rawText && !tag.selfClosing) {
      const end = rawTextEnd(html, index, info.name)
      const raw = html.slice(index, end)
      // Only the title's text is ever read as text; the rest is dropped or parsed as JSON.
      if (element) append(element, info.name === 'title' ? decodeCharacterReferences(raw) : raw)
      builder.close(info)
      const close = html.indexOf('>', end)
      index = end >= html.length || close < 0 ? html.length : close + 1
    }
  }
  return { root: builder.root, body: builder.body, size: builder.size }
}
