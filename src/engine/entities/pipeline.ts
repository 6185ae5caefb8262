/**
 * The entity stage as a pipeline of named passes, run in the order listed here (as spaCy lists its
 * pipe names). Three steps, find, parse and shape:
 *   1. find: the tagger (tagger.ts) marks mentions; the mention passes repair the spans it is
 *      known to get wrong;
 *   2. parse: each mention becomes a candidate with its type, role and context cues; candidates are
 *      grouped into one cluster per real-world entity; the cluster passes settle each entity's type
 *      from all its mentions and drop what names nothing (in the spirit of the document-level
 *      consistency of Krishnan & Manning 2006);
 *   3. shape: one public entity per cluster, ranked by salience.
 * Each pass is a function of its input and the document, in its own file under passes/, with its
 * own table tests under tests/engine/entities/.
 */

import type { Cluster } from './candidate'
import { withQuantities } from './passes/add-quantities'
import { describedTypes } from './passes/described-types'
import { dropBoilerplateLines } from './passes/drop-boilerplate-lines'
import { dropCommonWords } from './passes/drop-common-words'
import { dropCompoundAdjectives } from './passes/drop-compound-adjectives'
import { dropCredentials } from './passes/drop-credentials'
import { dropCredits } from './passes/drop-credits'
import { dropDiscourseWords } from './passes/drop-discourse-words'
import { dropGroupWords } from './passes/drop-group-words'
import { dropSourceNotes } from './passes/drop-source-notes'
import { dropAuthorNotes } from './passes/drop-author-notes'
import { dropDeskTitles } from './passes/drop-desk-titles'
import { dropGenericTerms } from './passes/drop-generic-terms'
import { dropLowercasePhrases } from './passes/drop-lowercase-phrases'
import { dropNicknames } from './passes/drop-nicknames'
import { dropOpeningVerbs } from './passes/drop-opening-verbs'
import { dropPrefixedWords } from './passes/drop-prefixed-words'
import { dropRowVerbs } from './passes/drop-row-verbs'
import { cutPartyRoles } from './passes/cut-party-roles'
import { cutTitles } from './passes/cut-titles'
import { fictionTypes } from './passes/fiction-types'
import { foldDemonyms } from './passes/fold-demonyms'
import { cutAtLineBreaks } from './passes/cut-at-line-breaks'
import { cutDescriptors } from './passes/cut-descriptors'
import { cutOpeningAdjectives } from './passes/cut-opening-adjectives'
import { cutHeadlines } from './passes/cut-headlines'
import { joinNameLinks } from './passes/join-name-links'
import { joinModelWords } from './passes/join-model-words'
import { joinOrdinalBodies } from './passes/join-ordinal-bodies'
import { joinNicknames } from './passes/join-nicknames'
import { joinQuotedTitles } from './passes/join-quoted-titles'
import { joinDefinedAcronyms } from './passes/join-defined-acronyms'
import { joinNameParticles } from './passes/join-name-particles'
import { joinRoadNumbers } from './passes/join-road-numbers'
import { joinBillNumbers } from './passes/join-bill-numbers'
import { joinSplitNames } from './passes/join-split-names'
import { joinWorkTitles } from './passes/join-work-titles'
import { groupMentions } from './passes/group-mentions'
import { withAppositives } from './passes/join-appositives'
import { joinCompassWords } from './passes/join-compass-words'
import { joinFieldsOfBody } from './passes/join-fields-of-body'
import { joinInstitutions } from './passes/join-institutions'
import { joinFieldLists } from './passes/join-field-lists'
import { joinParenthesised } from './passes/join-parenthesised'
import { withListTypes } from './passes/list-types'
import { brandTypes } from './passes/brand-types'
import { contextTypes } from './passes/context-types'
import { coordinationTypes } from './passes/coordination-types'
import { locativeTypes } from './passes/locative-types'
import { namePartTypes } from './passes/name-part-types'
import { mergePlacesAndBodies } from './passes/merge-places-and-bodies'
import { mergeNameVariants } from './passes/merge-name-variants'
import { mergeSameNames } from './passes/merge-same-names'
import { mergeShortForms } from './passes/merge-short-forms'
import { mergeWordForms } from './passes/merge-word-forms'
import { dropSharedGivenNames } from './passes/drop-shared-given-names'
import { candidatesOf } from './passes/read-candidates'
import { withPassedOverNames } from './passes/recall-passed-over-names'
import { withPassedOverPlaces } from './passes/recall-passed-over-places'
import { splitCompanyPairs } from './passes/split-company-pairs'
import { splitFalseAliases } from './passes/split-false-aliases'
import { splitPlaceLists } from './passes/split-place-lists'
import { splitPossessives } from './passes/split-possessives'
import { splitTrailingCountries } from './passes/split-trailing-countries'
import { withHeadWords } from './passes/take-head-words'
import { shape } from './shape'
import type { TaggedMention } from './tagger'
import type { Token } from './tokenize'
import { tagText } from './tagger'
import type { Entity, EntityDocument, EntityOptions, EntityType } from './types'
import type { Span } from '../types'

interface Pass<T> {
  name: string
  run: (items: T[], doc: EntityDocument) => T[]
}

/** Passes over the tagger's mentions, in order: each fixes spans or types the tagger gets wrong. */
export const MENTION_PASSES: readonly Pass<TaggedMention>[] = [
  // A name never runs across a line break: each line's part is its own mention.
  { name: 'cut-at-line-breaks', run: cutAtLineBreaks },
  // Adds the one-word places the tagger passed over ("beyond Eday", "to Eday").
  { name: 'recall-passed-over-places', run: withPassedOverPlaces },
  // "Lebed Chechnya" → Lebed, Chechnya, when the text writes Lebed alone.
  { name: 'split-trailing-countries', run: splitTrailingCountries },
  // "Stack" + "Overflow Jobs", “Super” + “Mario Run”, "iPhone" + "XS": one name made whole.
  { name: 'join-split-names', run: joinSplitNames },
  // "Luis" + "de" + "Miranda" → Luis de Miranda: a particle inside a surname keeps it whole.
  { name: 'join-name-particles', run: joinNameParticles },
  // “The Wit and Wisdom of Ann Lee”, "Proceedings of the X Academy": a work's title is one name.
  { name: 'join-work-titles', run: joinWorkTitles },
  // "US 1", "Route 9": a road's number is part of its name (not the country, not a word).
  { name: 'join-road-numbers', run: joinRoadNumbers },
  // "the 4th District Court of Appeal", "the 9th Circuit": an ordinal opens a court's name.
  { name: 'join-ordinal-bodies', run: joinOrdinalBodies },
  // "PlayStation" + "4" + "Pro", "PS4" + "Pro": a model word after a number ends a product's name.
  { name: 'join-model-words', run: joinModelWords },
  // "Senate Bill 10", "Bill C-11": a bill's number is part of its name (not the chamber's).
  { name: 'join-bill-numbers', run: joinBillNumbers },
  // "North" + "Yorkshire Council" → North Yorkshire Council.
  { name: 'join-compass-words', run: joinCompassWords },
  // "Siemens Mobility and Alstom" → two companies; "Marks and Spencer" stays one.
  { name: 'split-company-pairs', run: splitCompanyPairs },
  // "Turkish Medicines" and "Medical Devices Agency" → one agency.
  { name: 'join-fields-of-body', run: joinFieldsOfBody },
  // "Africa Centres" for "Disease Control and Prevention" → one body.
  { name: 'join-institutions', run: joinInstitutions },
  // "Academy of Soil, Water and Air": an institution named for a list of fields is one name.
  { name: 'join-field-lists', run: joinFieldLists },
  // "Bridge" + "Street", "Network" + "Rail": the head word the tagger left out.
  { name: 'take-head-words', run: withHeadWords },
  // "(Africa CDC)" after a body's name is one short name, not two.
  { name: 'join-parenthesised', run: joinParenthesised },
  // "Procter & Gamble", "Marks and Spencer": a link inside a firm's name keeps it whole.
  { name: 'join-name-links', run: joinNameLinks },
  // Earvin "Magic" Johnson: a quoted nickname inside a person's name keeps it whole.
  { name: 'join-nicknames', run: joinNicknames },
  // "Super Brask Run" will launch: a title in quote marks is one work, misc.
  { name: 'join-quoted-titles', run: joinQuotedTitles },
  // Critics dubbed her “Gilt Mira”: a nickname built on a person's name is not the name.
  { name: 'drop-nicknames', run: dropNicknames },
  // "Bonaire, St Eustatius and Saba": the "and" that closes a list of places joins two places.
  { name: 'split-place-lists', run: splitPlaceLists },
  // "WHO’s World Health Assembly" → WHO, World Health Assembly.
  { name: 'split-possessives', run: splitPossessives },
  // "that Apple would", "on Twitter": a capitalised word inside a sentence the tagger passed over.
  { name: 'recall-passed-over-names', run: withPassedOverNames },
  // Mentions on site furniture lines ("Share this", "Advertisement") are dropped.
  { name: 'drop-boilerplate-lines', run: dropBoilerplateLines },
  // Bylines and reporting credits name the story's writers, not its subjects.
  { name: 'drop-credits', run: dropCredits },
  // "This post originally appeared on Grist": the outlet a story comes from is not its subject.
  { name: 'drop-source-notes', run: dropSourceNotes },
  // "Jo Vance is a reporter for the Daily Ledger…": the note on the writer names no one in it.
  { name: 'drop-author-notes', run: dropAuthorNotes },
  // "Power company Nordel" → Nordel: a common noun inside a mention describes the name.
  { name: 'cut-descriptors', run: cutDescriptors },
  // "Verizon Leaves Shareholders…": a title-case line names only what the body names too.
  { name: 'cut-headlines', run: cutHeadlines },
  // "- Drink plenty of water": the verb opening a list row is no name.
  { name: 'drop-row-verbs', run: dropRowVerbs },
  // "Beware the minibar", "Known as the Fens": a verb opening a sentence or a tip is no name.
  { name: 'drop-opening-verbs', run: dropOpeningVerbs },
  // "Wary Republicans said…" → Republicans, when the text names them alone too.
  { name: 'cut-opening-adjectives', run: cutOpeningAdjectives },
  // "HD", "CPU", "the Government": generic terms alone name nothing.
  { name: 'drop-generic-terms', run: dropGenericTerms },
  // "'Oh, he left. Well…'", "Instead, …": interjections and sentence adverbs alone name nothing.
  { name: 'drop-discourse-words', run: dropDiscourseWords },
  // "a Houston-area salon", "a Maryland-based lawyer": a hyphened adjective names nothing.
  { name: 'drop-compound-adjectives', run: dropCompoundAdjectives },
  // "anti-Brask sentiment": a name behind a lower-case prefix is an adjective.
  { name: 'drop-prefixed-words', run: dropPrefixedWords },
  // "Bus Rapid Transit" beside "bus rapid transit": a kind of thing, capitalised.
  { name: 'drop-lowercase-phrases', run: dropLowercasePhrases },
  // "the North America editor": a desk's region is part of a job title.
  { name: 'drop-desk-titles', run: dropDeskTitles },
  // "Katie Roe, MD, PhD", "Neil Ash QC": degrees and honours after a name are not entities.
  { name: 'drop-credentials', run: dropCredentials },
  // "Transport Secretary Grant Shapps" → Grant Shapps, a person; the title goes to the role.
  { name: 'cut-titles', run: cutTitles },
  // "the Labour MP for Leeds" → Labour: a member's role is no part of the party's name.
  { name: 'cut-party-roles', run: cutPartyRoles },
  // "Black and Latinx youth", "Tunisian Islamists": words describing people are not names.
  { name: 'drop-group-words', run: dropGroupWords },
]

/** Passes over the entities (clusters of candidates), in order, after grouping. */
export const CLUSTER_PASSES: readonly Pass<Cluster>[] = [
  // "the Bill" is not Bill Shorten, "in Tarrow" not Tarrow Tea Club: such short forms leave.
  { name: 'split-false-aliases', run: splitFalseAliases },
  // A name the text writes as a place ("in Zürich", "Orkney islands") is that place.
  { name: 'merge-places-and-bodies', run: mergePlacesAndBodies },
  // One name, one entity, typed by its votes; a known place and its team or government stay two.
  { name: 'merge-same-names', run: mergeSameNames },
  // Names found only after "in"/"near", with nothing else to type them, are places.
  { name: 'locative-types', run: locativeTypes },
  // "Gavi, the Vaccine Alliance," → one entity.
  { name: 'join-appositives', run: withAppositives },
  // ", a refrigeration company" / ", an operations researcher" decides the type.
  { name: 'described-types', run: describedTypes },
  // Names listed together are of one kind ("Embakasi, Kayole and South B").
  { name: 'list-types', run: withListTypes },
  // Each entity typed once by the cues around all its mentions ("Halvard's shares", "Brask, 45,").
  { name: 'context-types', run: contextTypes },
  // "Fiona" after Fiona Parry, "Gianluca Martino" beside "Martino said": one person.
  { name: 'name-part-types', run: namePartTypes },
  // "Vantio Japan", "Rhodium" beside Rhodium Group: a name built on a body the text names is one.
  { name: 'brand-types', run: brandTypes },
  // "bought Google or Vantio": a guessed name listed with bodies only is a body.
  { name: 'coordination-types', run: coordinationTypes },
  // On a page about a story, a film or a game, a person or a body needs its own evidence: misc.
  { name: 'fiction-types', run: fictionTypes },
  // Names the cues gave one type are one entity ("Halvard" the place and the firm, now a firm).
  { name: 'merge-retyped-names', run: mergeSameNames },
  // "#Kestrel", "Kestrel.com", "Kestrel Group", "Department of X" / "X Department": one entity.
  { name: 'merge-name-variants', run: mergeNameVariants },
  // "Heat Assisted Magnetic Recording (HAMR)": a name and the acronym it defines are one entity.
  { name: 'join-defined-acronyms', run: joinDefinedAcronyms },
  // "the House" beside the House of Representatives, "NY" beside New York City: one entity.
  { name: 'merge-short-forms', run: mergeShortForms },
  // "Democrats", "Democratic", "Democrat": a group's noun, its plural and its adjective, one entity.
  { name: 'merge-word-forms', run: mergeWordForms },
  // "Israelis", "South Korean" beside Israel, South Korea: the people's name is the country's.
  { name: 'fold-demonyms', run: foldDemonyms },
  // A capitalised common word the text also writes in lower case names nothing.
  { name: 'drop-common-words', run: dropCommonWords },
  // "Ellen" beside Ellen Fetter and Ellen Marsh names neither for sure: it is left out.
  { name: 'drop-shared-given-names', run: dropSharedGivenNames },
]

/** Every step by name, in the order it runs. */
export const PIPE_NAMES: readonly string[] = [
  'tag',
  ...MENTION_PASSES.map((pass) => pass.name),
  'read-candidates',
  'add-quantities',
  'group-mentions',
  ...CLUSTER_PASSES.map((pass) => pass.name),
  'shape',
]

const QUANTITY_ENTITY_TYPES = new Set<EntityType>(['date', 'money', 'percent'])

/** The document every pass reads: the text tagged once. */
export function entityDocument(text: string, sentences?: readonly Span[]): EntityDocument {
  const tagged = tagText(text, sentences)
  // A plain loop: Int32Array.from with a mapping function took several times as long.
  const tokenStarts = new Int32Array(tagged.tokens.length)
  for (let k = 0; k < tokenStarts.length; k++) tokenStarts[k] = (tagged.tokens[k] as Token).start
  return { text, tokens: tagged.tokens, tokenStarts, tagged }
}

/** The mentions after the mention passes: tagged, repaired, off boilerplate lines. */
export function repairedMentions(doc: EntityDocument): TaggedMention[] {
  let mentions = doc.tagged.mentions
  for (const pass of MENTION_PASSES) mentions = pass.run(mentions, doc)
  return mentions
}

/** The clusters after grouping and the cluster passes. */
export function entityClusters(doc: EntityDocument, options: EntityOptions): Cluster[] {
  const names = candidatesOf(repairedMentions(doc), doc)
  const quantities = options.types?.some((type) => QUANTITY_ENTITY_TYPES.has(type)) === true
  let clusters = groupMentions(quantities ? withQuantities(names, doc) : names)
  for (const pass of CLUSTER_PASSES) clusters = pass.run(clusters, doc)
  return clusters
}

export function runPipeline(doc: EntityDocument, options: EntityOptions): Entity[] {
  return shape(entityClusters(doc, options), doc, options)
}
