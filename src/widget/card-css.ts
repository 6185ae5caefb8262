/**
 * The card's stylesheet, shared by the widget (adopted by its shadow root, where host-page CSS
 * cannot reach and a host CSP's style-src does not apply to constructed sheets) and the embed page
 * (inline, allowed by its hash). Colours: text and links keep a contrast of at least 4.5:1 on the
 * card background in both themes (WCAG AA); `auto` follows prefers-color-scheme. The narrow layout
 * is a container query: the widget host and the embed page's <main> are size containers, so the
 * card adapts to its column, not to the viewport.
 */

export const CARD_CSS = `
.card{--bg:#ffffff;--fg:#1c2128;--muted:#57606a;--line:#d8dee4;--accent:#0a58ad;--quote:#f4f6f8;
--person:#e6f0ff;--place:#e5f6ea;--organization:#fdf0e1;--misc:#f0edf7;--chip-fg:#1c2128;
box-sizing:border-box;max-width:44rem;margin:0;padding:1.25rem 1.375rem 1rem;background:var(--bg);
color:var(--fg);border:1px solid var(--line);border-radius:12px;
font:400 1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
-webkit-font-smoothing:antialiased;overflow-wrap:anywhere;text-align:start}
.card *{box-sizing:border-box;margin:0;padding:0}
.card[data-theme=dark]{--bg:#15181d;--fg:#e7eaee;--muted:#a3acb7;--line:#343a43;--accent:#8cc2ff;
--quote:#1e232a;--person:#1d2f4a;--place:#17372a;--organization:#3d2c17;--misc:#2d2740;--chip-fg:#e7eaee}
@media (prefers-color-scheme:dark){.card[data-theme=auto]{--bg:#15181d;--fg:#e7eaee;--muted:#a3acb7;
--line:#343a43;--accent:#8cc2ff;--quote:#1e232a;--person:#1d2f4a;--place:#17372a;
--organization:#3d2c17;--misc:#2d2740;--chip-fg:#e7eaee}}
.label{font-size:.75rem;font-weight:600;letter-spacing:.08em;text-transform:uppercase;color:var(--muted)}
.title{margin:.35rem 0 .25rem;font:700 1.375rem/1.25 Charter,"Iowan Old Style","Source Serif Pro",
Georgia,Cambria,"Times New Roman",serif;letter-spacing:-.01em}
.title a{color:inherit;text-decoration:none}
.title a:hover{text-decoration:underline;text-decoration-thickness:1px;text-underline-offset:.15em}
.card a:focus-visible{outline:3px solid var(--accent);outline-offset:2px;border-radius:3px}
.meta{font-size:.875rem;color:var(--muted)}
.meta time{white-space:nowrap}
.meta span+time::before{content:"·";margin:0 .4em}
.points{margin:1rem 0 0;padding:0 0 0 1.2rem;display:grid;gap:.5rem}
.points li{padding-left:.15rem}
.points li::marker{color:var(--accent)}
.quote{margin:1rem 0 0;padding:.75rem 1rem;background:var(--quote);border-left:3px solid var(--accent);
border-radius:0 8px 8px 0}
.quote blockquote p{font:italic 1.0625rem/1.5 Charter,"Iowan Old Style",Georgia,Cambria,serif}
.quote blockquote p::before{content:"\\201C"}
.quote blockquote p::after{content:"\\201D"}
.quote figcaption{margin-top:.4rem;font-size:.875rem;color:var(--muted)}
.quote .speaker{font-weight:600;color:var(--fg)}
.quote .speaker::before{content:"\\2014\\00a0"}
.chips{margin:1rem 0 0;list-style:none;display:flex;flex-wrap:wrap;gap:.375rem}
.chip{display:inline-flex;align-items:center;gap:.35rem;padding:.15rem .6rem;border-radius:999px;
font-size:.8125rem;line-height:1.5;color:var(--chip-fg);background:var(--misc)}
.chip::before{content:"";flex:none;width:.45rem;height:.45rem;border-radius:50%;background:var(--dot,var(--muted))}
.chip[data-type=person]{background:var(--person);--dot:#3b7be0}
.chip[data-type=place]{background:var(--place);--dot:#2f9e5b}
.chip[data-type=organization]{background:var(--organization);--dot:#d9822b}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.foot{margin-top:1rem;padding-top:.75rem;border-top:1px solid var(--line);display:flex;
flex-wrap:wrap;justify-content:space-between;gap:.25rem 1rem;font-size:.8125rem;color:var(--muted)}
.foot a{color:var(--accent);font-weight:600;text-decoration:none}
.foot a:hover{text-decoration:underline}
.status{font-size:.9375rem;color:var(--muted)}
.status[data-state=error]{color:var(--fg)}
.skeleton{display:grid;gap:.6rem;margin-top:.9rem}
.skeleton i{display:block;height:.8rem;border-radius:4px;background:var(--line)}
.skeleton i:nth-child(1){width:80%;height:1.2rem}.skeleton i:nth-child(3){width:92%}
.skeleton i:nth-child(4){width:60%}
@media (prefers-reduced-motion:no-preference){.skeleton i{animation:pulse 1.4s ease-in-out infinite}}
@keyframes pulse{50%{opacity:.45}}
@container (max-width:400px){.card{padding:1rem}.title{font-size:1.2rem}
.points{padding-left:1rem;font-size:.9375rem}.quote{padding:.6rem .8rem}}
`
