// The popover, loaded on first use: the page reader holds a PopoverUi at once
// and imports popover.js (Preact and the components) when a figure is first
// opened. Until then nothing of the popover is in the page.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SendToBackground } from '../../lib/details';
import type { PopoverRequest } from '../../lib/page/annotator';
import type { PopoverUi, PopoverUiHandlers } from './popover-ui';
import type { ReaderRuntime } from './reader-handle';

/** Where popover.js leaves its factory, in the content script's (isolated) global scope. */
export const POPOVER_GLOBAL = '__tallymarkCreatePopoverUi';
/** The popover's file in the extension (see modules/page-reader-resources.ts). */
export const POPOVER_PATH = '/popover.js' as const;

export type CreatePopoverUi = (ctx: ContentScriptContext, handlers: PopoverUiHandlers, send: SendToBackground) => PopoverUi;

/** A PopoverUi that imports the real one on the first `show`. */
export function createLazyPopoverUi(
  ctx: ContentScriptContext,
  runtime: ReaderRuntime,
  handlers: Parameters<CreatePopoverUi>[1],
): PopoverUi {
  let ui: PopoverUi | null = null;
  let loading: Promise<PopoverUi | null> | null = null;
  /** The request waiting for the module (the latest one wins). */
  let wanted: PopoverRequest | null = null;

  const load = () =>
    (loading ??= (async () => {
      await import(/* @vite-ignore */ runtime.getURL(POPOVER_PATH));
      const create = (globalThis as Record<string, unknown>)[POPOVER_GLOBAL] as CreatePopoverUi | undefined;
      if (typeof create !== 'function' || !ctx.isValid) return null;
      ui = create(ctx, handlers, runtime.sendMessage);
      return ui;
    })().catch(() => {
      loading = null; // try again on the next click
      return null;
    }));

  return {
    show(request) {
      if (ui) return ui.show(request);
      wanted = request;
      void load().then((made) => {
        if (made && wanted === request) made.show(request);
        wanted = null;
      });
    },
    hide(returnFocus) {
      wanted = null;
      ui?.hide(returnFocus);
    },
    isOpen: () => wanted !== null || (ui?.isOpen() ?? false),
    owns: (node) => ui?.owns(node) ?? false,
    detached: () => {
      if (wanted) return !wanted.range.startContainer.isConnected || wanted.range.collapsed;
      return ui?.detached() ?? false;
    },
  };
}
