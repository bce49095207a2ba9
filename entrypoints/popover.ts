import { POPOVER_GLOBAL, type CreatePopoverUi } from './content/popover-handle';
import { createPopoverUi } from './content/popover-ui';

// The popover (Preact, its components and styles, the shadow root): imported
// by the page reader only when the reader first opens a figure, so a page about
// the troops loads it only if someone clicks. Hands its factory over through the
// content script's global scope, as page-reader.js does.
export default defineUnlistedScript(() => {
  const create: CreatePopoverUi = createPopoverUi;
  (globalThis as Record<string, unknown>)[POPOVER_GLOBAL] = create;
});
