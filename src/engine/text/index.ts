/**
 * The text foundation of the engine: paragraphs, sentences, words and boilerplate, with UTF-16
 * offsets into the analysed text. Split a text once with `splitText` and hand the result to every
 * analysis (summary, quotes, entities).
 */
export { splitParagraphs } from './paragraphs'
export { splitSentences, splitText, type SplitText } from './sentences'
export { countWords, tokenizeWords, type Word } from './words'
export {
  BOILERPLATE_KINDS,
  boilerplateKind,
  findBoilerplate,
  isPageFurniture,
  type BoilerplateKind,
  type BoilerplateMarks,
} from './boilerplate'
