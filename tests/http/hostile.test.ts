import { describe, expect, it } from 'vitest'
import { ADMIN_TOKEN, call, spansOf } from './helpers'

/** A fixed corpus of inputs that break naive text code; each stays under MAX_TEXT_CHARS. */
const NASTY: [name: string, text: string][] = [
  ['190,000 characters without a space', 'x'.repeat(190_000)],
  ['100,000 quote marks', '"“”«»„'.repeat(16_667).slice(0, 100_000)],
  ['deeply nested brackets', `${'('.repeat(50_000)}word${')'.repeat(50_000)}`],
  ['only punctuation', '.,;:!?…—-()[]{}'.repeat(5_000)],
  [
    'HTML',
    '<html><body><p class="x">Mayor <b>Ruiz</b> said “no”.</p><script>alert(1)</script></body></html>',
  ],
  [
    'Markdown',
    '# Title\n\n**Bold** claim by [Ana Ruiz](http://x.test): “We will”.\n\n- one\n- two\n\n```\ncode\n```',
  ],
  [
    'Windows line endings',
    'First paragraph, said Ana Ruiz.\r\n\r\n“Second,” she said.\r\nThird line.\r\n',
  ],
  ['emoji and flags', '🇺🇸 President 👩🏽‍🚀 Ana Ruiz said “🚀 launch!” in 東京. 🎉🎉🎉'],
  ['combining marks', 'Zalgo: Z̷̡̛̗a̸̢̛l̵̨̛g̶̡̛ơ̷̢ said “h̸e̸l̸l̸o̸”. Nguyễn Thị Thu Hà nodded.'],
  ['CJK', '李克强总理周二在北京表示，“经济将保持稳定。”东京和首尔的官员表示欢迎。'],
  ['right-to-left scripts', 'قال الوزير محمد بن سلمان: «سنواصل الإصلاح». אמר ראש העיר ״כן״.'],
  ['lone surrogates', `Ana Ruiz said \ud800“half\udfff a pair”\ud83d. Done.`],
  ['NUL and control characters', 'Ana\u0000 Ruiz said\u0007 “hello\u0000world”.\u001b[31m red'],
  ['one unclosed quote', `“${'He said we will. '.repeat(2_000)}`],
  ['initials without end', 'A. B. C. D. '.repeat(5_000)],
]

describe('a fixed corpus of nasty inputs through every text endpoint', () => {
  const owner = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' }

  it.each(NASTY)('%s: 200, exact offsets, same bytes twice', async (_name, text) => {
    for (const path of ['/v1/summarize', '/v1/quotes', '/v1/entities', '/v1/analyze']) {
      const init = { method: 'POST', headers: owner, body: JSON.stringify({ text }) }
      const first = await call(path, init)
      expect(first.status).toBe(200)
      const body = await first.text()
      for (const span of spansOf(JSON.parse(body)))
        expect(text.slice(span.start, span.end)).toBe(span.text)
      expect(await (await call(path, init)).text()).toBe(body)
    }
  })
})
