/**
 * Renders a summary's sentences as plain text, Markdown or HTML. Pure: the same sentences give the
 * same bytes. Plain text is one paragraph; Markdown and HTML are bullet lists, with every character
 * that the format would interpret escaped.
 */

export type SummaryFormat = 'text' | 'markdown' | 'html'

const HTML_ESCAPES: ReadonlyMap<string, string> = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&#39;'],
])

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES.get(ch) ?? ch)
}

/** Backslash-escapes Markdown punctuation so a sentence renders as the same literal text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (ch) => `\\${ch}`)
}

/** Line breaks inside a sentence (hard-wrapped source) become single spaces. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')
}

/**
 * @example
 * renderSummary(['Talks resumed.', 'Both sides met.'], 'markdown') // '- Talks resumed\\.\n- Both sides met\\.'
 */
export function renderSummary(sentences: readonly string[], format: SummaryFormat): string {
  const lines = sentences.map(oneLine)
  switch (format) {
    case 'text':
      return lines.join(' ')
    case 'markdown':
      return lines.map((line) => `- ${escapeMarkdown(line)}`).join('\n')
    case 'html':
      return lines.length === 0
        ? ''
        : `<ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`
  }
}
