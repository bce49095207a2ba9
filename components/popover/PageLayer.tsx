// Everything Tallymark shows on a page, inside its one shadow root: a polite
// live region (the once-per-page announcement), a keyboard stop for each
// highlighted figure (hidden until focused, then shown near the figure or at
// the top), and the popover of the figure being read.
import type { Ref } from 'preact';
import { figureStopLabel } from '../../lib/present/announce';
import type { Metric, Verdict } from '../../lib/types';
import { Popover, type PopoverProps } from '../Popover';

export interface FigureStop {
  /** Index in the page report's claims. */
  index: number;
  verdict: Verdict;
  figure: string;
  metric: Metric;
}

export interface PageLayerProps {
  announcement: string;
  stops: FigureStop[];
  onOpenFigure: (index: number) => void;
  /** Where a focused stop is shown: near its figure when known (viewport px). */
  stopAt?: { index: number; left: number; top: number } | null;
  popover: PopoverProps | null;
  stopsRef?: Ref<HTMLElement>;
  scheme: 'light' | 'dark';
}

export function PageLayer({ announcement, stops, onOpenFigure, stopAt, popover, stopsRef, scheme }: PageLayerProps) {
  return (
    <div class="tm-layer" data-scheme={scheme}>
      <div class="tm-sr" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {stops.length > 0 ? (
        <nav ref={stopsRef} class="tm-stops" aria-label="Figures Tallymark checked" data-scheme={scheme}>
          <ul>
            {stops.map((s, i) => (
              <li key={s.index}>
                <button
                  type="button"
                  class="tm-stop"
                  data-index={s.index}
                  style={stopAt && stopAt.index === s.index ? { left: `${stopAt.left}px`, top: `${stopAt.top}px` } : undefined}
                  onClick={() => onOpenFigure(s.index)}
                >
                  {figureStopLabel(s, i, stops.length)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {popover ? <Popover {...popover} /> : null}
    </div>
  );
}

/** Styles of the layer's own parts (the popover has POPOVER_CSS). */
export const LAYER_CSS = `
.tm-layer { position: fixed; top: 0; left: 0; width: 0; height: 0; }
.tm-sr { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.tm-stops ul { list-style: none; margin: 0; padding: 0; }
.tm-stop { position: fixed; left: 8px; top: 8px; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.tm-stop:focus { width: auto; height: auto; margin: 0; overflow: visible; clip: auto; padding: 4px 10px;
  font: 600 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif;
  color: #ffffff; background: #1c1917; border: 2px solid #ffffff; border-radius: 6px; outline: 3px solid #1d4ed8; outline-offset: 0;
  box-shadow: 0 4px 12px rgba(0,0,0,.3); z-index: 2147483647; }
.tm-layer[data-scheme="dark"] .tm-stop:focus { color: #1c1917; background: #f5f5f4; border-color: #1c1917; outline-color: #93c5fd; }
.tm-ring { position: fixed; pointer-events: none; border-radius: 4px; box-sizing: border-box;
  border: 2px solid #1d4ed8; box-shadow: 0 0 0 2px #ffffff; }
.tm-ring[data-scheme="dark"] { border-color: #93c5fd; box-shadow: 0 0 0 2px #1c1917; }
`;
