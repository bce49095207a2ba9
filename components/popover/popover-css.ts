// Styles of the popover, inside its shadow root (the page's CSS cannot reach them).
export const POPOVER_CSS = `
:host { all: initial !important; }
.tm-popover {
  --fg: #1c1917; --muted: #57534e; --bg: #ffffff; --line: #e7e5e4; --quote: #f5f5f4; --link: #1d4ed8; --focus: #2563eb;
  --c-conflicts: #b91c1c; --c-differs: #a16207; --c-agrees: #15803d; --c-unique: #57534e;
  --mark: rgba(234, 179, 8, 0.35);
  position: fixed; box-sizing: border-box; width: min(420px, calc(100vw - 16px)); max-height: min(70vh, 560px);
  overflow: auto; overscroll-behavior: contain;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 10px;
  box-shadow: 0 10px 30px rgba(0,0,0,.18), 0 2px 6px rgba(0,0,0,.08);
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif;
  padding: 12px 14px 10px; text-align: left; z-index: 2147483647;
}
.tm-popover[data-scheme="dark"] {
  --fg: #f5f5f4; --muted: #a8a29e; --bg: #1c1917; --line: #44403c; --quote: #292524; --link: #93c5fd; --focus: #60a5fa;
  --c-conflicts: #fca5a5; --c-differs: #fde047; --c-agrees: #86efac; --c-unique: #a8a29e;
  --mark: rgba(250, 204, 21, 0.3);
  box-shadow: 0 10px 30px rgba(0,0,0,.5);
}
.tm-popover:focus { outline: none; }
.tm-popover * { box-sizing: border-box; }
.tm-head { display: flex; align-items: flex-start; gap: 8px; }
.tm-badge { flex: none; font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em;
  padding: 2px 6px; border-radius: 4px; border: 1px solid currentColor; margin-top: 2px; }
.tm-badge-conflicts { color: var(--c-conflicts); }
.tm-badge-differs { color: var(--c-differs); }
.tm-badge-agrees { color: var(--c-agrees); }
.tm-badge-unique { color: var(--c-unique); }
.tm-title-h { flex: 1; margin: 0; font-size: 15px; font-weight: 650; line-height: 1.35; }
.tm-title-h q { quotes: '“' '”'; }
.tm-close, .tm-nav { flex: none; font: inherit; font-size: 13px; color: var(--fg); background: transparent;
  border: 1px solid var(--line); border-radius: 6px; padding: 2px 8px; cursor: pointer; }
.tm-close:hover, .tm-nav:hover { background: var(--quote); }
.tm-close:focus-visible, .tm-nav:focus-visible, .tm-link:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
.tm-verdict-title { margin: 8px 0 2px; font-weight: 600; }
.tm-conflicts .tm-verdict-title { color: var(--c-conflicts); }
.tm-differs .tm-verdict-title { color: var(--c-differs); }
.tm-agrees .tm-verdict-title { color: var(--c-agrees); }
.tm-summary { margin: 0 0 8px; }
h3 { margin: 10px 0 4px; font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); font-weight: 650; }
.tm-list { list-style: none; margin: 0; padding: 0; }
.tm-item { border-top: 1px solid var(--line); padding: 8px 0; }
.tm-item-head { display: flex; justify-content: space-between; gap: 8px; align-items: baseline; }
.tm-outlet { font-weight: 650; overflow-wrap: anywhere; }
.tm-claimed { font-weight: 400; font-style: italic; }
.tm-amount { flex: none; font-variant-numeric: tabular-nums; font-weight: 600; }
.tm-meta { color: var(--muted); font-size: 12.5px; }
.tm-quote { margin: 6px 0; padding: 6px 8px; background: var(--quote); border-left: 3px solid var(--line); border-radius: 0 4px 4px 0; font-size: 13px; }
.tm-quote mark { background: var(--mark); color: inherit; padding: 0 1px; border-radius: 2px; font-weight: 600; }
.tm-noquote { margin: 6px 0; color: var(--muted); font-size: 13px; font-style: italic; }
.tm-link { display: inline-block; color: var(--link); font-size: 13px; text-decoration: underline; overflow-wrap: anywhere; }
.tm-host { color: var(--muted); text-decoration: none; }
.tm-title { font-size: 13px; color: var(--muted); }
.tm-moved { margin: 0 0 6px; font-size: 13px; }
.tm-foot { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-top: 8px; padding-top: 8px; border-top: 1px solid var(--line); }
.tm-place { color: var(--muted); font-size: 12.5px; }
.tm-privacy { margin: 6px 0 0; color: var(--muted); font-size: 11.5px; }
@media (max-width: 480px) { .tm-popover { font-size: 13.5px; padding: 10px; } }
`;
