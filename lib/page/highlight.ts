// Painting verdicts on the page without rewriting it: the CSS Custom Highlight
// API, one named highlight per verdict, styled by one small stylesheet of the
// page's document (adopted, adding no element, where the browser allows it; a
// <style> element where it does not: see page-sheet.ts). Where the API is
// missing, the ranges are wrapped in <tallymark-mark> elements with inline
// !important styles, and unwrapped on removal.
import type { Verdict } from '../types';
import { attachPageSheet, type PageSheet } from './page-sheet';

export type PaintedVerdict = Exclude<Verdict, 'unique'>;

/** The highlight names, also the names used in `::highlight()` rules. */
export const HIGHLIGHT_NAMES: Record<PaintedVerdict, string> = {
  conflicts: 'tallymark-conflicts',
  disputed: 'tallymark-disputed',
  outdated: 'tallymark-outdated',
  differs: 'tallymark-differs',
  agrees: 'tallymark-agrees',
};
/** The figure whose popover is open. */
export const FOCUS_HIGHLIGHT = 'tallymark-focus';
export const STYLE_ID = 'tallymark-highlight-style';
export const MARK_TAG = 'tallymark-mark';

export const isPainted = (v: Verdict): v is PaintedVerdict => v !== 'unique';

// Each verdict has its own underline style and its own wash, so the looks are
// told apart without colour: conflicts a strong wash and a solid underline;
// disputed a lighter wash and a double underline; outdated no wash and a wavy
// underline; differs a faint wash and a dashed underline; agrees no wash and a
// dotted underline. The figure being read keeps its look: it is marked by a
// ring drawn by the popover's layer, never a wash.
const LIGHT = {
  conflicts: { bg: 'rgba(220, 38, 38, 0.24)', line: '#b91c1c', style: 'solid', thick: '2px' },
  disputed: { bg: 'rgba(124, 58, 237, 0.13)', line: '#6d28d9', style: 'double', thick: '3px' },
  outdated: { bg: 'transparent', line: '#c2410c', style: 'wavy', thick: '1.5px' },
  differs: { bg: 'rgba(234, 179, 8, 0.22)', line: '#a16207', style: 'dashed', thick: '2px' },
  agrees: { bg: 'transparent', line: '#15803d', style: 'dotted', thick: '2px' },
} as const;
const DARK = {
  conflicts: { bg: 'rgba(248, 113, 113, 0.32)', line: '#fca5a5', style: 'solid', thick: '2px' },
  disputed: { bg: 'rgba(167, 139, 250, 0.2)', line: '#c4b5fd', style: 'double', thick: '3px' },
  outdated: { bg: 'transparent', line: '#fdba74', style: 'wavy', thick: '1.5px' },
  differs: { bg: 'rgba(250, 204, 21, 0.18)', line: '#fde047', style: 'dashed', thick: '2px' },
  agrees: { bg: 'transparent', line: '#86efac', style: 'dotted', thick: '2px' },
} as const;

/** The looks, for the popup's legend (light scheme). */
export const VERDICT_LOOKS = LIGHT;

function rules(palette: typeof LIGHT | typeof DARK): string {
  return (Object.keys(HIGHLIGHT_NAMES) as PaintedVerdict[])
    .map((v) => {
      const c = palette[v];
      return `::highlight(${HIGHLIGHT_NAMES[v]}) { background-color: ${c.bg}; text-decoration: underline ${c.style} ${c.line} ${c.thick}; text-underline-offset: 3px; }`;
    })
    .join('\n');
}

/** The page stylesheet: `::highlight()` rules for both colour schemes. The focused figure gets no wash of its own. */
export const HIGHLIGHT_CSS = `${rules(LIGHT)}
@media (prefers-color-scheme: dark) {
${rules(DARK)}
}`;

function markStyle(v: PaintedVerdict, dark: boolean): string {
  const c = (dark ? DARK : LIGHT)[v];
  return `all: unset !important; display: inline !important; background-color: ${c.bg} !important; text-decoration: underline ${c.style} ${c.line} ${c.thick} !important; text-underline-offset: 3px !important; color: inherit !important; font: inherit !important;`;
}

export interface PaintedFigure {
  verdict: Verdict;
  range: Range;
}

export interface Painter {
  /** 'highlight' with the Highlight API; 'wrap' in the fallback. */
  readonly mode: 'highlight' | 'wrap';
  /** Paint these figures (replacing what was painted). `unique` ones stay unpainted. */
  paint(figures: readonly PaintedFigure[]): void;
  /** Mark one range as the focused figure (null: none). */
  focus(range: Range | null): void;
  /** Remove every highlight, wrapper and the stylesheet. */
  remove(): void;
}

interface HighlightRegistryLike {
  set(name: string, h: unknown): void;
  delete(name: string): boolean;
}
type HighlightCtor = new (...ranges: Range[]) => { priority: number; add(r: Range): void; clear(): void };

function highlightApi(doc: Document): { registry: HighlightRegistryLike; Highlight: HighlightCtor } | null {
  const win = doc.defaultView as (Window & { CSS?: { highlights?: HighlightRegistryLike }; Highlight?: HighlightCtor }) | null;
  const registry = win?.CSS?.highlights;
  const Highlight = win?.Highlight;
  return registry && typeof Highlight === 'function' ? { registry, Highlight } : null;
}

function prefersDark(doc: Document): boolean {
  try {
    return doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  } catch {
    return false;
  }
}

/** Wrap the text a range covers in marks (fallback only). Returns the marks made. */
function wrapRange(doc: Document, range: Range, verdict: PaintedVerdict, dark: boolean): HTMLElement[] {
  const marks: HTMLElement[] = [];
  const texts: Text[] = [];
  const container = range.commonAncestorContainer;
  if (container.nodeType === 3) texts.push(container as Text);
  else {
    const walker = doc.createTreeWalker(container, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) texts.push(n as Text);
  }
  const { startContainer, startOffset, endContainer, endOffset } = range;
  for (const t of texts) {
    let node = t;
    const from = node === startContainer ? startOffset : 0;
    const to = node === endContainer ? endOffset : node.data.length;
    if (to <= from) continue;
    if (from > 0) node = node.splitText(from);
    if (to - from < node.data.length) node.splitText(to - from);
    const mark = doc.createElement(MARK_TAG);
    mark.setAttribute('data-verdict', verdict);
    mark.setAttribute('style', markStyle(verdict, dark));
    node.parentNode?.insertBefore(mark, node);
    mark.appendChild(node);
    marks.push(mark);
  }
  return marks;
}

function unwrap(mark: Element): void {
  const parent = mark.parentNode;
  if (!parent) return;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  parent.removeChild(mark);
}

/**
 * A painter for `doc`: the Highlight API when present, else wrapping.
 * `adoptSheet: false` keeps the rules in a <style> element (for a browser whose
 * content scripts cannot adopt a sheet into the page).
 */
export function createPainter(doc: Document, options: { adoptSheet?: boolean } = {}): Painter {
  const api = highlightApi(doc);
  let style: PageSheet | null = null;
  const ensureStyle = () => {
    if (!style?.live) style = attachPageSheet(doc, HIGHLIGHT_CSS, STYLE_ID, options.adoptSheet ?? true);
  };
  if (api) {
    const highlights = new Map<string, InstanceType<HighlightCtor>>();
    /** Set `ranges` as highlight `name`; with none, the highlight is taken out of the page's registry. */
    const set = (name: string, priority: number, ranges: readonly Range[]) => {
      let h = highlights.get(name);
      if (ranges.length === 0) {
        if (h) {
          h.clear();
          api.registry.delete(name);
          highlights.delete(name);
        }
        return;
      }
      if (!h) {
        h = new api.Highlight();
        h.priority = priority;
        highlights.set(name, h);
        api.registry.set(name, h);
      }
      h.clear();
      for (const r of ranges) h.add(r);
    };
    const dropStyleIfIdle = () => {
      if (highlights.size > 0) return;
      style?.remove();
      style = null;
    };
    return {
      mode: 'highlight',
      paint(figures) {
        // Nothing painted, nothing added: no stylesheet, no empty highlights in the page's registry.
        const byName: Record<PaintedVerdict, Range[]> = { conflicts: [], disputed: [], outdated: [], differs: [], agrees: [] };
        let any = false;
        for (const f of figures) {
          if (isPainted(f.verdict)) {
            byName[f.verdict].push(f.range);
            any = true;
          }
        }
        if (any) ensureStyle();
        (Object.keys(HIGHLIGHT_NAMES) as PaintedVerdict[]).forEach((v, i) => {
          set(HIGHLIGHT_NAMES[v], 3 - i, byName[v]);
        });
        dropStyleIfIdle();
      },
      focus(range) {
        if (range) ensureStyle();
        set(FOCUS_HIGHLIGHT, 10, range ? [range] : []);
        dropStyleIfIdle();
      },
      remove() {
        for (const name of highlights.keys()) api.registry.delete(name);
        highlights.clear();
        style?.remove();
        style = null;
        doc.getElementById(STYLE_ID)?.remove();
      },
    };
  }
  // Fallback: wrap.
  let marks: HTMLElement[] = [];
  let focused: HTMLElement[] = [];
  const clear = () => {
    for (const m of marks) unwrap(m);
    marks = [];
    focused = [];
  };
  return {
    mode: 'wrap',
    paint(figures) {
      clear();
      const dark = prefersDark(doc);
      // Last first: splitting a text node after a range leaves the range's offsets valid.
      const todo = figures.filter((f) => isPainted(f.verdict) && !f.range.collapsed);
      todo.sort((a, b) => b.range.compareBoundaryPoints(0 /* START_TO_START */, a.range));
      for (const f of todo) marks.push(...wrapRange(doc, f.range, f.verdict as PaintedVerdict, dark));
    },
    focus(range) {
      for (const m of focused) m.style.setProperty('outline', 'none', 'important');
      focused = range ? marks.filter((m) => range.intersectsNode(m)) : [];
      for (const m of focused) m.style.setProperty('outline', '2px solid currentColor', 'important');
    },
    remove() {
      clear();
    },
  };
}
