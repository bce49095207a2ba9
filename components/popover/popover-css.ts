// Styles of the popover, inside its shadow root (the page's CSS cannot reach them).
// The popover is a column: a header that stays in view, and a body that scrolls.
export const POPOVER_CSS = `
:host { all: initial !important; }
.tm-popover {
  --fg: #1c1917; --muted: #57534e; --bg: #ffffff; --line: #d6d3d1; --quote: #f5f5f4; --link: #1d4ed8; --focus: #1d4ed8;
  --c-conflicts: #b91c1c; --c-disputed: #6d28d9; --c-outdated: #c2410c; --c-differs: #854d0e; --c-agrees: #15803d; --c-unique: #57534e;
  --s-kr: #1d4ed8; --s-ua: #a16207; --s-us: #7c3aed; --s-ru: #b91c1c; --s-kp: #374151; --s-other: #0f766e; --s-none: #78716c;
  --mark: rgba(234, 179, 8, 0.35);
  position: fixed; box-sizing: border-box; width: min(420px, calc(100vw - 16px)); max-height: min(80vh, 600px);
  display: flex; flex-direction: column; overflow: hidden; overscroll-behavior: contain;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 10px;
  box-shadow: 0 10px 30px rgba(0,0,0,.18), 0 2px 6px rgba(0,0,0,.08);
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif;
  text-align: left; z-index: 2147483647;
}
.tm-popover[data-scheme="dark"] {
  --fg: #f5f5f4; --muted: #c4bfbb; --bg: #1c1917; --line: #57534e; --quote: #292524; --link: #93c5fd; --focus: #93c5fd;
  --c-conflicts: #fca5a5; --c-disputed: #c4b5fd; --c-outdated: #fdba74; --c-differs: #fde047; --c-agrees: #86efac; --c-unique: #d6d3d1;
  --s-kr: #93c5fd; --s-ua: #fde047; --s-us: #c4b5fd; --s-ru: #fca5a5; --s-kp: #e7e5e4; --s-other: #5eead4; --s-none: #a8a29e;
  --mark: rgba(250, 204, 21, 0.3);
  box-shadow: 0 10px 30px rgba(0,0,0,.5);
}
.tm-popover:focus { outline: none; }
.tm-popover:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.tm-popover * { box-sizing: border-box; }
.tm-head { flex: none; padding: 10px 12px 8px; border-bottom: 1px solid var(--line); }
.tm-head-row { display: flex; align-items: flex-start; gap: 8px; }
.tm-nav-row { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-top: 6px; }
.tm-body { flex: 1 1 auto; min-height: 0; overflow: auto; padding: 8px 12px 10px; }
.tm-body:focus { outline: none; }
.tm-body:focus-visible { outline: 2px solid var(--focus); outline-offset: -2px; }
.tm-badge { flex: none; font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em;
  padding: 1px 6px; border-radius: 4px; border: 2px solid currentColor; margin-top: 2px; }
.tm-badge-conflicts { color: var(--c-conflicts); border-style: solid; }
.tm-badge-disputed { color: var(--c-disputed); border-style: double; border-width: 3px; }
.tm-badge-outdated { color: var(--c-outdated); border-style: dashed; border-radius: 10px; }
.tm-badge-differs { color: var(--c-differs); border-style: dashed; }
.tm-badge-agrees { color: var(--c-agrees); border-style: dotted; }
.tm-badge-unique { color: var(--c-unique); border-width: 1px; }
.tm-title-h { flex: 1; margin: 0; font-size: 15px; font-weight: 650; line-height: 1.35; overflow-wrap: anywhere; }
.tm-title-h q { quotes: '“' '”'; }
.tm-scope { font-weight: 400; color: var(--muted); }
.tm-close, .tm-nav { flex: none; font: inherit; font-size: 13px; color: var(--fg); background: transparent;
  border: 1px solid var(--muted); border-radius: 6px; padding: 2px 10px; cursor: pointer; }
.tm-close:hover, .tm-nav:hover { background: var(--quote); }
.tm-close:focus-visible, .tm-nav:focus-visible, .tm-link:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
.tm-place { color: var(--muted); font-size: 12.5px; font-variant-numeric: tabular-nums; }
.tm-verdict-title { margin: 2px 0 2px; font-weight: 650; }
.tm-conflicts .tm-verdict-title { color: var(--c-conflicts); }
.tm-disputed .tm-verdict-title { color: var(--c-disputed); }
.tm-outdated .tm-verdict-title { color: var(--c-outdated); }
.tm-differs .tm-verdict-title { color: var(--c-differs); }
.tm-agrees .tm-verdict-title { color: var(--c-agrees); }
.tm-lead { margin: 0 0 6px; font-size: 14.5px; }
.tm-reason { margin: 0 0 6px; padding: 4px 8px; background: var(--quote); border-radius: 4px; }
.tm-attribution { margin: 0 0 6px; color: var(--muted); font-size: 13px; }
h3 { margin: 12px 0 4px; font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); font-weight: 650; }
.tm-group { margin: 6px 0 4px; }
.tm-group-h { margin: 6px 0 2px; font-size: 13.5px; font-weight: 650; }
.tm-group-current { font-variant-numeric: tabular-nums; }
.tm-group-meta { font-weight: 400; color: var(--muted); font-size: 12.5px; }
.tm-list { list-style: none; margin: 0; padding: 0; }
.tm-item { border-top: 1px solid var(--line); padding: 6px 0 6px 8px; }
.tm-item-head { display: flex; justify-content: space-between; gap: 8px; align-items: baseline; }
.tm-outlet { font-weight: 650; overflow-wrap: anywhere; }
.tm-claimed { font-weight: 400; font-style: italic; }
.tm-amount { flex: none; font-variant-numeric: tabular-nums; font-weight: 600; }
.tm-rel { font-size: 12.5px; }
.tm-rel::before { content: ''; display: inline-block; width: 14px; margin-right: 4px; vertical-align: middle; border-bottom: 2px solid currentColor; }
.tm-rel-conflicts { color: var(--c-conflicts); }
.tm-rel-differs { color: var(--c-differs); }
.tm-rel-differs::before { border-bottom-style: dashed; }
.tm-rel-agrees { color: var(--c-agrees); }
.tm-rel-agrees::before { border-bottom-style: dotted; }
.tm-meta { color: var(--muted); font-size: 12.5px; }
.tm-quote { margin: 6px 0; padding: 6px 8px; background: var(--quote); border-left: 3px solid var(--line); border-radius: 0 4px 4px 0; font-size: 13px; }
.tm-quote mark { background: var(--mark); color: inherit; padding: 0 1px; border-radius: 2px; font-weight: 600; }
.tm-noquote { margin: 4px 0; color: var(--muted); font-size: 12.5px; font-style: italic; }
.tm-link { display: inline-block; color: var(--link); font-size: 13px; text-decoration: underline; overflow-wrap: anywhere; }
.tm-host { color: var(--muted); text-decoration: none; }
.tm-title { font-size: 13px; color: var(--muted); }
.tm-more { margin: 4px 0; color: var(--muted); font-size: 12.5px; }
.tm-chart { margin: 4px 0; }
.tm-chart-title { font-size: 12.5px; color: var(--muted); margin-bottom: 2px; }
.tm-chart-svg { display: block; max-width: 100%; height: auto; overflow: visible; }
.tm-chart-gridline { stroke: var(--line); stroke-width: 1; }
.tm-chart-tick { fill: var(--muted); font-size: 10px; }
.tm-series-line { stroke: currentColor; }
.tm-series-point { fill: currentColor; }
.tm-page-mark { fill: var(--bg); stroke: var(--fg); stroke-width: 2.5; }
.tm-s-kr { color: var(--s-kr); } .tm-s-ua { color: var(--s-ua); } .tm-s-us { color: var(--s-us); } .tm-s-ru { color: var(--s-ru); }
.tm-s-kp { color: var(--s-kp); } .tm-s-other { color: var(--s-other); } .tm-s-none { color: var(--s-none); }
.tm-chart-legend { list-style: none; margin: 2px 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 12px; font-size: 12px; }
.tm-chart-legend li { display: inline-flex; align-items: center; gap: 4px; }
.tm-legend-page { color: var(--fg); }
.tm-sr { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.tm-privacy { margin: 10px 0 0; color: var(--muted); font-size: 11.5px; }
@media (max-width: 480px) { .tm-popover { font-size: 13.5px; } .tm-head { padding: 8px 10px 6px; } .tm-body { padding: 6px 10px 8px; } }
`;
