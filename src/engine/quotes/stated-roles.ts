/**
 * A role the text states at any mention of a person holds for all their quotes: "President Carter"
 * in the first paragraph gives "Carter said" its role, as does "Ann Lee is the chief executive of
 * Brightly" or "Ann Lee, the MP for Leeds North," in a sentence with no quote. Method: one walk
 * over the name mentions, keeping the first role stated for each full name and for each surname
 * (a title before the name, an appositive after it, or a copula and a determiner after it); a
 * speaker with no role of their own takes the role of their full name, else of their surname when
 * only one person in the text holds that surname with a role.
 */
import type { NameMention } from './mentions'

export interface StatedRoles {
  byName: ReadonlyMap<string, string>
  /** The role per surname, or null where two people of that surname hold different roles. */
  bySurname: ReadonlyMap<string, { name: string; role: string } | null>
}

const lastWord = (name: string): string => name.slice(name.lastIndexOf(' ') + 1)

/**
 * The roles stated in the text per full name and surname (lower case). `canonical[i]` is the full
 * name that mention `i` stands for, when resolution found one; `roleAfter(i)` is the role an
 * appositive or a copula states right after it (`appositiveRoleAt`, `copularRoleAt`).
 */
export function statedRoles(
  names: readonly NameMention[],
  canonical: readonly (string | null)[],
  roleAfter: (i: number) => string | null,
): StatedRoles {
  const byName = new Map<string, string>()
  const bySurname = new Map<string, { name: string; role: string } | null>()
  names.forEach((mention, i) => {
    if (mention.type === 'organisation') return
    const role = mention.role ?? roleAfter(i)
    if (!role) return
    const name = (canonical[i] ?? mention.name).toLowerCase()
    if (!byName.has(name)) byName.set(name, role)
    const surname = lastWord(name)
    const held = bySurname.get(surname)
    if (held === undefined) bySurname.set(surname, { name, role })
    else if (held === null || held.name === name || !name.includes(' ')) return
    else if (!held.name.includes(' ')) bySurname.set(surname, { name, role: held.role })
    // "Bill Clinton" and "Hillary Clinton": the surname alone no longer tells who.
    else bySurname.set(surname, null)
  })
  return { byName, bySurname }
}

/** The role stated for the person named `name` (a full name or a surname), or null. */
export function roleOf(roles: StatedRoles, name: string): string | null {
  const lower = name.toLowerCase()
  return roles.byName.get(lower) ?? roles.bySurname.get(lastWord(lower))?.role ?? null
}
