// The figures from the keyboard and for screen readers, without the popover's
// code: a small shadow-root host of its own, built with plain DOM (text only,
// never markup), holding a polite live region (said once per page: how many
// figures were checked, how many contradicted, which keys step through them)
// and one button per highlighted figure, hidden until focused, then shown
// beside its figure. Enter opens the figure's popover.
import { figureStopLabel, pageAnnouncement } from '../../lib/present/announce';
import type { Metric, Verdict } from '../../lib/types';

export const KEYS_HOST = 'tallymark-keys';

/** Wait before the announcement, so the live region exists (empty) before it speaks. */
const ANNOUNCE_DELAY = 400;

const CSS = `
:host { all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important; }
.sr { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
ul { list-style: none; margin: 0; padding: 0; }
button { position: fixed; left: 8px; top: 8px; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
button:focus { width: auto; height: auto; margin: 0; overflow: visible; clip: auto; padding: 4px 10px; max-width: calc(100vw - 16px);
  font: 600 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif; white-space: normal; text-align: left;
  color: #ffffff; background: #1c1917; border: 2px solid #ffffff; border-radius: 6px; outline: 3px solid #1d4ed8; outline-offset: 0;
  box-shadow: 0 4px 12px rgba(0,0,0,.3); cursor: pointer; }
@media (prefers-color-scheme: dark) { button:focus { color: #1c1917; background: #f5f5f4; border-color: #1c1917; outline-color: #93c5fd; } }
`;

export interface StopFigure {
  verdict: Verdict;
  figure: string;
  metric: Metric;
  start: number;
}

export interface FigureStops {
  /** The page's judged figures, in report order: a stop per highlighted one; the announcement once per page. */
  set(figures: readonly StopFigure[]): void;
  /** Focus the stop of this figure, shown just below (or above) `range`. False when there is none. */
  focusNear(figure: { start: number; figure: string }, range: Range | null): boolean;
  /** True when `node` is our host. */
  owns(node: Node | null): boolean;
  remove(): void;
}

export function createFigureStops(
  doc: Document,
  deps: { onOpen: (index: number) => void; setTimeout: (fn: () => void, ms: number) => number },
): FigureStops {
  let host: HTMLElement | null = null;
  let live: HTMLElement | null = null;
  let list: HTMLElement | null = null;
  let announcedFor = '';
  /** The stops, in list order: the figure's start and text, its index among the figures set, its button. */
  let stops: { start: number; figure: string; index: number; button: HTMLButtonElement }[] = [];

  const ensure = () => {
    if (host?.isConnected) return;
    host = doc.createElement(KEYS_HOST);
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    live = doc.createElement('div');
    live.className = 'sr';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    live.setAttribute('aria-atomic', 'true');
    const nav = doc.createElement('nav');
    nav.setAttribute('aria-label', 'Figures Tallymark checked');
    list = doc.createElement('ul');
    nav.append(list);
    // One listener each for all the stops (not two per button): the reader's own click opens the figure;
    // leaving a stop puts it back where focusNear moved it from.
    list.addEventListener('click', (e) => {
      const stop = e.isTrusted && stops.find((s) => s.button === e.target);
      if (stop) deps.onOpen(stop.index);
    });
    // Only the buttons take focus in the list.
    list.addEventListener('focusout', (e) => (e.target as Element).removeAttribute('style'));
    root.append(style, live, nav);
    doc.documentElement.append(host);
  };

  return {
    set(figures) {
      const painted: number[] = [];
      for (let i = 0; i < figures.length; i++) if (figures[i]!.verdict !== 'unique') painted.push(i);
      const href = doc.location?.href ?? '';
      const words = announcedFor === href ? null : pageAnnouncement(figures.map((f) => f.verdict));
      if (painted.length === 0 && !host) return;
      ensure();
      list!.replaceChildren();
      stops = painted.map((index, i) => {
        const f = figures[index]!;
        const li = doc.createElement('li');
        const button = doc.createElement('button');
        button.type = 'button';
        button.className = 'tm-stop';
        button.textContent = figureStopLabel(f, i, painted.length);
        li.append(button);
        list!.append(li);
        return { start: f.start, figure: f.figure, index, button };
      });
      if (words) {
        announcedFor = href;
        deps.setTimeout(() => {
          if (live) live.textContent = words;
        }, ANNOUNCE_DELAY);
      }
    },
    focusNear(figure, range) {
      const stop = stops.find((s) => s.start === figure.start && s.figure === figure.figure);
      if (!stop?.button.isConnected) return false;
      const win = doc.defaultView;
      if (range && win) {
        const r = range.getBoundingClientRect();
        const below = r.bottom + 6;
        const left = Math.max(8, Math.min(r.left, win.innerWidth - 320));
        const top = below + 32 < win.innerHeight ? below : Math.max(8, r.top - 36);
        stop.button.style.left = `${Math.round(left)}px`;
        stop.button.style.top = `${Math.round(top)}px`;
      }
      stop.button.focus({ preventScroll: true });
      return true;
    },
    owns: (node) => !!host && node === host,
    remove() {
      host?.remove();
      host = null;
      stops = [];
    },
  };
}
