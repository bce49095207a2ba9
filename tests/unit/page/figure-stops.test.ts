// @vitest-environment happy-dom
// The figures' keyboard stops and the once-per-page announcement, in their own closed shadow root.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { KEYS_HOST, createFigureStops } from '../../../entrypoints/content/figure-stops';

afterEach(() => {
  for (const h of document.documentElement.querySelectorAll(KEYS_HOST)) h.remove();
});

const figures = [
  { verdict: 'conflicts' as const, figure: 'more than 3,000', metric: 'killed' as const, start: 10 },
  { verdict: 'unique' as const, figure: 'two', metric: 'captured' as const, start: 40 },
  { verdict: 'agrees' as const, figure: '300', metric: 'killed' as const, start: 70 },
];

/** The host's closed shadow root, caught as it is attached. */
function catchRoot(): () => ShadowRoot {
  let root: ShadowRoot | null = null;
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    root = attach.call(this, init);
    return root;
  });
  return () => root!;
}

describe('figure stops', () => {
  test('a stop per highlighted figure, named by its place, verdict and figure; Enter opens it', () => {
    const root = catchRoot();
    const opened: number[] = [];
    const timers: (() => void)[] = [];
    const stops = createFigureStops(document, { onOpen: (i) => opened.push(i), setTimeout: (fn) => timers.push(fn) });
    stops.set(figures);
    const buttons = [...root().querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Figure 1 of 2, conflicts: more than 3,000 deaths',
      'Figure 2 of 2, agrees: 300 deaths',
    ]);
    expect(root().querySelector('nav')!.getAttribute('aria-label')).toBe('Figures Tallymark checked');
    // Only the reader's own click opens (a page cannot forge one).
    buttons[1]!.dispatchEvent(new MouseEvent('click'));
    expect(opened).toEqual([]);
    // The announcement comes after a pause, once per page.
    const live = root().querySelector('[role="status"]')!;
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe('');
    for (const t of timers) t();
    expect(live.textContent).toMatch(/^Tallymark checked 3 figures on this page: 1 contradicted by other reports, 1 more compared\./);
    stops.set(figures);
    expect(timers).toHaveLength(1);
    vi.restoreAllMocks();
  });

  test('focusNear focuses the figure’s stop beside it; owns knows the host; remove takes it away', () => {
    const root = catchRoot();
    const stops = createFigureStops(document, { onOpen: () => undefined, setTimeout: () => 0 });
    stops.set(figures);
    const host = document.documentElement.querySelector(KEYS_HOST)!;
    expect(stops.owns(host)).toBe(true);
    expect(stops.focusNear({ start: 70, figure: '300' }, null)).toBe(true);
    expect(root().activeElement?.textContent).toBe('Figure 2 of 2, agrees: 300 deaths');
    expect(stops.focusNear({ start: 40, figure: 'two' }, null)).toBe(false);
    stops.remove();
    expect(document.documentElement.querySelector(KEYS_HOST)).toBeNull();
    vi.restoreAllMocks();
  });

  test('a page with nothing highlighted gets no host', () => {
    const stops = createFigureStops(document, { onOpen: () => undefined, setTimeout: () => 0 });
    stops.set([figures[1]!]);
    expect(document.documentElement.querySelector(KEYS_HOST)).toBeNull();
  });
});
