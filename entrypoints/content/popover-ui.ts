// The popover's shadow root on the page: one host element, mounted on first use.
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Popover } from '../../components/Popover';
import { POPOVER_CSS } from '../../components/popover/popover-css';
import type { PopoverRequest } from '../../lib/page/annotator';
import { placePopover } from '../../lib/page/position';
import { detectPageScheme } from '../../lib/page/scheme';
import { POPOVER_HOST } from './popover-host';

export { POPOVER_HOST };

// The host takes no room in the page: fixed, zero-sized, above everything.
const HOST_CSS = `:host { all: initial; display: block; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647; }`;

export interface PopoverUi {
  show(request: PopoverRequest): void;
  hide(returnFocus?: boolean): void;
  isOpen(): boolean;
  /** True when `node` is our host (events from inside the shadow root are retargeted to it). */
  owns(node: Node | null): boolean;
  /** True when the open popover's figure is no longer in the page (its node was removed). */
  detached(): boolean;
}

export function createPopoverUi(
  ctx: ContentScriptContext,
  handlers: { onClosed: () => void; onNavigate: (direction: 1 | -1) => void },
): PopoverUi {
  let ui: ShadowRootContentScriptUi<void> | null = null;
  let uiPromise: Promise<ShadowRootContentScriptUi<void>> | null = null;
  let current: PopoverRequest | null = null;
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
      css: `${HOST_CSS}\n${POPOVER_CSS}`,
      isolateEvents: ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'input'],
      onMount: () => undefined,
      onRemove: () => {
        if (ui) render(null, ui.uiContainer);
      },
    }).then((made) => {
      made.mount();
      ui = made;
      return made;
    });
    return uiPromise;
  };

  const position = () => {
    if (!ui || !current) return;
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
    current = null;
    if (ui) render(null, ui.uiContainer);
    const back = previousFocus as HTMLElement | null;
    previousFocus = null;
    if (returnFocus) {
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
    void ensure()
      .then((made) => {
        if (current !== request) return;
        render(
          h(Popover, {
            claim: request.claim,
            place: request.place,
            scheme: detectPageScheme(document),
            onClose: () => hide(true),
            onNavigate: handlers.onNavigate,
          }),
          made.uiContainer,
        );
        const box = made.uiContainer.querySelector<HTMLElement>('.tm-popover');
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
