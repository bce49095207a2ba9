// The popover's shadow root on the page: one host element, mounted on first use.
// It holds the popover and the ring around the figure being read. What the
// figure's verdict weighed (other outlets' figures, dates, sources, links) is
// asked of the background as the popover opens (lib/details.ts): the page's
// answer carried the verdict's mark only.
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Popover } from '../../components/Popover';
import { POPOVER_CSS } from '../../components/popover/popover-css';
import { fetchDetails, nothingCompared, type SendToBackground } from '../../lib/details';
import type { PopoverRequest } from '../../lib/page/annotator';
import type { JudgedClaim } from '../../lib/types';
import { placePopover } from '../../lib/page/position';
import { detectPageScheme } from '../../lib/page/scheme';
import { navigationKey } from '../../lib/present/announce';
import { POPOVER_HOST } from './popover-host';

export { POPOVER_HOST };

// The host takes no room in the page: fixed, zero-sized, above everything.
const HOST_CSS = `:host { all: initial; display: block; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647; }`;

// The figure being read keeps its verdict's look; a ring around it marks it.
const RING_CSS = `.tm-ring { position: fixed; pointer-events: none; border-radius: 4px; box-sizing: border-box; border: 2px solid #1d4ed8; box-shadow: 0 0 0 2px #ffffff; }
.tm-ring[data-scheme="dark"] { border-color: #93c5fd; box-shadow: 0 0 0 2px #1c1917; }`;

export interface PopoverUi {
  show(request: PopoverRequest): void;
  hide(returnFocus?: boolean): void;
  isOpen(): boolean;
  /** True when `node` is our host (events from inside the shadow root are retargeted to it). */
  owns(node: Node | null): boolean;
  /** True when the open popover's figure is no longer in the page (its node was removed). */
  detached(): boolean;
}

export interface PopoverUiHandlers {
  onClosed: () => void;
  onNavigate: (direction: 1 | -1) => void;
  /** The page's publication date, for the popover's words and chart. */
  published?: () => string | undefined;
  /**
   * On Escape or Close: give the focus back. Called with the figure and what had
   * the focus before; true when it placed the focus (e.g. beside the figure).
   */
  returnFocus?: (request: PopoverRequest, previous: Element | null) => boolean;
}

/** Shown in place of the figures compared when the background could not give them. */
const UNAVAILABLE = 'Tallymark could not load what other outlets reported just now. Open the figure again to retry.';

export function createPopoverUi(ctx: ContentScriptContext, handlers: PopoverUiHandlers, send: SendToBackground): PopoverUi {
  let ui: ShadowRootContentScriptUi<void> | null = null;
  let uiPromise: Promise<ShadowRootContentScriptUi<void>> | null = null;
  let popoverRoot: HTMLElement | null = null;
  let ringRoot: HTMLElement | null = null;
  let current: PopoverRequest | null = null;
  /** The figure of `current` with its verdict in full (null until the background answers), or why it is missing. */
  let shown: { claim: JudgedClaim; unavailable?: string } | null = null;
  let previousFocus: Element | null = null;
  let frame = 0;

  const ensure = () => {
    uiPromise ??= createShadowRootUi<void>(ctx, {
      name: POPOVER_HOST,
      position: 'inline',
      anchor: 'html',
      append: 'last',
      mode: 'closed',
      inheritStyles: true,
      css: `${HOST_CSS}\n${POPOVER_CSS}\n${RING_CSS}`,
      isolateEvents: ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'input'],
      onMount: (container) => {
        popoverRoot = document.createElement('div');
        ringRoot = document.createElement('div');
        container.append(popoverRoot, ringRoot);
      },
      onRemove: () => {
        if (popoverRoot) render(null, popoverRoot);
      },
    }).then((made) => {
      made.mount();
      ui = made;
      return made;
    });
    return uiPromise;
  };

  // Alt+Shift+. and , inside the popover (its key events stay in the shadow root).
  const onKey = (e: KeyboardEvent) => {
    const direction = navigationKey(e);
    if (direction === null) return;
    e.preventDefault();
    handlers.onNavigate(direction);
  };

  const draw = () => {
    if (!popoverRoot) return;
    if (!current || !shown) return render(null, popoverRoot);
    render(
      h(
        'div',
        { onKeyDown: onKey },
        h(Popover, {
          claim: shown.claim,
          unavailable: shown.unavailable,
          place: current.place,
          scheme: detectPageScheme(document),
          published: handlers.published?.(),
          onClose: () => hide(true),
          onNavigate: handlers.onNavigate,
        }),
      ),
      popoverRoot,
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

  const hide = (returnFocus = true) => {
    if (!current) return;
    const closing = current;
    current = null;
    shown = null;
    draw();
    drawRing();
    const back = previousFocus as HTMLElement | null;
    previousFocus = null;
    if (returnFocus && !(handlers.returnFocus?.(closing, back) ?? false)) {
      if (back && back !== document.body && back.isConnected && typeof back.focus === 'function') back.focus({ preventScroll: true });
      else if (ui && document.activeElement === ui.shadowHost) ui.shadowHost.blur();
    }
    handlers.onClosed();
  };

  const show = (request: PopoverRequest) => {
    const wasOpen = current !== null;
    current = request;
    if (!wasOpen) {
      const active = document.activeElement;
      previousFocus = active && ui && active === ui.shadowHost ? null : active;
    }
    const details = fetchDetails(send, request.page, request.claims, [request.index]).then(
      ([claim]) => ({ claim: claim! }),
      () => ({ claim: nothingCompared(request.claim), unavailable: UNAVAILABLE }),
    );
    void Promise.all([ensure(), details])
      .then(([, detail]) => {
        if (current !== request) return;
        shown = detail;
        draw();
        const box = ui?.uiContainer.querySelector<HTMLElement>('.tm-popover');
        if (box) box.style.visibility = 'hidden';
        position();
      })
      .catch(() => undefined);
  };

  return {
    show,
    hide,
    isOpen: () => current !== null,
    detached: () => {
      if (!current) return false;
      const r = current.range;
      return !r.startContainer.isConnected || !r.endContainer.isConnected || r.collapsed;
    },
    owns: (node) => !!ui && node === ui.shadowHost,
  };
}
