import { describe, expect, it } from 'vitest'
import {
  isLetterAt,
  isLetterOrDigitUnit,
  isLetterUnit,
  isLowerWord,
  isLowercaseLetterUnit,
  isNumberAt,
  isNumberUnit,
  isUppercaseLetterUnit,
  isWordCharAt,
  letterCount,
  someCodePoint,
} from '../../src/engine/text/chars'
import { stem } from '../../src/engine/text/stem'
import { countWords, tokenizeWords, wordTexts } from '../../src/engine/text/words'

const words: Record<string, [string, string[]][]> = {
  'inner punctuation joins': [
    ["don't stop", ["don't", 'stop']],
    ['Park’s plan', ['Park’s', 'plan']],
    ['a well-known case', ['a', 'well-known', 'case']],
    ['the U.S. economy', ['the', 'U.S', 'economy']],
    ['grew 3.5% in Q4', ['grew', '3.5', 'in', 'Q4']],
    ['AT&T and 24/7 service', ['AT&T', 'and', '24/7', 'service']],
  ],
  'punctuation separates': [
    ['end. Start', ['end', 'Start']],
    ['"quoted," he said', ['quoted', 'he', 'said']],
    ["it 's PTB", ['it', 's', 'PTB']],
    ['dash -- here', ['dash', 'here']],
    ['trailing-', ['trailing']],
    ["'leading", ['leading']],
  ],
  'non-Latin and astral text': [
    ['Zürich café', ['Zürich', 'café']],
    ['Москва сегодня', ['Москва', 'сегодня']],
    ['𝐀lpha 😀 beta', ['𝐀lpha', 'beta']],
    ['lone \ud800 surrogate', ['lone', 'surrogate']],
    ['', []],
  ],
}

describe.each(Object.entries(words))('words: %s', (_name, rows) => {
  it.each(rows)('tokenizes %j', (input, expected) => {
    const tokens = tokenizeWords(input)
    expect(tokens.map((t) => t.text)).toEqual(expected)
    for (const token of tokens) expect(input.slice(token.start, token.end)).toBe(token.text)
    expect(countWords(input)).toBe(expected.length)
    expect(wordTexts(input)).toEqual(expected)
  })
})

describe('word ranges', () => {
  it('tokenizes only inside the given range, with offsets into the whole text', () => {
    const text = 'One two three four'
    expect(tokenizeWords(text, 4, 13)).toEqual([
      { start: 4, end: 7, text: 'two' },
      { start: 8, end: 13, text: 'three' },
    ])
    expect(wordTexts(text, 4, 13)).toEqual(['two', 'three'])
    expect(wordTexts(text, 5, 9)).toEqual(['wo', 't'])
  })
})

describe('stemming', () => {
  it.each([
    [['talk', 'talks', 'talked', 'talking'], 'talk'],
    [['policy', 'policies'], 'policy'],
    [['stop', 'stopped', 'stopping'], 'stop'],
    [['watch', 'watches'], 'watch'],
    [['minister', 'ministers'], 'minister'],
    [['hope', 'hoped', 'hoping', 'hopes'], 'hop'],
  ])('conflates %j', (forms, expected) => {
    expect(new Set(forms.map(stem))).toEqual(new Set([expected]))
  })

  it.each(['news', 'bus', 'gas', 'analysis', 'status'])('leaves %j whole', (word) => {
    expect(stem(word)).toBe(word)
  })
})

describe('word characters', () => {
  it('agrees with the Unicode letter, digit and mark classes on every BMP code unit', () => {
    const reference = /[\p{L}\p{N}\p{M}]/u
    const disagreements: number[] = []
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const ch = String.fromCharCode(code)
      if (isWordCharAt(ch, 0) !== reference.test(ch)) disagreements.push(code)
    }
    expect(disagreements).toEqual([])
  })

  it('reads an astral letter through its low surrogate', () => {
    expect(isWordCharAt('𝐀', 1)).toBe(true)
    expect(isWordCharAt('😀', 1)).toBe(false)
  })
})

// The code-unit tests that replaced Unicode-property regular expressions on the cold path must
// answer as those expressions do, astral letters and lone surrogates included.
const HIGH = String.fromCharCode(0xd835)
const LOW = String.fromCharCode(0xdc00)
const samples = [
  ['', 'empty'],
  ['word', 'ASCII lower case'],
  ['Word', 'ASCII capital'],
  ['straße', 'Latin lower case beyond ASCII'],
  ['ǅemal', 'title-case digraph'],
  ['δίκη', 'Greek with tonos'],
  ['naïve', 'precomposed diaeresis'],
  ['nai\u0308ve', 'combining mark, not a letter'],
  ['𝐚𝐛𝐜', 'astral lower-case letters'],
  ['𝐀bc', 'astral capital'],
  ['ab😀', 'emoji'],
  [`ab${HIGH}`, 'lone high surrogate'],
  [`${LOW}ab`, 'lone low surrogate'],
  ['abc1', 'digit'],
  ['٣٤', 'Arabic-Indic digits'],
  ["o'clock", 'apostrophe'],
  ['\u212aelvin', 'Kelvin sign, an upper-case letter'],
  ['ªµ', 'Latin-1 letters that are not ASCII'],
  ['Ⅻ½²', 'numbers that are not digits'],
  ['𝟙𝟚', 'astral digits'],
] as const

describe.each(samples)('property tests on %j (%s)', (text) => {
  it('letterCount matches /^\\p{L}*$/u and counts code points', () => {
    const expected = /^\p{L}*$/u.test(text) ? Array.from(text).length : -1
    expect(letterCount(text)).toBe(expected)
  })

  it('isLowerWord matches /^\\p{Ll}+$/u', () => {
    expect(isLowerWord(text)).toBe(/^\p{Ll}+$/u.test(text))
  })

  it('isLetterOrDigitUnit matches /[\\p{L}\\p{N}]/u on each code unit alone', () => {
    for (let i = 0; i < text.length; i++) {
      const unit = text.charAt(i)
      expect(isLetterOrDigitUnit(text.charCodeAt(i))).toBe(/[\p{L}\p{N}]/u.test(unit))
    }
  })

  it.each([
    ['isUppercaseLetterUnit', isUppercaseLetterUnit, /\p{Lu}/u],
    ['isLowercaseLetterUnit', isLowercaseLetterUnit, /\p{Ll}/u],
    ['isLetterUnit', isLetterUnit, /\p{L}/u],
    ['isNumberUnit', isNumberUnit, /\p{N}/u],
  ] as const)('%s matches %s on each code unit alone', (_, test, pattern) => {
    for (let i = 0; i < text.length; i++) {
      expect(test(text.charCodeAt(i)), `at ${String(i)}`).toBe(pattern.test(text.charAt(i)))
    }
  })

  it.each([
    ['isLetterAt', isLetterAt, /\p{L}/u],
    ['isNumberAt', isNumberAt, /\p{N}/u],
  ] as const)('someCodePoint with %s matches %s on the whole text', (_, test, pattern) => {
    expect(someCodePoint(text, test)).toBe(pattern.test(text))
  })
})
