// Keeps a page from switching Tallymark off. WXT stops an older copy of a
// content script when a newer one starts, by an event on `document` whose name
// holds the extension's id: a page that knows the id (a store extension's id
// is public) could dispatch it and stop us. A newer copy only ever starts once
// this copy's extension is gone (reloaded or updated; `runtime.id` is then
// undefined), so while ours is alive the event is stopped at the window,
// before it reaches WXT's listener on the document.
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The event's name (WXT keeps it private). */
const startedEventName = (): string | undefined =>
  (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: string }).SCRIPT_STARTED_MESSAGE_TYPE;

/** Ignore "a newer content script started" while this copy's extension is alive. */
export function ignoreForgedStarts(ctx: ContentScriptContext): void {
  const name = startedEventName();
  if (!name) return;
  const listener = (e: Event) => {
    if (browser.runtime?.id) e.stopImmediatePropagation();
  };
  window.addEventListener(name, listener, { capture: true });
  ctx.onInvalidated(() => window.removeEventListener(name, listener, { capture: true }));
}
