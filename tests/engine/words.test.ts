import { describe, expect, it } from 'vitest'
import { stem } from '../../src/engine/text/stem'
import { countWords, tokenizeWords } from '../../src/engine/text/words'

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
  })
})

describe('word ranges', () => {
  it('tokenizes only inside the given range, with offsets into the whole text', () => {
    const text = 'One two three four'
    expect(tokenizeWords(text, 4, 13)).toEqual([
      { start: 4, end: 7, text: 'two' },
      { start: 8, end: 13, text: 'three' },
    ])
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
