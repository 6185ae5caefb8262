import { describe, expect, it } from 'vitest'
import { runMentionPass } from './helpers'

describe('pass drop-source-notes', () => {
  it.each([
    // Notes of republication: the outlet the text comes from.
    [
      'Coal fell in Brask.\nThis post originally appeared on Kestrel Weekly.',
      ['Brask/LOC', 'Kestrel Weekly/ORG'],
      ['Brask/LOC'],
    ],
    ['A version of this story first appeared in the Harbour Times.', ['Harbour Times/ORG'], []],
    ['This article is republished from Tide Journal under a licence.', ['Tide Journal/ORG'], []],
    ['This story was produced in partnership with Kestrel Radio.', ['Kestrel Radio/ORG'], []],
    // A courtesy line: the outlet or owner credited for the piece or its picture.
    [
      'Courtesy of Forest Wire\nTrees in Brask are old.',
      ['Forest Wire/ORG', 'Brask/LOC'],
      ['Brask/LOC'],
    ],
    ['Photo courtesy of the Harbour Trust', ['Harbour Trust/ORG'], []],
    // Counter-examples: a story about publishing, and a report that is the story's subject.
    [
      'Tessa Vorn first appeared in Tide Journal in 1990.',
      ['Tessa Vorn/PER', 'Tide Journal/ORG'],
      ['Tessa Vorn/PER', 'Tide Journal/ORG'],
    ],
    [
      'The museum lent the map courtesy of the Harbour Trust.',
      ['Harbour Trust/ORG'],
      ['Harbour Trust/ORG'],
    ],
    [
      'The report, published by the Rhodium Group, found a drop.',
      ['Rhodium Group/ORG'],
      ['Rhodium Group/ORG'],
    ],
    [
      'This report by the Rhodium Group found that Brask cut coal.',
      ['Rhodium Group/ORG', 'Brask/LOC'],
      ['Rhodium Group/ORG', 'Brask/LOC'],
    ],
  ])('%j', (text, given, expected) => {
    expect(runMentionPass('drop-source-notes', text, given)).toEqual(expected)
  })
})
