// Tallymark's layer on the page: one shadow-root host, mounted once the page's
// figures are painted. It holds the live announcement, a keyboard stop for each
// highlighted figure, the ring around the figure being read, and the popover.
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { type FigureStop, LAYER_CSS, PageLayer } from '../../components/popover/PageLayer';
import { POPOVER_CSS } from '../../components/popover/popover-css';
import type { PopoverProps } from '../../components/Popover';
import type { PopoverRequest } from '../../lib/page/annotator';
import { placePopover } from '../../lib/page/position';
import { detectPageScheme } from '../../lib/page/scheme';
import { navigationKey, pageAnnouncement } from '../../lib/present/announce';
import type { Metric, Verdict } from '../../lib/types';

export const POPOVER_HOST = 'tallymark-popover';

// The host takes no room in the page: fixed, zero-sized, above everything.
const HOST_CSS = `:host { all: initial; display: block; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647; }`;

/** Wait before the announcement, so the live region exists (empty) before it speaks. */
const ANNOUNCE_DELAY = 400;

export interface PopoverUi {
  show(request: PopoverRequest): void;
  hide(returnFocus?: boolean): void;
  isOpen(): boolean;
  /** True when `node` is our host (events from inside the shadow root are retargeted to it). */
  owns(node: Node | null): boolean;
  /** The page's figures as judged (all of them, in report order): keyboard stops and the announcement. */
  setFigures(figures: readonly { verdict: Verdict; figure: string; metric: Metric; start: number }[]): void;
}

export interface PopoverUiHandlers {
  onClosed: () => void;
  onNavigate: (direction: 1 | -1) => void;
  /** Open figure `index` of the page report (scrolled into view). */
  onOpenFigure: (index: number) => void;
  /** The page's publication date, for the popover's words and chart. */
  published?: () => string | undefined;
}

type Stop = FigureStop & { start: number };

export function createPopoverUi(ctx: ContentScriptContext, handlers: PopoverUiHandlers): PopoverUi {
  let ui: ShadowRootContentScriptUi<void> | null = null;
  let uiPromise: Promise<ShadowRootContentScriptUi<void>> | null = null;
  let layerRoot: HTMLElement | null = null;
  let ringRoot: HTMLElement | null = null;
  let current: PopoverRequest | null = null;
  let previousFocus: Element | null = null;
  let frame = 0;
  let stops: Stop[] = [];
  let announcement = '';
  let announcedFor = '';
  let stopAt: { index: number; left: number; top: number } | null = null;

  const ensure = () => {
    uiPromise ??= createShadowRootUi<void>(ctx, {
      name: POPOVER_HOST,
      position: 'inline',
      anchor: 'html',
      append: 'last',
      mode: 'closed',
      inheritStyles: true,
      css: `${HOST_CSS}\n${POPOVER_CSS}\n${LAYER_CSS}`,
      isolateEvents: ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'input'],
      onMount: (container) => {
        layerRoot = document.createElement('div');
        ringRoot = document.createElement('div');
        container.append(layerRoot, ringRoot);
      },
      onRemove: () => {
        if (layerRoot) render(null, layerRoot);
      },
    }).then((made) => {
      made.mount();
      ui = made;
      return made;
    });
    return uiPromise;
  };

  const popoverProps = (request: PopoverRequest, scheme: 'light' | 'dark'): PopoverProps => ({
    claim: request.claim,
    place: request.place,
    scheme,
    published: handlers.published?.(),
    onClose: () => hide(true),
    onNavigate: handlers.onNavigate,
  });

  const onLayerKey = (e: KeyboardEvent) => {
    const direction = navigationKey(e);
    if (direction === null) return;
    e.preventDefault();
    handlers.onNavigate(direction);
  };

  const draw = () => {
    if (!layerRoot) return;
    const scheme = detectPageScheme(document);
    render(
      h(
        'div',
        { onKeyDown: onLayerKey },
        h(PageLayer, {
          announcement,
          stops,
          stopAt,
          onOpenFigure: handlers.onOpenFigure,
          popover: current ? popoverProps(current, scheme) : null,
          scheme,
        }),
      ),
      layerRoot,
    );
  };

  const drawRing = () => {
    if (!ringRoot) return;
    ringRoot.replaceChildren();
    if (!current) return;
    const scheme = detectPageScheme(document);
    for (const r of Array.from(current.range.getClientRects()).slice(0, 6)) {
      if (r.width === 0 && r.height === 0) continue;
      const ring = document.createElement('div');
      ring.className = 'tm-ring';
      ring.setAttribute('data-scheme', scheme);
      ring.style.left = `${r.left - 3}px`;
      ring.style.top = `${r.top - 2}px`;
      ring.style.width = `${r.width + 6}px`;
      ring.style.height = `${r.height + 4}px`;
      ringRoot.append(ring);
    }
  };

  const position = () => {
    if (!ui || !current) return;
    drawRing();
    const box = ui.uiContainer.querySelector<HTMLElement>('.tm-popover');
    if (!box) return;
    const rects = current.range.getClientRects();
    const r = rects[0] ?? current.range.getBoundingClientRect();
    box.style.maxHeight = '';
    const size = box.getBoundingClientRect();
    const win = document.defaultView ?? window;
    const at = placePopover(
      { left: r.left, top: r.top, width: r.width, height: r.height },
      { width: size.width, height: size.height },
      { width: win.innerWidth, height: win.innerHeight },
    );
    box.style.maxHeight = `${Math.min(at.maxHeight, Math.ceil(size.height))}px`;
    box.style.left = `${at.left}px`;
    box.style.top = `${at.top}px`;
    box.style.visibility = 'visible';
  };

  const schedulePosition = () => {
    if (frame || !current) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      position();
    });
  };
  ctx.addEventListener(window, 'scroll', schedulePosition, { passive: true, capture: true });
  ctx.addEventListener(window, 'resize', schedulePosition, { passive: true });

  /** The keyboard stop of the figure being read, shown just below (or above) it. */
  const focusStopNear = (request: PopoverRequest): boolean => {
    const stop = stops.find((s) => s.start === request.claim.start && s.figure === request.claim.figure);
    if (!stop || !ui) return false;
    const r = request.range.getBoundingClientRect();
    const win = document.defaultView ?? window;
    const below = r.bottom + 6;
    stopAt = { index: stop.index, left: Math.max(8, Math.min(r.left, win.innerWidth - 320)), top: below + 32 < win.innerHeight ? below : Math.max(8, r.top - 36) };
    draw();
    const button = ui.uiContainer.querySelector<HTMLElement>(`.tm-stop[data-index="${stop.index}"]`);
    button?.focus({ preventScroll: true });
    return !!button;
  };

  const hide = (returnFocus = true) => {
    if (!current) return;
    const closing = current;
    current = null;
    draw();
    drawRing();
    const back = previousFocus as HTMLElement | null;
    previousFocus = null;
    if (returnFocus) {
      const usable = back && back !== document.body && back !== document.documentElement && back.isConnected && typeof back.focus === 'function';
      if (usable) back.focus({ preventScroll: true });
      else if (!focusStopNear(closing) && ui && document.activeElement === ui.shadowHost) ui.shadowHost.blur();
    }
    handlers.onClosed();
  };

  const show = (request: PopoverRequest) => {
    const wasOpen = current !== null;
    current = request;
    if (!wasOpen) {
      const active = document.activeElement;
      // Focus inside our shadow root (a figure's keyboard stop) is the element to return to.
      previousFocus = active && ui && active === ui.shadowHost ? (ui.shadow.activeElement ?? null) : active;
    }
    void ensure()
      .then(() => {
        if (current !== request) return;
        draw();
        const box = ui?.uiContainer.querySelector<HTMLElement>('.tm-popover');
        if (box) box.style.visibility = 'hidden';
        position();
      })
      .catch(() => undefined);
  };

  const setFigures: PopoverUi['setFigures'] = (figures) => {
    stops = [];
    figures.forEach((f, index) => {
      if (f.verdict !== 'unique') stops.push({ index, verdict: f.verdict, figure: f.figure, metric: f.metric, start: f.start });
    });
    const href = location.href;
    const words = announcedFor === href ? null : pageAnnouncement(figures.map((f) => f.verdict));
    if (stops.length === 0 && !ui) return;
    void ensure()
      .then(() => {
        draw();
        if (words) {
          announcedFor = href;
          ctx.setTimeout(() => {
            announcement = words;
            draw();
          }, ANNOUNCE_DELAY);
        }
      })
      .catch(() => undefined);
  };

  return {
    show,
    hide,
    isOpen: () => current !== null,
    owns: (node) => !!ui && node === ui.shadowHost,
    setFigures,
  };
}
