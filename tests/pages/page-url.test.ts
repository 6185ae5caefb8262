import { describe, expect, it } from 'vitest'
import { idFromUrl } from '../../src/pages/page-input'
import { normalisePageUrl } from '../../src/pages/page-url'

describe('normal page URLs', () => {
  it.each([
    ['https://News.Example.com:443/story#comments', 'https://news.example.com/story'],
    ['https://news.example.com/story?utm_source=x&utm_medium=y', 'https://news.example.com/story'],
    ['https://news.example.com/story?fbclid=1&gclid=2&msclkid=3', 'https://news.example.com/story'],
    ['https://news.example.com/story?b=2&a=1', 'https://news.example.com/story?a=1&b=2'],
    ['https://news.example.com/story?a=2&a=1', 'https://news.example.com/story?a=2&a=1'],
    ['https://news.example.com/story?id=7&UTM_Campaign=z', 'https://news.example.com/story?id=7'],
    ['https://news.example.com/story?', 'https://news.example.com/story'],
    // Counter-examples: parameters that name the page stay, and so does the path's case.
    ['https://news.example.com/Story?page=2', 'https://news.example.com/Story?page=2'],
    ['https://news.example.com/story?utmost=1', 'https://news.example.com/story?utmost=1'],
    ['http://news.example.com/story', 'http://news.example.com/story'],
  ])('%s → %s', (url, normal) => {
    expect(normalisePageUrl(new URL(url))).toBe(normal)
  })
})

describe('article ids from page URLs', () => {
  it.each([
    ['https://news.example/2026/11/ferry-strike-ends', 'ferry-strike-ends'],
    ['https://news.example/2026/11/ferry-strike-ends.html', 'ferry-strike-ends'],
    ['https://news.example/news/Ferry_Strike_Ends/', 'ferry-strike-ends'],
    ['https://news.example/a/Z%C3%BCrich-Cafés-reopen', 'zurich-cafes-reopen'],
    ['https://news.example/story?id=12', 'story'],
    ['https://news.example/12345', '12345'],
    ['https://news.example/', null],
    ['https://news.example/---', null],
  ])('%s → %s', (url, id) => {
    expect(idFromUrl(url)).toBe(id)
  })

  it('cuts a long slug at a word boundary within the id limit', () => {
    const id = idFromUrl(`https://news.example/${'word-'.repeat(40)}end`)
    expect(id?.length).toBeLessThanOrEqual(128)
    expect(id).toMatch(/^(word-)+word$/)
  })
})
