import { describe, expect, it } from 'vitest'
import { CARD_CSS } from '../../src/widget/card-css'

/** The custom properties set by the first rule of CARD_CSS that starts with `selector{`. */
function palette(selector: string): Map<string, string> {
  const start = CARD_CSS.indexOf(`${selector}{`)
  const block = CARD_CSS.slice(start, CARD_CSS.indexOf('}', start))
  return new Map(
    [...block.matchAll(/--([a-z-]+):(#[0-9a-f]{6})/g)].map((m) => [m[1] ?? '', m[2] ?? '']),
  )
}

/** WCAG 2.x relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = Number.parseInt(hex.slice(at, at + 2), 16) / 255
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05)
}

// Each text colour on each background it is drawn on.
const PAIRS: [text: string, background: string][] = [
  ['fg', 'bg'],
  ['muted', 'bg'],
  ['accent', 'bg'],
  ['fg', 'quote'],
  ['muted', 'quote'],
  ['chip-fg', 'person'],
  ['chip-fg', 'place'],
  ['chip-fg', 'organization'],
  ['chip-fg', 'misc'],
]

describe.each([
  ['light', '.card'],
  ['dark', '.card[data-theme=dark]'],
])('the %s theme', (_theme, selector) => {
  const colours = palette(selector)

  it.each(PAIRS)('draws --%s on --%s at 4.5:1 or more (WCAG AA)', (text, background) => {
    const foreground = colours.get(text)
    const behind = colours.get(background)
    expect(foreground).toMatch(/^#/)
    expect(behind).toMatch(/^#/)
    expect(contrast(foreground ?? '', behind ?? '')).toBeGreaterThanOrEqual(4.5)
  })
})

it('uses the same dark palette for theme="auto" under prefers-color-scheme: dark', () => {
  expect(palette('@media (prefers-color-scheme:dark){.card[data-theme=auto]')).toEqual(
    palette('.card[data-theme=dark]'),
  )
})
