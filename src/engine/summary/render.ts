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

/**
 * Backslash-escapes what Markdown would interpret, so a sentence renders as the same literal text:
 * emphasis, code, links, HTML and table marks anywhere, and block markers (heading, list, quote)
 * at the start. Ordinary periods and brackets stay as they are.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, (ch) => `\\${ch}`)
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([#+=-])/, '\\$1')
}

/** Line breaks inside a sentence (hard-wrapped source) become single spaces. */
function oneLine(text: string): string {
  return text
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join(' ')
}

/**
 * @example
 * renderSummary(['Talks resumed.', 'Both sides met.'], 'markdown') // '- Talks resumed.\n- Both sides met.'
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
