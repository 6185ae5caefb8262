import { describe, expect, it } from 'vitest'
import { tokenize } from '../../../src/engine/entities/tokenize'

describe('tokenizer', () => {
  it.each([
    ['Xi Jinping’s government', ['Xi', 'Jinping', '’s', 'government']],
    ["Microsoft's chief", ['Microsoft', "'s", 'chief']],
    ["the States' budget", ['the', 'States', "'", 'budget']],
    ["they don't know", ['they', 'do', "n't", 'know']],
    // A clitic already written apart, as treebanks write it, is its own token.
    ["he did n't go", ['he', 'did', "n't", 'go']],
    ["n't", ["n't"]],
    ["the world 's", ['the', 'world', "'", 's']],
    ['the U.S. and U.N. said.', ['the', 'U.S.', 'and', 'U.N.', 'said', '.']],
    ['Mr. Smith (aged 40), a.m.', ['Mr.', 'Smith', '(', 'aged', '40', ')', ',', 'a.m.']],
    [
      'São Paulo, Zürich and Okonjo-Iweala',
      ['São', 'Paulo', ',', 'Zürich', 'and', 'Okonjo-Iweala'],
    ],
    ['“We agree,” he said', ['“', 'We', 'agree', ',', '”', 'he', 'said']],
    ['costs US$12 or $3,500 (5%)', ['costs', 'US$', '12', 'or', '$', '3,500', '(', '5', '%', ')']],
    ['Beijing—the capital', ['Beijing', '—', 'the', 'capital']],
    // A full stop fused to the next sentence ends the word; dotted names and domains stay whole.
    ['with Joe Biden.The talks', ['with', 'Joe', 'Biden', '.', 'The', 'talks']],
    ['said on Thursday.Mr Ruiz said', ['said', 'on', 'Thursday', '.', 'Mr', 'Ruiz', 'said']],
    ['the City Council.“We', ['the', 'City', 'Council', '.', '“', 'We']],
    ['Ana Ruiz, Ph.D, said', ['Ana', 'Ruiz', ',', 'Ph.D', ',', 'said']],
    ['on Amazon.com and Node.js', ['on', 'Amazon.com', 'and', 'Node.js']],
    ['LONDON 1996-08-30', ['LONDON', '1996-08-30']],
    ['End. * * * Next', ['End', '.', '*', '*', '*', 'Next']],
    [`End. ${'* '.repeat(16)}Next`, ['End', '.', '* '.repeat(16).trim(), 'Next']],
    [`${'🙂 '.repeat(20)}\nNairobi`, ['🙂 '.repeat(20).trim(), 'Nairobi']],
  ])('splits %j', (text, expected) => {
    const tokens = tokenize(text)
    expect(tokens.map((token) => token.text)).toEqual(expected)
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text)
  })

  it('numbers lines', () => {
    expect(tokenize('A b\nC\n\nD').map((token) => token.line)).toEqual([0, 0, 1, 3])
  })
})
