/**
 * What the tree builder (tree.ts) knows of each tag, looked up once per tag read: whether it is
 * void, raw text or a singleton (html, head, body), whether it closes an open `p`, which open
 * elements it closes by implication, and a number for its count of open elements. Elements take
 * the table's name, so a page of 100,000 `p` shares one string, and the builder asks one table
 * per tag instead of a set per rule. A known tag is found from the page's characters (a hash of
 * its lower-cased letters, then a comparison), so reading a tag copies no string.
 *
 * Tags outside the table get their entry from a `TagTable` made per parse (no state is shared
 * between parses).
 */

/** What an opening tag closes by implication, and what stops the search: masks of group bits. */
export interface Implied {
  readonly closes: number
  readonly stops: number
}

export interface TagInfo {
  readonly name: string
  /** Index of the tag's count of open elements in the builder. */
  readonly id: number
  readonly isVoid: boolean
  /** Contents kept as raw text up to the end tag (script and style are discarded later). */
  readonly rawText: boolean
  /** Opening it closes an open `p` (within reach). */
  readonly closesP: boolean
  /** html, head and body: a second one only adds its attributes to the first. */
  readonly singleton: boolean
  /** Its bit among the tags the implied end tags name (IMPLIED_GROUP), 0 for the others. */
  readonly group: number
  /** The open elements it closes, and the tags that stop the search, as masks of group bits. */
  readonly implied: Implied | null
}

const VOID =
  'area base basefont bgsound br col embed frame hr image img input keygen link meta param source track wbr'
const RAW_TEXT = 'script style xmp iframe noembed noframes noscript textarea title plaintext'
const CLOSES_P =
  'address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section table ul li dd dt'
const SINGLETONS = 'html head body'
/** Other common tags, in the table only so that their elements share the name. */
const COMMON =
  'a abbr b button caption cite code em font i label mark nobr object option picture q s select small span strong sub sup svg template time u video'

/**
 * The tags the rules of implied end tags name, each given a bit, so that the tree builder tests
 * an open element against a rule with a mask rather than a set of names.
 */
const IMPLIED_GROUP =
  'p li ul ol menu table dl dt dd tr td th thead tbody tfoot option select datalist div blockquote section article'.split(
    ' ',
  )

function mask(names: string): number {
  let bits = 0
  for (const name of names.split(' ')) bits |= 1 << IMPLIED_GROUP.indexOf(name)
  return bits
}

const TABLE_SECTION: Implied = { closes: mask('thead tbody tfoot tr td th'), stops: mask('table') }
const IMPLIED: Record<string, Implied> = {
  li: { closes: mask('li'), stops: mask('ul ol menu table') },
  dt: { closes: mask('dt dd'), stops: mask('dl table') },
  dd: { closes: mask('dt dd'), stops: mask('dl table') },
  tr: { closes: mask('tr td th'), stops: mask('table thead tbody tfoot') },
  td: { closes: mask('td th'), stops: mask('tr table') },
  th: { closes: mask('td th'), stops: mask('tr table') },
  option: { closes: mask('option'), stops: mask('select datalist') },
  thead: TABLE_SECTION,
  tbody: TABLE_SECTION,
  tfoot: TABLE_SECTION,
}
/** What an implied `p` end tag closes, and where its search stops. */
export const P_IMPLIED: Implied = {
  closes: mask('p'),
  stops: mask('div td th li table blockquote section article'),
}

function describe(name: string, id: number): TagInfo {
  const has = (list: string) => ` ${list} `.includes(` ${name} `)
  return {
    name,
    id,
    isVoid: has(VOID),
    rawText: has(RAW_TEXT),
    closesP: has(CLOSES_P),
    singleton: has(SINGLETONS),
    group: IMPLIED_GROUP.includes(name) ? 1 << IMPLIED_GROUP.indexOf(name) : 0,
    implied: IMPLIED[name] ?? null,
  }
}

/**
 * The known names, each once, taken back as property keys: V8 keeps property keys as internalised
 * strings, so an element's tag then compares with a tag literal ('p', 'a') by pointer.
 */
const KNOWN_NAMES = Object.keys(
  Object.fromEntries(
    [VOID, RAW_TEXT, CLOSES_P, SINGLETONS, COMMON, IMPLIED_GROUP.join(' ')]
      .join(' ')
      .split(' ')
      .map((name) => [name, true]),
  ),
)
const KNOWN: ReadonlyMap<string, TagInfo> = new Map(
  KNOWN_NAMES.map((name, id) => [name, describe(name, id)]),
)

/** The `p` entry, whose open count decides whether a block closes a paragraph. */
export const P_TAG = KNOWN.get('p') ?? describe('p', 0)

const KNOWN_BY_ID: readonly TagInfo[] = [...KNOWN.values()]

/** Open-addressed slots of the known tags by hash of their name: id + 1, 0 when empty. */
const SLOTS = 1024

/** The next step of a tag name's hash, given its next character lower-cased. */
export function hashStep(hash: number, lowerCode: number): number {
  return (hash * 31 + lowerCode) | 0
}

function hashOf(name: string): number {
  let hash = 0
  for (let index = 0; index < name.length; index++) hash = hashStep(hash, name.charCodeAt(index))
  return hash
}

const KNOWN_SLOTS: Int32Array = (() => {
  const slots = new Int32Array(SLOTS)
  for (const info of KNOWN_BY_ID) {
    let slot = hashOf(info.name) & (SLOTS - 1)
    while (slots[slot] !== 0) slot = (slot + 1) & (SLOTS - 1)
    slots[slot] = info.id + 1
  }
  return slots
})()

/** Whether `text` from `start` to `end` is `name` (lower-case), ignoring ASCII case. */
function isNamed(text: string, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false
  for (let index = 0; index < name.length; index++) {
    const code = text.charCodeAt(start + index)
    if ((code >= 65 && code <= 90 ? code + 32 : code) !== name.charCodeAt(index)) return false
  }
  return true
}

/** The tags of one parse: the known ones, and an entry made on first sight for any other. */
export class TagTable {
  private readonly others = new Map<string, TagInfo>()
  private readonly othersById: TagInfo[] = []

  /** `name` is lower-case. */
  get(name: string): TagInfo {
    const known = KNOWN.get(name) ?? this.others.get(name)
    if (known) return known
    const info = describe(name, KNOWN.size + this.others.size)
    this.others.set(name, info)
    this.othersById.push(info)
    return info
  }

  /**
   * The tag named by `text` from `start` to `end`, in any case; `hash` is the name's hash
   * (hashStep over its lower-cased characters).
   */
  read(text: string, start: number, end: number, hash: number): TagInfo {
    for (let slot = hash & (SLOTS - 1); ; slot = (slot + 1) & (SLOTS - 1)) {
      const id = (KNOWN_SLOTS[slot] ?? 0) - 1
      if (id < 0) break
      const info = KNOWN_BY_ID[id]
      if (info && isNamed(text, start, end, info.name)) return info
    }
    return this.get(text.slice(start, end).toLowerCase())
  }

  /** The name of the tag numbered `id`. */
  name(id: number): string {
    return (KNOWN_BY_ID[id] ?? this.othersById[id - KNOWN_BY_ID.length])?.name ?? ''
  }
}
